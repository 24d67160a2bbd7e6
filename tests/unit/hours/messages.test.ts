import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { announceHoursToTabs, registerHoursWarnMessages } from '@/utils/background/hours-warn';
import { readAudit } from '@/utils/contact/audit';
import { writeLocalLayer } from '@/utils/config/store';
import type { SenderInfo } from '@/utils/messaging/schemas';
import type { HoursView } from '@/utils/schedule/view';
import { hostMatchPatterns } from '@/utils/sites/networks';
import { closeChalklineDbForTests } from '@/utils/storage/db';

vi.mock('@/utils/i18n', () => ({ t: (key: string) => key }));

/**
 * The banner's messages as the background receives them: through @webext-core/messaging's wire format
 * on runtime.onMessage, with the sender Chrome would report. They read the real clock, so the
 * computer is a school computer in warn mode: personal use is restricted at every instant.
 */

let nextId = 1;
async function send(type: string, data: unknown, sender: SenderInfo): Promise<unknown> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ id: nextId++, type, data, timestamp: Date.now() }, sender as never)) as ({ res?: unknown; err?: { message: string } } | undefined)[];
  const reply = replies.find(Boolean);
  if (!reply) throw new Error(`no listener answered ${type}`);
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}

const ID = () => fakeBrowser.runtime.id;
const page = (url = 'https://x.com/home', tabId = 3): SenderInfo => ({ id: ID(), url, tab: { id: tabId, url } });
const banner = (tabUrl = 'https://x.com/home', tabId = 3): SenderInfo => ({ id: ID(), url: `chrome-extension://${ID()}/hours-banner.html`, tab: { id: tabId, url: tabUrl } });

const tabMessages = vi.fn(async (..._args: unknown[]) => undefined);
const removed = vi.fn(async (..._args: unknown[]) => undefined);

// Listeners are registered once (the messaging library allows one per message type), so storage is
// cleared between tests rather than the whole fake browser reset.
beforeAll(() => {
  fakeBrowser.reset();
  registerHoursWarnMessages();
});

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  tabMessages.mockClear();
  removed.mockClear();
  Object.assign(fakeBrowser.tabs, { sendMessage: tabMessages, remove: removed });
  await writeLocalLayer({ schoolOwnedDevice: true, workingHours: { mode: 'warn' } });
});

