import { browser } from 'wxt/browser';
import { appendAudit } from '@/utils/contact/audit';
import { hoursAuditEntry, showsHoursBanner, type ContinueChoice } from '@/utils/hours/warn';
import { networkForUrl } from '@/utils/sites/networks';
import { currentSettings } from './config-cache';
import { currentHoursView } from './schedule-enforcer';

/**
 * Warn mode in the background: which tabs show the working-hours banner, and going on past it with a
 * reason. A tab that gave a reason is not asked again in the same stretch of working time; that is
 * kept in session storage (tab id → period id), so a stopped worker forgets nothing and a browser
 * restart starts afresh.
 */

const DISMISSED_KEY = 'hoursWarnDismissed';

type Dismissed = Record<string, string>;

async function readDismissed(): Promise<Dismissed> {
  return ((await browser.storage.session.get(DISMISSED_KEY))[DISMISSED_KEY] as Dismissed | undefined) ?? {};
}

async function writeDismissed(dismissed: Dismissed): Promise<void> {
  await browser.storage.session.set({ [DISMISSED_KEY]: dismissed });
}

/** Whether a tab's page (at `url`) shows the banner now. */
export async function hoursBannerFor(tabId: number, url: string | undefined, now = Date.now()): Promise<{ show: boolean }> {
  const [view, { settings }, dismissed] = await Promise.all([currentHoursView(now), currentSettings(), readDismissed()]);
  return { show: showsHoursBanner(view, url, settings.officialAccounts, dismissed[tabId]) };
}

/**
 * Goes on past the banner: logs the reason locally and stops asking this tab until the next stretch
 * of working time. When the banner has nothing to ask any more (the break began, the page is an
 * official account, the tab already answered) nothing is logged. Throws when "something else" has
 * no note.
 */
export async function continueInHours(tabId: number, url: string | undefined, choice: ContinueChoice, now = Date.now()): Promise<{ logged: boolean }> {
  const [view, { settings }, dismissed] = await Promise.all([currentHoursView(now), currentSettings(), readDismissed()]);
  const network = url ? networkForUrl(url) : undefined;
  if (!network || !showsHoursBanner(view, url, settings.officialAccounts, dismissed[tabId])) return { logged: false };
  await appendAudit(hoursAuditEntry(view, network.id, choice, settings.policyPack, now));
  // Read again: another tab may have answered while the log was written.
  await writeDismissed({ ...(await readDismissed()), [tabId]: view.status.periodId ?? '' });
  return { logged: true };
}

/** Forgets answers given in other stretches of working time; they can never match again. */
export async function pruneHoursDismissals(periodId: string | null): Promise<void> {
  const dismissed = await readDismissed();
  const kept = Object.fromEntries(Object.entries(dismissed).filter(([, p]) => p === periodId));
  if (Object.keys(kept).length !== Object.keys(dismissed).length) await writeDismissed(kept);
}

/** Forgets a closed tab's answer. */
export async function forgetHoursWarnTab(tabId: number): Promise<void> {
  const dismissed = await readDismissed();
  if (!(tabId in dismissed)) return;
  delete dismissed[tabId];
  await writeDismissed(dismissed);
}
