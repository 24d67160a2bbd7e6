import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { BUILT_IN_PACK_IDS } from '@/rules/pack-text';
import { currentCustomPacks, currentSettings, forgetCachedConfig, onSettingsChanged, settingsForPage } from '@/utils/background/config-cache';
import { moveConfigOutOfStorageLocal, restrictStorageLocal } from '@/utils/background/config-migration';
import { LOCAL_SETTINGS_KEY, readConfig, readManagedSnapshot, writeLocalLayer, writeManagedSnapshot } from '@/utils/config/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';
import { CUSTOM_PACKS_KEY, saveCustomPack } from '@/utils/storage/custom-packs';

const MODEL = BUILT_IN_PACKS.find((p) => p.id === 'model')!;
const schoolPack = (id: string, name: string) => ({ ...MODEL, id, name });

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

/** Makes the browser's policy read wait, as Chromium's first one does on a cold start. */
function slowPolicy() {
  let release!: (policy: Record<string, unknown>) => void;
  const answer = new Promise<Record<string, unknown>>((resolve) => (release = resolve));
  vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => answer as never);
  return (policy: Record<string, unknown>) => release(policy);
}
const settle = () => new Promise((r) => setTimeout(r, 30));
const pending = Symbol('pending');
/** What a promise holds after a short wait, or `pending`. */
const soon = <T>(p: Promise<T>) => Promise.race([p, settle().then(() => pending)]);

describe('cold start', () => {
  it('serves the policy as last read at once, then applies the new one when it arrives', async () => {
    await writeManagedSnapshot({ schoolName: 'Kept From Last Time' });
    await writeLocalLayer({ staffName: 'Alex Morgan' });
    const release = slowPolicy();
    const changes = vi.fn();
    const stop = onSettingsChanged(changes);
    const first = await soon(currentSettings());
    expect(first).not.toBe(pending);
    expect((first as Awaited<ReturnType<typeof currentSettings>>).settings).toMatchObject({ schoolName: 'Kept From Last Time', staffName: 'Alex Morgan' });
    expect((await settingsForPage()).policyPending).toBe(true);

    release({ schoolName: 'Oak Hill School', privacyReviewDays: 30 });
    await vi.waitFor(() => expect(changes).toHaveBeenCalled());
    const after = await currentSettings();
    expect(after.settings).toMatchObject({ schoolName: 'Oak Hill School', privacyReviewDays: 30, staffName: 'Alex Morgan' });
    expect([...after.locked].sort()).toEqual(['privacyReviewDays', 'schoolName']);
    expect(await readManagedSnapshot()).toEqual({ schoolName: 'Oak Hill School', privacyReviewDays: 30 });
    expect((await settingsForPage()).policyPending).toBe(false);
    stop();
  });

  it('says nothing changed when the policy is the one kept', async () => {
    await writeManagedSnapshot({ schoolName: 'Same' });
    const release = slowPolicy();
    const changes = vi.fn();
    const stop = onSettingsChanged(changes);
    expect((await currentSettings()).settings.schoolName).toBe('Same');
    release({ schoolName: 'Same' });
    await settle();
    expect(changes).not.toHaveBeenCalled();
    stop();
  });

  it('holds checks, rather than guess, on a profile that has never read its policy', async () => {
    const release = slowPolicy();
    const settings = currentSettings();
    expect(await soon(settings)).toBe(pending);
    // The options page is not kept waiting: it shows the local layer and says policy is on its way.
    await writeLocalLayer({ staffName: 'Alex Morgan' });
    const page = await settingsForPage();
    expect(page.policyPending).toBe(true);
    expect(page.resolved.settings.staffName).toBe('Alex Morgan');
    release({ workingHours: { mode: 'warn' } });
    expect((await settings).settings.workingHours.mode).toBe('warn');
  });
});

