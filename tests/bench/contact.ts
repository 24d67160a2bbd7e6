// Contact-guard latency in real Chromium, on the X fixture page: how long a person's click takes to reach the
// site when nobody on the roster is involved (held, checked, replayed), against the same page with no
// extension; and how long a pupil's click takes to show the interstitial.
import { chromium } from '@playwright/test';
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { CHROMIUM } from '../e2e/support/constants';
import { interstitial, loadSchool, openSite } from '../e2e/support/contact';
import { ms, pct, report } from './stats';

const RUNS = 40;

/**
 * Clicks Jordan Rivers' follow button as a person does (a trusted click: Chalkline reads no other) and
 * measures until the site records the follow, on the wall clock both sides share.
 */
async function clickToAction(page: import('@playwright/test').Page): Promise<number> {
  const done = page.evaluate(`new Promise((resolve) => {
    const actions = window.__siteActions;
    const push = actions.push.bind(actions);
    actions.push = (...items) => { const n = push(...items); actions.push = push; resolve(performance.timeOrigin + performance.now()); return n; };
  })`) as Promise<number>;
  const t0 = performance.timeOrigin + performance.now();
  await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
  return (await done) - t0;
}

export async function contactBenchmarks(): Promise<void> {
  const bare = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const baseline: number[] = [];
  const bareContext = await bare.newContext();
  for (let i = 0; i < RUNS; i++) {
    const page = await openSite(bareContext, 'x', 'profile', 'https://x.com/jordanrivers');
    baseline.push(await clickToAction(page));
    await page.close();
  }
  await bare.close();

  const context = await launchWithExtension();
  try {
    await extensionWorker(context);
    await loadSchool(context);
    const guarded: number[] = [];
    const held: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
      guarded.push(await clickToAction(page));
      await page.close();
    }
    for (let i = 0; i < 15; i++) {
      const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
      const t0 = performance.now();
      await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
      await interstitial(page);
      held.push(performance.now() - t0);
      await page.close();
    }
    [baseline, guarded, held].forEach((a) => a.sort((x, y) => x - y));
    report('click → site action, no extension', `p50 ${ms(pct(baseline, 50))}, p99 ${ms(pct(baseline, 99))}`, `X profile fixture, ${RUNS} clicks (baseline)`);
    report('click → site action, Chalkline', `p50 ${ms(pct(guarded, 50))}, p99 ${ms(pct(guarded, 99))}`, `same, person not on a 9-person roster`, `+${ms(pct(guarded, 50) - pct(baseline, 50))} at p50`);
    report('click → interstitial shown', `p50 ${ms(pct(held, 50))}, p99 ${ms(pct(held, 99))}`, 'roster pupil; measured by Playwright (includes its polling)');
  } finally {
    await context.close();
  }
}
