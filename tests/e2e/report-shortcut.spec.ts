import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/browser';
import { importSettings, loadSchool, openSite } from './support/contact';
import { displayMissing, startDisplay } from './support/display';
import { startReportServer } from './support/report-server';

// The picture of the page needs the person to have invoked Chalkline on it (activeTab): here a real
// key press of the shortcut, through a virtual display, into a windowed Chromium.
test('the shortcut (Ctrl+Shift+Y) reports the page in view with its picture; the PNG arrives and its SHA-256 matches', async () => {
  const missing = displayMissing();
  test.skip(missing !== null, `Keyboard shortcut test ${missing}`);
  test.setTimeout(60_000);
  const display = await startDisplay();
  const server = await startReportServer();
  const context = await launchWithExtension({ display: display.name });
  try {
    await extensionWorker(context);
    await loadSchool(context);
    await importSettings(context, { reportWebhookUrl: server.url });
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    // Only the network's page is left, so it is the tab in view.
    for (const p of context.pages()) if (p !== page) await p.close();
    await page.bringToFront();
    display.pointAt(400, 400);
    const worker = await extensionWorker(context);
    // The browser gave the shortcut its suggested keys (it leaves them unset when they clash).
    expect((await worker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'report-to-dsl')?.shortcut).toBe('Ctrl+Shift+Y');
    display.press('ctrl+shift+y');
    await expect.poll(() => server.unique().length, { timeout: 20_000 }).toBe(1);
    const body = JSON.parse(server.received[0]!.body);
    expect(body.record).toMatchObject({ source: 'shortcut', url: 'https://x.com/jordanrivers', network: 'x' });
    const png = Buffer.from(body.screenshot.base64, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(createHash('sha256').update(png).digest('hex')).toBe(body.record.screenshot.sha256);
    expect(body.screenshot.sha256).toBe(body.record.screenshot.sha256);
  } finally {
    await context.close();
    await server.close();
    display.stop();
  }
});