describe('hours banner messages', () => {
  it('answers a guarded page with yes or no, and nothing else', async () => {
    expect(await send('hoursBanner', {}, page())).toEqual({ show: true });
    await expect(send('hoursBanner', {}, page('https://example.com/'))).rejects.toThrow(/Refused hoursBanner/);
    await expect(send('hoursBanner', {}, banner())).rejects.toThrow(/Refused hoursBanner/);
  });

  it('judges the address the tab shows now: a single-page site moves without a new page', async () => {
    await writeLocalLayer({ schoolOwnedDevice: true, workingHours: { mode: 'warn' }, officialAccounts: ['https://x.com/OakHillSchool*'] });
    forgetCachedConfig();
    const loadedAt = 'https://x.com/OakHillSchool';
    expect(await send('hoursBanner', {}, page(loadedAt))).toEqual({ show: false });
    expect(await send('hoursBanner', {}, { ...page(loadedAt), tab: { id: 3, url: 'https://x.com/home' } })).toEqual({ show: true });
  });

  it('gives the hours only to the banner frame', async () => {
    const view = (await send('getHoursBanner', {}, banner())) as HoursView;
    expect(view.status).toMatchObject({ restricted: true, enforcement: 'warn' });
    await expect(send('getHoursBanner', {}, page())).rejects.toThrow('Refused getHoursBanner: not from the working-hours banner');
    await expect(send('getHoursBanner', {}, { ...banner(), url: `chrome-extension://${ID()}/interstitial.html` })).rejects.toThrow(/Refused/);
  });

  it('a page cannot go on with a reason in the staff member’s name', async () => {
    await expect(send('continueInHours', { reason: 'school-business' }, page())).rejects.toThrow(/Refused continueInHours/);
    await expect(send('continueInHours', { reason: 'school-business' }, { ...banner(), id: 'another-extension' })).rejects.toThrow(/Refused/);
    expect(await readAudit()).toEqual([]);
  });

  it('logs the banner’s reason, then tells the tab’s top frame to ask again', async () => {
    expect(await send('continueInHours', { reason: 'official-account', note: 'the sports day post' }, banner())).toEqual({ logged: true });
    expect(await readAudit()).toMatchObject([{ network: 'x', action: 'use-in-working-hours', exception: 'official-account', reason: 'the sports day post' }]);
    expect(tabMessages).toHaveBeenCalledWith(3, expect.objectContaining({ type: 'hoursChanged' }), { frameId: 0 });
    expect(await send('hoursBanner', {}, page())).toEqual({ show: false });
  });

  it('refuses a reason it does not know, and "other" with no note, with a clear error', async () => {
    await expect(send('continueInHours', { reason: 'bored' }, banner())).rejects.toThrow(/^Refused continueInHours: reason: /);
    await expect(send('continueInHours', { reason: 'other', note: ' ' }, banner())).rejects.toThrow('Refused continueInHours: note: a note is needed when the reason is "other"');
    await expect(send('continueInHours', { reason: 'other', note: 'x'.repeat(501) }, banner())).rejects.toThrow(/note/);
    expect(await readAudit()).toEqual([]);
  });

  it('closes the banner’s own tab, logging nothing, and only a guarded one', async () => {
    await send('closeTabForHours', {}, banner());
    expect(removed).toHaveBeenCalledWith(3);
    await expect(send('closeTabForHours', {}, banner('https://example.com/', 8))).rejects.toThrow(/not a guarded page/);
    await expect(send('closeTabForHours', {}, page())).rejects.toThrow(/Refused closeTabForHours/);
    expect(removed).toHaveBeenCalledTimes(1);
    expect(await readAudit()).toEqual([]);
  });

  it('passes the banner’s height to its page', async () => {
    await send('resizeHoursBanner', { height: 212 }, banner());
    expect(tabMessages).toHaveBeenCalledWith(3, expect.objectContaining({ type: 'hoursBannerHeight', data: { height: 212 } }), { frameId: 0 });
    await expect(send('resizeHoursBanner', { height: -1 }, banner())).rejects.toThrow(/height/);
  });

  it('tells its page when the banner’s own dialog opens and closes, and only the banner may', async () => {
    await send('hoursBannerDialog', { open: true }, banner());
    expect(tabMessages).toHaveBeenCalledWith(3, expect.objectContaining({ type: 'hoursBannerModal', data: { open: true } }), { frameId: 0 });
    await send('hoursBannerDialog', { open: false }, banner());
    expect(tabMessages).toHaveBeenCalledWith(3, expect.objectContaining({ type: 'hoursBannerModal', data: { open: false } }), { frameId: 0 });
    await expect(send('hoursBannerDialog', { open: true }, page())).rejects.toThrow(/^Refused hoursBannerDialog: not from the working-hours banner/);
    expect(tabMessages).toHaveBeenCalledTimes(2);
  });
});

describe('announcing a change of hours', () => {
  it('nudges every guarded tab, skipping tabs with no content script, and drops answers from other periods', async () => {
    const query = vi.fn(async () => [{ id: 1 }, { id: 2 }, {}]);
    Object.assign(fakeBrowser.tabs, { query });
    tabMessages.mockImplementation(async (tabId: unknown) => {
      if (tabId === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    await fakeBrowser.storage.session.set({ hoursWarnDismissed: { 1: 'hours:old', 2: 'hours:now' } });
    const view = { status: { restricted: true, periodId: 'hours:now' } } as HoursView;
    await announceHoursToTabs(view);
    expect(query).toHaveBeenCalledWith({ url: hostMatchPatterns() });
    expect(tabMessages.mock.calls.map((c) => c[0])).toEqual([1, 2]);
    expect(await fakeBrowser.storage.session.get('hoursWarnDismissed')).toEqual({ hoursWarnDismissed: { 2: 'hours:now' } });
  });
});
