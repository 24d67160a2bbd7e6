import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '@/utils/config/schema';
import {
  LOCAL_SETTINGS_KEY,
  loadSettings,
  onConfigChange,
  readConfig,
  readLocalLayer,
  readManaged,
  readManagedSnapshot,
  writeConfig,
  writeLocalLayer,
  writeManagedSnapshot,
  type ConfigChange,
} from '@/utils/config/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';

beforeEach(async () => {
  fakeBrowser.reset();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

/** The next change announced on the config channel, or null when none comes within a short wait. */
function nextAnnouncement(ms = 300): Promise<ConfigChange | null> {
  const controller = new AbortController();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      controller.abort();
      resolve(null);
    }, ms);
    onConfigChange((change) => {
      clearTimeout(timer);
      controller.abort();
      resolve(change);
    }, controller.signal);
  });
}

describe('settings store', () => {
  it('gives the defaults, nothing locked, when nothing is stored', async () => {
    const r = await loadSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r).toMatchObject({ locked: [], problems: [], warnings: [] });
    expect(await readLocalLayer()).toEqual({});
  });

  it('keeps the local layer in Chalkline’s IndexedDB, never in storage.local (which content scripts can reach)', async () => {
    await writeLocalLayer({ schoolName: 'Oak Hill', reportWebhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    expect(await readConfig(LOCAL_SETTINGS_KEY)).toEqual({ schoolName: 'Oak Hill', reportWebhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await loadSettings()).settings.schoolName).toBe('Oak Hill');
  });

  it('replaces the whole layer on each write', async () => {
    await writeLocalLayer({ schoolName: 'Oak Hill', privacyReviewDays: 30 });
    await writeLocalLayer({ schoolName: 'Elm Park' });
    expect(await readLocalLayer()).toEqual({ schoolName: 'Elm Park' });
    expect((await loadSettings()).settings.privacyReviewDays).toBe(DEFAULT_SETTINGS.privacyReviewDays);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'Oak Hill'],
    ['a number', 7],
    ['null', null],
  ])('treats a stored %s as an empty layer', async (_what, value) => {
    await writeConfig(LOCAL_SETTINGS_KEY, value, null);
    expect(await readLocalLayer()).toEqual({});
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reports a bad stored local value and keeps the default', async () => {
    await writeLocalLayer({ privacyReviewDays: 'often' });
    const r = await loadSettings();
    expect(r.settings.privacyReviewDays).toBe(DEFAULT_SETTINGS.privacyReviewDays);
    expect(r.problems).toEqual([expect.objectContaining({ path: 'privacyReviewDays', source: 'local' })]);
  });

  it('lets enterprise policy win and lock its keys', async () => {
    await fakeBrowser.storage.managed.set({ schoolName: 'Managed School', schoolOwnedDevice: true });
    await writeLocalLayer({ schoolName: 'Oak Hill', privacyReviewDays: 30 });
    expect(await readManaged()).toEqual({ schoolName: 'Managed School', schoolOwnedDevice: true });
    const r = await loadSettings();
    expect(r.settings).toMatchObject({ schoolName: 'Managed School', schoolOwnedDevice: true, privacyReviewDays: 30 });
    expect([...r.locked].sort()).toEqual(['schoolName', 'schoolOwnedDevice']);
  });

  it('treats managed storage that throws (Firefox without a policy), or answers with no object, as no policy', async () => {
    const get = vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManaged()).toEqual({});
    get.mockResolvedValue(['not', 'an', 'object'] as never);
    expect(await readManaged()).toEqual({});
  });

  it('keeps the last policy read as a snapshot, and nothing unreadable passes for one', async () => {
    expect(await readManagedSnapshot()).toBeNull();
    await writeManagedSnapshot({ schoolName: 'Kept' });
    expect(await readManagedSnapshot()).toEqual({ schoolName: 'Kept' });
    await writeConfig('managedSnapshot', 'garbage', null);
    expect(await readManagedSnapshot()).toBeNull();
  });
});

describe('config channel', () => {
  it('announces a settings write to other Chalkline contexts', async () => {
    const heard = nextAnnouncement();
    await writeLocalLayer({ schoolName: 'Oak Hill' });
    expect(await heard).toBe('settings');
  });

  it('says nothing for a snapshot write (that is the background’s own bookkeeping)', async () => {
    const heard = nextAnnouncement(150);
    await writeManagedSnapshot({ schoolName: 'Kept' });
    expect(await heard).toBeNull();
  });

  it('ignores anything else posted on the channel, and stops listening when aborted', async () => {
    const listener = vi.fn();
    const controller = new AbortController();
    onConfigChange(listener, controller.signal);
    const other = new BroadcastChannel('chalkline-config');
    other.postMessage({ evil: true });
    other.postMessage('roster');
    await new Promise((r) => setTimeout(r, 50));
    expect(listener).not.toHaveBeenCalled();
    controller.abort();
    other.postMessage('settings');
    await new Promise((r) => setTimeout(r, 50));
    expect(listener).not.toHaveBeenCalled();
    other.close();
  });
});
