import type { Page } from '@playwright/test';

/**
 * Time from a person's action (just before Playwright performs it) to the fixture site recording what it
 * did (window.__siteActions), on the wall clock the test and the page share (performance.timeOrigin +
 * now). The hook is in place before the action: installed alongside it, a fast site could act first
 * and never be seen.
 */
export async function toSiteAction(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`(() => {
    const actions = window.__siteActions;
    const push = actions.push.bind(actions);
    window.__actedAt = new Promise((resolve) => {
      actions.push = (...items) => { const n = push(...items); actions.push = push; resolve(performance.timeOrigin + performance.now()); return n; };
    });
  })()`);
  const t0 = performance.timeOrigin + performance.now();
  await act();
  const at = (await page.evaluate('Promise.race([window.__actedAt, new Promise((r) => setTimeout(() => r(-1), 5000))])')) as number;
  if (at < 0) throw new Error('the site did nothing within 5 s');
  return at - t0;
}

/**
 * Time from a person's action to Chalkline's hold frame first painting its dialog: the frame's own first
 * contentful paint (its backdrop alone paints nothing contentful), on the same shared wall clock. Unlike
 * waiting for the dialog through Playwright, this carries no polling delay.
 */
export async function toHoldPainted(page: Page, act: () => Promise<void>): Promise<number> {
  const t0 = performance.timeOrigin + performance.now();
  await act();
  const deadline = Date.now() + 5000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().endsWith('/interstitial.html'));
    if (frame) {
      await frame.getByRole('alertdialog').waitFor({ timeout: 5000 });
      const painted = (await frame.evaluate(`new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) resolve(performance.timeOrigin + fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
      })`)) as number;
      return painted - t0;
    }
    if (Date.now() > deadline) throw new Error('no hold frame within 5 s');
    await page.waitForTimeout(5);
  }
}

/** A person's click at the middle of what the locator finds, as one mouse press (no waiting for it to settle first). */
export async function clickAt(page: Page, locator: import('@playwright/test').Locator): Promise<() => Promise<void>> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('nothing to click');
  return () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
