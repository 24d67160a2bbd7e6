import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import type { ResolvedSettings } from '@/utils/config/merge';
import { DEFAULT_SETTINGS } from '@/utils/config/schema';
import {
  LOCAL_SETTINGS_KEY,
  loadSettings,
  readLocalLayer,
  readManaged,
  watchSettings,
  writeLocalLayer,
} from '@/utils/config/store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** Resolves with the next settings watchSettings reports (or rejects after a short wait). */
function nextChange(signal: AbortSignal, ms = 500): Promise<ResolvedSettings> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('watchSettings did not fire')), ms);
    watchSettings((r) => {
      clearTimeout(timer);
      resolve(r);
    }, signal);
  });
}
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('settings store', () => {
  it('gives the defaults, nothing locked, when nothing is stored', async () => {
    const r = await loadSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r).toMatchObject({ locked: [], problems: [], warnings: [] });
    expect(await readLocalLayer()).toEqual({});
  });

  it('reflects a written local layer, under the documented storage key', async () => {
    await writeLocalLayer({ schoolName: 'Oak Hill', privacyReviewDays: 30 });
    expect(await fakeBrowser.storage.local.get(LOCAL_SETTINGS_KEY)).toEqual({
      [LOCAL_SETTINGS_KEY]: { schoolName: 'Oak Hill', privacyReviewDays: 30 },
    });
    const r = await loadSettings();
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, schoolName: 'Oak Hill', privacyReviewDays: 30 });
    expect(r.locked).toEqual([]);
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
  ])('treats a stored %s as an empty layer', async (_what, value) => {
    await fakeBrowser.storage.local.set({ [LOCAL_SETTINGS_KEY]: value });
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

  it('treats managed storage that throws (Firefox without a policy) as no policy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await writeLocalLayer({ schoolName: 'Oak Hill' });
    expect(await readManaged()).toEqual({});
    const r = await loadSettings();
    expect(r.settings.schoolName).toBe('Oak Hill');
    expect(r.locked).toEqual([]);
  });
});

describe('watchSettings', () => {
  it('fires with fresh settings when the local layer changes', async () => {
    const controller = new AbortController();
    const change = nextChange(controller.signal);
    await writeLocalLayer({ schoolName: 'Oak Hill' });
    expect((await change).settings.schoolName).toBe('Oak Hill');
    controller.abort();
  });

  it('fires when enterprise policy changes', async () => {
    const controller = new AbortController();
    const change = nextChange(controller.signal);
    await fakeBrowser.storage.managed.set({ privacyReviewDays: 14 });
    const r = await change;
    expect(r.settings.privacyReviewDays).toBe(14);
    expect(r.locked).toEqual(['privacyReviewDays']);
    controller.abort();
  });

  it('ignores changes to other local keys', async () => {
    const controller = new AbortController();
    const onChange = vi.fn();
    watchSettings(onChange, controller.signal);
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await fakeBrowser.storage.session.set({ [LOCAL_SETTINGS_KEY]: { schoolName: 'Session' } });
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
  });

  it('stops after the signal aborts', async () => {
    const controller = new AbortController();
    const onChange = vi.fn();
    watchSettings(onChange, controller.signal);
    await writeLocalLayer({ schoolName: 'First' });
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    await writeLocalLayer({ schoolName: 'Second' });
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(browser.storage.onChanged.hasListeners()).toBe(false);
  });

  it('does not report a load that finishes after the signal aborted', async () => {
    let release!: (v: Record<string, unknown>) => void;
    const pending = new Promise<Record<string, unknown>>((resolve) => {
      release = resolve;
    });
    const managedGet = vi.spyOn(browser.storage.managed, 'get').mockImplementation(() => pending);
    const controller = new AbortController();
    const onChange = vi.fn();
    watchSettings(onChange, controller.signal);
    await writeLocalLayer({ schoolName: 'Late' });
    expect(managedGet).toHaveBeenCalled(); // the reload is under way
    controller.abort();
    release({});
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
