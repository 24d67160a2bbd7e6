import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { handle } from '@/utils/messaging/router';
import type { HoursView } from '@/utils/schedule/view';
import { hostMatchPatterns, networkForUrl } from '@/utils/sites/networks';
import { continueInHours, hoursBannerFor, pruneHoursDismissals } from './hours-warn-service';
import { currentHoursView } from './schedule-enforcer';

export { forgetHoursWarnTab } from './hours-warn-service';

/** Nudges a tab's page (its top frame) to ask again; a tab with no content script is simply skipped. */
function nudge(tabId: number): Promise<void> {
  return sendMessage('hoursChanged', {}, { tabId, frameId: 0 }).catch(() => undefined);
}

/**
 * The warn-mode banner's messages. The content script learns only whether to show the banner; the
 * banner itself, an extension page the site cannot read or drive, reads the hours and sends the
 * staff member's answer.
 */
export function registerHoursWarnMessages(): void {
  handle('hoursBanner', (_data, sender) => {
    // The content script runs in top frames only, so the tab's address is its page's. Unlike the
    // sender's own URL, which stays the one the page loaded at, it follows a single-page site's moves.
    return hoursBannerFor(sender.tab!.id!, sender.tab!.url ?? sender.url);
  });
  handle('getHoursBanner', () => currentHoursView());
  handle('continueInHours', async (choice, sender) => {
    const tabId = sender.tab!.id!;
    // The page the banner sits on is the tab's page: the frame's own address is the extension's.
    const result = await continueInHours(tabId, sender.tab!.url, choice);
    await nudge(tabId);
    return result;
  });
  handle('closeTabForHours', async (_data, sender) => {
    const tabId = sender.tab!.id!;
    // Only ever a tab on a guarded network: the banner is no way to close others.
    if (!sender.tab?.url || !networkForUrl(sender.tab.url)) throw new Error('Refused closeTabForHours: not a guarded page');
    await browser.tabs.remove(tabId);
  });
  handle('resizeHoursBanner', async ({ height }, sender) => {
    await sendMessage('hoursBannerHeight', { height }, { tabId: sender.tab!.id!, frameId: 0 }).catch(() => undefined);
  });
  handle('hoursBannerDialog', async ({ open }, sender) => {
    await sendMessage('hoursBannerModal', { open }, { tabId: sender.tab!.id!, frameId: 0 }).catch(() => undefined);
  });
}

/**
 * Tells the content script of every guarded tab that the hours status changed, so banners appear or
 * go (a period starts, a break starts, the settings change). Answers from earlier periods are dropped.
 */
export async function announceHoursToTabs(view: HoursView): Promise<void> {
  await pruneHoursDismissals(view.status.restricted ? view.status.periodId : null);
  const tabs = await browser.tabs.query({ url: hostMatchPatterns() });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : nudge(tab.id))));
}
