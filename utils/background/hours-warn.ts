import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import {
  isExtensionFrameSender,
  isTrustedContentSender,
  parseContentMessage,
  parseHoursBannerMessage,
  type HoursBannerMessages,
  type SenderInfo,
} from '@/utils/messaging/schemas';
import type { HoursView } from '@/utils/schedule/view';
import { hostMatchPatterns, networkForUrl } from '@/utils/sites/networks';
import { continueInHours, hoursBannerFor, pruneHoursDismissals } from './hours-warn-service';
import { currentHoursView } from './schedule-enforcer';

export { forgetHoursWarnTab } from './hours-warn-service';

/** Throws unless the message came from the hours banner framed in a tab; returns that tab's id. */
function bannerTab(type: keyof HoursBannerMessages, sender: SenderInfo): number {
  if (!isExtensionFrameSender(sender, browser.runtime.id, '/hours-banner.html')) throw new Error(`Refused ${type}: not from the working-hours banner`);
  return sender.tab!.id!;
}

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
  onMessage('hoursBanner', async ({ data, sender }) => {
    if (!isTrustedContentSender(sender, browser.runtime.id)) throw new Error('Refused hoursBanner: not from a guarded page');
    parseContentMessage('hoursBanner', data);
    // The content script runs in top frames only, so the tab's address is its page's. Unlike the
    // sender's own URL, which stays the one the page loaded at, it follows a single-page site's moves.
    return hoursBannerFor(sender.tab!.id!, sender.tab!.url ?? sender.url);
  });
  onMessage('getHoursBanner', async ({ data, sender }) => {
    bannerTab('getHoursBanner', sender);
    parseHoursBannerMessage('getHoursBanner', data);
    return currentHoursView();
  });
  onMessage('continueInHours', async ({ data, sender }) => {
    const tabId = bannerTab('continueInHours', sender);
    const choice = parseHoursBannerMessage('continueInHours', data);
    // The page the banner sits on is the tab's page: the frame's own address is the extension's.
    const result = await continueInHours(tabId, sender.tab!.url, choice);
    await nudge(tabId);
    return result;
  });
  onMessage('closeTabForHours', async ({ data, sender }) => {
    const tabId = bannerTab('closeTabForHours', sender);
    parseHoursBannerMessage('closeTabForHours', data);
    // Only ever a tab on a guarded network: the banner is no way to close others.
    if (!sender.tab?.url || !networkForUrl(sender.tab.url)) throw new Error('Refused closeTabForHours: not a guarded page');
    await browser.tabs.remove(tabId);
  });
  onMessage('resizeHoursBanner', async ({ data, sender }) => {
    const tabId = bannerTab('resizeHoursBanner', sender);
    const { height } = parseHoursBannerMessage('resizeHoursBanner', data);
    await sendMessage('hoursBannerHeight', { height }, { tabId, frameId: 0 }).catch(() => undefined);
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
