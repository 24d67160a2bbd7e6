import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/**
 * The screen at a desktop width and at a phone's, kept with the test's results, and also written to
 * `CHALKLINE_SCREENS_DIR` when set (`npm run screens` regenerates the committed gallery that way).
 */
export async function picture(page: Page, info: TestInfo, name: string, widths: readonly number[] = [1280, 360]): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const dir = process.env.CHALKLINE_SCREENS_DIR;
  if (dir) mkdirSync(dir, { recursive: true });
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    const path = info.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await info.attach(`${name}-${width}`, { path, contentType: 'image/png' });
    if (dir) await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}
