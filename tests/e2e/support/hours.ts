import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EXTENSION_ID } from './constants';

/**
 * Working-hours settings relative to the real clock: the service worker keeps real time (Playwright's
 * page clock does not reach it), so the tests move the school day instead of the clock. Every day the
 * same and no bank holidays, so the day of the week and the date never matter. The school's time zone
 * is a fixed offset that puts "now" near midday, so a day running a few hours either side of now never
 * crosses midnight (a run at 23:00 UTC would otherwise end its working day "tomorrow").
 */
const SHIFT = Math.max(-12, Math.min(12, new Date().getUTCHours() - 12));
/** Etc/GMT+N is N hours behind UTC (the POSIX sign). */
const ZONE = SHIFT === 0 ? 'UTC' : `Etc/GMT${SHIFT > 0 ? '+' : '-'}${Math.abs(SHIFT)}`;
const hhmm = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
const at = (minutesFromNow: number) => hhmm(new Date(Date.now() + (minutesFromNow - SHIFT * 60) * 60_000));

/** Every day works from `from` to `to` minutes from now, with optional breaks (minutes from now too). */
export function hoursAroundNow(from: number, to: number, breaks: [number, number][] = [], mode: 'block' | 'warn' = 'block') {
  const day = { hours: [[at(from), at(to)]], breaks: breaks.map(([a, b]) => [at(a), at(b)]) };
  return {
    mode,
    timeZone: ZONE,
    bankHolidays: 'none',
    termDates: [],
    closures: [],
    week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, day])),
  };
}

export { setSettings } from './config';

/**
 * Waits until the worker has switched the blocking rule on (true) or off (false). Generous: on a new
 * profile Chromium answers the worker's first storage.managed read only after ~3–5 s.
 */
export async function blockingIs(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate(async (wanted) => {
    for (let i = 0; i < 300; i++) {
      const rules = await chrome.declarativeNetRequest.getDynamicRules();
      if (rules.some((r) => r.id === 1000) === wanted) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`blocking rule never became ${wanted ? 'active' : 'inactive'}`);
  }, on);
}

/** The toolbar badge text. */
export function badgeText(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** The blocked page's address prefix for an original address. */
export const blockedUrl = (original: string) => `chrome-extension://${EXTENSION_ID}/blocked.html#${original}`;

/** Stops every service worker, as Chrome does after 30 s idle; the next event starts a new one. */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
