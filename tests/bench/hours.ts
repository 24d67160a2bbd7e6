// Working-hours figures: the cost of one schedule evaluation (Node), and in real Chromium the time
// from a navigation to the blocked page with Chalkline's declarativeNetRequest redirect against a
// tabs.onUpdated redirect (what LeechBlock-class blockers do), with the bytes each lets through.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../utils/config/schema';
import { scheduleStatus, type ScheduleInput } from '../../utils/schedule/status';
import { bankHolidayDates } from '../../utils/schedule/bank-holidays';
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { hoursAroundNow, setSettings } from '../e2e/support/hours';
import { CHROME_BUILD, CHROMIUM, FIXTURES, PROJECT_ROOT } from '../e2e/support/constants';
import { ms, pct, report, time } from './stats';

export function scheduleFigures(): void {
  const school: ScheduleInput = {
    workingHours: {
      ...DEFAULT_SETTINGS.workingHours,
      termDates: [
        { start: '2026-09-03', end: '2026-12-18' },
        { start: '2027-01-05', end: '2027-03-26' },
        { start: '2027-04-12', end: '2027-07-21' },
      ],
      closures: ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2027-02-15', '2027-02-16'],
    },
    schoolOwnedDevice: false,
    bankHolidays: bankHolidayDates('england-and-wales'),
  };
  const start = Date.parse('2026-09-01T00:00:00Z');
  const year = 365 * 86_400_000;
  let i = 0;
  const anyInstant = time(() => scheduleStatus(school, start + ((i++ * 7_919_993) % year)), 20_000);
  report('schedule evaluation', `p50 ${ms(pct(anyInstant, 50))}, p99 ${ms(pct(anyInstant, 99))}`, 'any instant of a school year (3 terms, closures, bank holidays), days cached');
  // A new settings object each time: nothing cached, as after the worker starts or settings change.
  const cold = time(() => scheduleStatus({ ...school, workingHours: { ...school.workingHours } }, start + ((i++ * 7_919_993) % year)), 2_000);
  report('schedule evaluation, cold', `p50 ${ms(pct(cold, 50))}, p99 ${ms(pct(cold, 99))}`, 'same, first question after the worker starts');
  const summer = time(() => scheduleStatus({ ...school, workingHours: { ...school.workingHours } }, Date.parse('2027-07-22T10:00:00Z')), 200, 10);
  report('schedule evaluation, summer, cold', `p50 ${ms(pct(summer, 50))}`, 'first day of the summer holiday: looks ~410 days ahead for a term day (none set)');
  const never = { ...school.workingHours, termDates: [{ start: '2020-01-06', end: '2020-01-10' }] };
  const worst = time(() => scheduleStatus({ ...school, workingHours: { ...never } }, start), 200, 10);
  report('schedule evaluation, worst, cold', `p50 ${ms(pct(worst, 50))}`, 'no working time in the next 400 days: every day is looked at');
}

/** A minimal extension that redirects the way LeechBlock-class blockers do: after the tab's URL changes. */
function onUpdatedBaseline(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chalkline-bench-onupdated-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'onUpdated baseline', version: '1', host_permissions: ['https://*.x.com/*', 'https://x.com/*'], background: { service_worker: 'bg.js' } }),
  );
  writeFileSync(
    join(dir, 'bg.js'),
    `chrome.tabs.onUpdated.addListener((id, info) => {
      if (info.url && /^https:\\/\\/([^/]*\\.)?x\\.com\\//.test(info.url)) chrome.tabs.update(id, { url: chrome.runtime.getURL('blocked.html#' + info.url) });
    });`,
  );
  writeFileSync(join(dir, 'blocked.html'), '<!doctype html><title>Blocked</title><h1>Blocked</h1>');
  return dir;
}

/** Navigates to x.com `rounds` times; returns sorted times until the blocked page's address commits, and how many page requests got out. */
async function timeToBlocked(context: BrowserContext, page: Page, rounds: number, serverDelayMs: number): Promise<{ times: number[]; requests: number; bytes: number }> {
  const body = readFileSync(`${FIXTURES}/sites/x-profile.html`);
  let requests = 0;
  await context.unroute('https://x.com/**');
  await context.route('https://x.com/**', async (route) => {
    requests += 1;
    await new Promise((r) => setTimeout(r, serverDelayMs));
    await route.fulfill({ status: 200, contentType: 'text/html', body }).catch(() => undefined);
  });
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await page.goto('about:blank');
    const t0 = performance.now();
    void page.goto(`https://x.com/home?round=${i}`).catch(() => undefined);
    // Until the blocked page's address commits: the two blockers' pages differ, their redirects are what is compared.
    await page.waitForURL(/blocked\.html/, { waitUntil: 'commit' });
    times.push(performance.now() - t0);
  }
  return { times: times.sort((a, b) => a - b), requests, bytes: requests * body.length };
}

async function blockingFigures(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`(Chromium figures skipped: no Chromium at ${CHROMIUM})`);
    return;
  }
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const rounds = 15;
  for (const delay of [0, 150]) {
    const ours = await launchWithExtension();
    const baseline = await launchWithExtension({ build: onUpdatedBaseline() });
    try {
      const worker = await extensionWorker(ours);
      await setSettings(worker, { workingHours: hoursAroundNow(-60, 120) });
      await worker.evaluate(async () => {
        for (let i = 0; i < 300 && !(await chrome.declarativeNetRequest.getDynamicRules()).length; i++) await new Promise((r) => setTimeout(r, 50));
      });
      const dnr = await timeToBlocked(ours, await ours.newPage(), rounds, delay);
      const tabs = await timeToBlocked(baseline, await baseline.newPage(), rounds, delay);
      const server = delay ? `site answers in ${delay} ms` : 'site answers at once (local route)';
      report(`to blocked page, DNR (${delay} ms)`, `p50 ${ms(pct(dnr.times, 50))}, p95 ${ms(pct(dnr.times, 95))}`, `${rounds} navigations to x.com; ${server}; ${dnr.requests} page requests sent`);
      report(
        `to blocked page, onUpdated (${delay} ms)`,
        `p50 ${ms(pct(tabs.times, 50))}, p95 ${ms(pct(tabs.times, 95))}`,
        `same; ${tabs.requests} page requests sent (${(tabs.bytes / 1024).toFixed(0)} KB of the page served)`,
        `DNR ${(pct(tabs.times, 50) / pct(dnr.times, 50)).toFixed(1)}× faster at p50`,
      );
    } finally {
      await ours.close();
      await baseline.close();
    }
  }
}

/** All working-hours figures. */
export async function hoursBenchmarks(): Promise<void> {
  scheduleFigures();
  await blockingFigures();
}