describe('settings kept out of storage.local', () => {
  it('moves what an earlier version left in storage.local into IndexedDB, and deletes it there', async () => {
    const pack = schoolPack('oak-hill-2026', 'Oak Hill');
    await fakeBrowser.storage.local.set({ [LOCAL_SETTINGS_KEY]: { schoolName: 'Oak Hill' }, [CUSTOM_PACKS_KEY]: [pack], privacyReview: { kept: true } });
    expect((await currentSettings()).settings.schoolName).toBe('Oak Hill');
    expect((await currentCustomPacks()).map((p) => p.id)).toEqual(['oak-hill-2026']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ privacyReview: { kept: true } });
    expect(await readConfig(LOCAL_SETTINGS_KEY)).toEqual({ schoolName: 'Oak Hill' });
  });

  it('never overwrites what was already moved (a worker stopped between copy and delete)', async () => {
    await writeLocalLayer({ schoolName: 'Newer, already moved' });
    await fakeBrowser.storage.local.set({ [LOCAL_SETTINGS_KEY]: { schoolName: 'Older copy' } });
    await moveConfigOutOfStorageLocal();
    expect(await readConfig(LOCAL_SETTINGS_KEY)).toEqual({ schoolName: 'Newer, already moved' });
    expect(await fakeBrowser.storage.local.get(LOCAL_SETTINGS_KEY)).toEqual({});
  });

  it('asks the browser to keep storage.local from content scripts where it can', async () => {
    const local = browser.storage.local as unknown as { setAccessLevel?: unknown };
    expect(await restrictStorageLocal()).toBe(false); // no such call (Firefox)
    const set = vi.fn(async () => undefined);
    local.setAccessLevel = set;
    expect(await restrictStorageLocal()).toBe(true);
    expect(set).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    local.setAccessLevel = vi.fn(async () => Promise.reject(new Error('not supported')));
    expect(await restrictStorageLocal()).toBe(false);
    delete local.setAccessLevel;
  });

  it('hears a write made by the options page (another context) and drops what it had', async () => {
    expect((await currentSettings()).settings.schoolName).toBe('');
    const changes = vi.fn();
    const stop = onSettingsChanged(changes);
    await writeLocalLayer({ schoolName: 'Elm Park' });
    await vi.waitFor(() => expect(changes).toHaveBeenCalled());
    expect((await currentSettings()).settings.schoolName).toBe('Elm Park');
    await saveCustomPack(schoolPack('elm-park', 'Elm Park'));
    await vi.waitFor(() => expect(changes).toHaveBeenCalledTimes(2));
    expect((await currentCustomPacks()).map((p) => p.id)).toEqual(['elm-park']);
    stop();
  });
});

describe('a school’s own pack delivered by policy', () => {
  it('is used, and wins over a local pack with its id', async () => {
    await saveCustomPack(schoolPack('oak-hill-2026', 'Local copy'));
    await saveCustomPack(schoolPack('other-pack', 'Another'));
    await fakeBrowser.storage.managed.set({ policyPack: 'oak-hill-2026', schoolPack: JSON.stringify(schoolPack('oak-hill-2026', 'From policy')) });
    const { settings } = await currentSettings();
    const custom = await currentCustomPacks();
    expect(custom.map((p) => `${p.id}: ${p.name}`)).toEqual(['oak-hill-2026: From policy', 'other-pack: Another']);
    expect(choosePack(settings.policyPack, custom).pack.name).toBe('From policy');
  });

  it.each([
    ['text that is not JSON', '{"id": "oak-hill",', /not valid JSON/],
    ['a pack without its rules', JSON.stringify({ id: 'oak-hill', name: 'Oak Hill' }), /rules/],
    ['a pack with a shipped pack’s id', JSON.stringify(schoolPack('model', 'Imposter')), /already ships/],
  ])('reports %s, and the pack is not used', async (_what, text, reason) => {
    await fakeBrowser.storage.managed.set({ policyPack: 'oak-hill', schoolPack: text });
    const resolved = await currentSettings();
    expect(resolved.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(reason);
    expect(resolved.problems.every((p) => p.source === 'managed' && p.path.startsWith('schoolPack'))).toBe(true);
    expect(await currentCustomPacks()).toEqual([]);
  });

  it('knows every pack Chalkline ships, so none can be shadowed', () => {
    expect([...BUILT_IN_PACK_IDS].sort()).toEqual(BUILT_IN_PACKS.map((p) => p.id).sort());
  });
});
