import { browser } from 'wxt/browser';
import { handle } from '@/utils/messaging/router';
import { schoolClock } from '@/utils/schedule/badge';
import { networkForUrl } from '@/utils/sites/networks';
import { addPausedPages, readPausedPages, removePausedPages, type PausedPage } from './paused-pages';
import { currentHoursView, isBlockedNow } from './schedule-enforcer';

/**
 * Opens paused pages again: in their own tab while it still shows the blocked page, else in a new
 * one. Pages still paused (working time, not an official account) stay in the list.
 */
async function reopen(pages: readonly PausedPage[]): Promise<number> {
  const blocked = browser.runtime.getURL('/blocked.html');
  const done: number[] = [];
  for (const page of pages) {
    if (await isBlockedNow(page.url)) continue;
    const tab = await browser.tabs.get(page.tabId).catch(() => null);
    if (tab?.url?.startsWith(blocked)) await browser.tabs.update(page.tabId, { url: page.url });
    else await browser.tabs.create({ url: page.url, active: false });
    done.push(page.tabId);
  }
  await removePausedPages(done);
  return done.length;
}

/** The blocked page's and the popup's questions about working hours. Only Chalkline's own pages may ask. */
export function registerHoursMessages(): void {
  handle('hoursStatus', () => currentHoursView());
  handle('pausedPages', () => readPausedPages());
  handle('blockedPageShown', async ({ url }, sender) => {
    const tabId = sender.tab?.id;
    // Only an address on a guarded network joins the list: the blocked page is never a way to open others.
    if (tabId !== undefined && networkForUrl(url)) {
      const known = (await readPausedPages()).find((p) => p.tabId === tabId && p.url === url);
      if (!known) await addPausedPages([{ tabId, url, title: '', pausedAt: Date.now() }]);
    }
    return readPausedPages();
  });
  handle('reopenPaused', async (request) => {
    const pages = await readPausedPages();
    const chosen = 'all' in request ? pages : pages.filter((p) => p.tabId === request.tabId);
    const reopened = await reopen(chosen);
    if (chosen.length && !reopened) {
      const view = await currentHoursView();
      const until = view.status.until === null ? null : schoolClock(view.timeZone, Date.now())(view.status.until);
      throw new Error(until ? `Personal social media is paused until ${until}.` : 'Personal social media is paused on this computer.');
    }
    return { reopened };
  });
}
