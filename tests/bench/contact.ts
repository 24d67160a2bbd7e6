// Contact-guard latency in real Chromium, on the X fixture page: how long a person's click takes to reach the
// site when nobody on the roster is involved (held, checked, replayed), against the same page with no
// extension; and how long a pupil's click takes to show the interstitial.
import { chromium, type Page } from '@playwright/test';
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { CHROMIUM } from '../e2e/support/constants';
import { loadSchool, openSite } from '../e2e/support/contact';
import { clickAt, toHoldPainted, toSiteAction } from './site-action';
import { ms, pct, report } from './stats';

const RUNS = 40;

/** Clicks Jordan Rivers' follow button as a person does (a trusted click: Chalkline reads no other). */
const FOLLOW = '[data-testid="primaryColumn"] [data-testid$="-follow"]';
const clickToAction = async (page: Page) => toSiteAction(page, await clickAt(page, page.locator(FOLLOW)));

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
      held.push(await toHoldPainted(page, await clickAt(page, page.locator(FOLLOW))));
      await page.close();
    }
    [baseline, guarded, held].forEach((a) => a.sort((x, y) => x - y));
    report('click → site action, no extension', `p50 ${ms(pct(baseline, 50))}, p99 ${ms(pct(baseline, 99))}`, `X profile fixture, ${RUNS} clicks (one mouse press each; baseline)`);
    report('click → site action, Chalkline', `p50 ${ms(pct(guarded, 50))}, p99 ${ms(pct(guarded, 99))}`, `same, person not on a 9-person roster`, `+${ms(pct(guarded, 50) - pct(baseline, 50))} at p50`);
    report('click → interstitial shown', `p50 ${ms(pct(held, 50))}, p99 ${ms(pct(held, 99))}`, 'roster pupil: from the click to the frame first painting its dialog', 'target: ≤ 150 ms');
  } finally {
    await context.close();
  }
}
