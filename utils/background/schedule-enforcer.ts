import { browser, type Browser } from 'wxt/browser';
import { paintBadge } from './badge';
import { scheduleInput, scheduleStatus, type ScheduleStatus } from '@/utils/schedule';
import { badgeFor, schoolClock } from '@/utils/schedule/badge';
import { blockedPageUrl, blockingRules, isBlockingRuleId } from '@/utils/schedule/blocking';
import { isOfficialUrl } from '@/utils/schedule/official';
import { buildHoursView, type HoursView } from '@/utils/schedule/view';
import { hostMatchPatterns, networkForUrl } from '@/utils/sites/networks';
import { currentCustomPacks, currentSettings } from './config-cache';
import { announceHoursToTabs } from './hours-warn';
import { addPausedPages, type PausedPage } from './paused-pages';

/**
 * Working hours, enforced. Each run works out the status for now, switches the blocking rules,
 * sets the badge, sweeps open tabs when a new period has begun, and sets an alarm for the next
 * boundary. It runs at start-up, on every boundary alarm and on every settings change, and keeps
 * nothing only in memory: the rules persist in the browser and the last status in session storage,
 * so a stopped worker (or one that never wakes) still blocks.
 */

export const BOUNDARY_ALARM = 'schedule-boundary';
/** Once a minute during a break, for the badge's countdown. */
export const TICK_ALARM = 'schedule-tick';
/** The last status, for pages to watch and for telling a new period from one already swept. */
export const STATUS_KEY = 'scheduleStatus';

const blockedPage = () => browser.runtime.getURL('/blocked.html');

/** The settings in force and what they mean at an instant: the one place the worker works this out. */
async function resolveAt(now: number) {
  const [{ settings, configured }, custom] = await Promise.all([currentSettings(), currentCustomPacks()]);
  const status = scheduleStatus(scheduleInput(settings, configured), now);
  return { settings, status, view: buildHoursView(settings, custom, status) };
}

/** The status and what pages show about it, for an instant (now by default). */
export async function currentHoursView(now = Date.now()): Promise<HoursView> {
  return (await resolveAt(now)).view;
}

/** Whether a page address is paused right now (block mode, in working time, not an official account). */
export async function isBlockedNow(url: string, now = Date.now()): Promise<boolean> {
  if (!networkForUrl(url)) return false;
  const { settings, status } = await resolveAt(now);
  return status.restricted && status.enforcement === 'block' && !isOfficialUrl(url, settings.officialAccounts);
}

/** Two statuses that differ only in when they were worked out say the same thing. */
const sameStatus = (a: ScheduleStatus | undefined, b: ScheduleStatus) => a !== undefined && JSON.stringify({ ...a, at: 0 }) === JSON.stringify({ ...b, at: 0 });

async function applyRules(blocking: boolean, officialAccounts: readonly string[]): Promise<void> {
  const wanted = blockingRules(blocking, officialAccounts, blockedPage()) as unknown as Browser.declarativeNetRequest.Rule[];
  const current = (await browser.declarativeNetRequest.getDynamicRules()).filter((r) => isBlockingRuleId(r.id));
  if (JSON.stringify(current.map(({ id, priority, action, condition }) => ({ id, priority, action, condition }))) === JSON.stringify(wanted)) return;
  const removeRuleIds = current.map((r) => r.id);
  try {
    await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds, addRules: wanted });
  } catch (error) {
    // An official-account pattern the browser refuses must not lift the block: block without it.
    console.warn('Chalkline: blocking rules refused, blocking without official accounts', error);
    await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds, addRules: wanted.slice(0, 1) });
  }
}

async function setBadge(view: HoursView, now: number): Promise<void> {
  await paintBadge({ hours: badgeFor(view.status, now, schoolClock(view.timeZone, now)) });
}

async function setAlarms(status: ScheduleStatus): Promise<void> {
  await browser.alarms.clear(BOUNDARY_ALARM);
  // A little after the boundary, so the run it starts sees the new side of it.
  if (status.until !== null) await browser.alarms.create(BOUNDARY_ALARM, { when: status.until + 250 });
  if (status.phase !== 'break') await browser.alarms.clear(TICK_ALARM);
  else if (!(await browser.alarms.get(TICK_ALARM))) await browser.alarms.create(TICK_ALARM, { periodInMinutes: 1 });
}

/**
 * Sends every open tab on a guarded network (official accounts aside) to the blocked page, keeping
 * its address there and in the paused list. Returns how many tabs were paused.
 */
export async function sweepTabs(officialAccounts: readonly string[], now = Date.now()): Promise<number> {
  const tabs = await browser.tabs.query({ url: hostMatchPatterns() });
  const paused: PausedPage[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url || !networkForUrl(tab.url) || isOfficialUrl(tab.url, officialAccounts)) continue;
    paused.push({ tabId: tab.id, url: tab.url, title: tab.title ?? '', pausedAt: now });
  }
  await addPausedPages(paused);
  await Promise.all(paused.map((p) => browser.tabs.update(p.tabId, { url: blockedPageUrl(blockedPage(), p.url) }).catch(() => undefined)));
  return paused.length;
}

let running: Promise<unknown> = Promise.resolve();

/**
 * One enforcement run (see the file comment). Runs are queued, never overlapped, so two triggers
 * arriving together (start-up and a settings change) sweep once.
 */
export function enforceSchedule(now?: number, options: { settingsChanged?: boolean } = {}): Promise<HoursView> {
  const run = running.then(() => enforce(now ?? Date.now(), options.settingsChanged ?? false));
  running = run.catch(() => undefined);
  return run;
}

async function enforce(now: number, settingsChanged: boolean): Promise<HoursView> {
  const { settings, status, view } = await resolveAt(now);
  const previous = (await browser.storage.session.get(STATUS_KEY))[STATUS_KEY] as ScheduleStatus | undefined;
  const blocking = status.restricted && status.enforcement === 'block';

  // The next boundary first: whatever fails below, the next run is already booked.
  await setAlarms(status);
  await applyRules(blocking, settings.officialAccounts);
  // Every worker wake runs this; rewriting an unchanged status would only make open pages ask again.
  if (settingsChanged || !sameStatus(previous, status)) await browser.storage.session.set({ [STATUS_KEY]: status });
  // Once per period; again when settings change, since an account may no longer be an official one.
  if (blocking && (settingsChanged || status.periodId !== previous?.periodId)) await sweepTabs(settings.officialAccounts, now);
  await setBadge(view, now);
  // Settings may change what a banner says or whom it spares (official accounts) without changing the status.
  if (settingsChanged || previous?.restricted !== status.restricted || previous?.periodId !== status.periodId || previous?.enforcement !== status.enforcement) {
    await announceHoursToTabs(view).catch(() => undefined);
  }
  return view;
}

/**
 * Single-page sites (X, Facebook…) change address without loading a page, so the blocking rule never
 * sees it: an official account's page could lead to the feed. The tab is sent to the blocked page.
 */
export async function blockSinglePageNavigation(tabId: number, url: string, now = Date.now()): Promise<void> {
  if (!(await isBlockedNow(url, now))) return;
  await addPausedPages([{ tabId, url, title: '', pausedAt: now }]);
  await browser.tabs.update(tabId, { url: blockedPageUrl(blockedPage(), url) }).catch(() => undefined);
}
