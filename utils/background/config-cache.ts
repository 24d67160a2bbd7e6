import { browser } from 'wxt/browser';
import type { Pack } from '@/rules/schema';
import { parsePackText } from '@/rules/pack-text';
import { resolveSettings, type ResolvedSettings } from '@/utils/config/merge';
import { onConfigChange, readLocalLayer, readManaged, readManagedSnapshot, writeManagedSnapshot } from '@/utils/config/store';
import { readCustomPacks } from '@/utils/storage/custom-packs';
import { moveConfigOutOfStorageLocal } from './config-migration';

/**
 * Settings and the school's own packs, read once per worker life and again only when they change: a
 * contact check must not wait on storage reads. On a cold start Chromium answers the first
 * `storage.managed` read only after 2–5 s, so the policy as last read (kept in IndexedDB) stands in
 * for it until it arrives; then anything that changed is applied. On a profile that has never read
 * its policy there is nothing to stand in, and checks wait (the page holds what it asked about).
 */
/** A read kept for reuse until forgotten; one that fails is forgotten at once, so the next call tries again. */
class Kept<T> {
  private value: Promise<T> | null = null;
  private readonly read: () => Promise<T>;
  constructor(read: () => Promise<T>) {
    this.read = read;
  }
  get(): Promise<T> {
    const reading = (this.value ??= this.read().catch((error: unknown) => {
      if (this.value === reading) this.value = null;
      throw error;
    }));
    return reading;
  }
  set(value: T): void {
    this.value = Promise.resolve(value);
  }
  forget(): void {
    this.value = null;
  }
}

const settings = new Kept(load);
const localPacks = new Kept(() => ready().then(readCustomPacks));
/** The policy as last read, from IndexedDB: read once per worker life, and kept in step with writes. */
const snapshot = new Kept(readManagedSnapshot);
let moved: Promise<void> | null = null;
let policy: Promise<Record<string, unknown>> | null = null;
/** Until this worker life's first policy read finishes, the last one may stand in for it. */
let firstRead = true;
const listeners = new Set<() => void>();

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Settings or packs changed: forget them and tell whoever applies them. */
function changed(): void {
  settings.forget();
  localPacks.forget();
  for (const listener of listeners) listener();
}

// Config changes made by the options page (or any other Chalkline context) come over a BroadcastChannel.
onConfigChange(changed, new AbortController().signal);
browser.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'managed') return;
  policy = null;
  changed();
});

/** Moves settings an older version left in storage.local first; a failed move is retried next time. */
function ready(): Promise<void> {
  moved ??= moveConfigOutOfStorageLocal().catch(() => {
    moved = null;
  });
  return moved;
}

/** This worker life's read of the policy; a policy that differs from the last one kept is applied. */
function livePolicy(): Promise<Record<string, unknown>> {
  policy ??= readManaged().then(async (managed) => {
    const kept = await snapshot.get();
    firstRead = false;
    if (kept === null || !same(kept, managed)) {
      await writeManagedSnapshot(managed).catch(() => undefined);
      snapshot.set(managed);
      changed();
    }
    return managed;
  });
  return policy;
}

async function load(): Promise<ResolvedSettings> {
  await ready();
  const [local, kept] = await Promise.all([readLocalLayer(), snapshot.get()]);
  const live = livePolicy();
  return resolveSettings(firstRead && kept !== null ? kept : await live, local);
}

/** The settings in force (cached; see above). */
export function currentSettings(): Promise<ResolvedSettings> {
  return settings.get();
}

/**
 * The settings to show on the options page now, without waiting for a slow first policy read:
 * `policyPending` says the school's policy has not been read yet this time (what it sets will take over).
 */
export async function settingsForPage(): Promise<{ resolved: ResolvedSettings; policyPending: boolean }> {
  await ready();
  if (!firstRead) return { resolved: await currentSettings(), policyPending: false };
  void livePolicy();
  const [local, kept] = await Promise.all([readLocalLayer(), snapshot.get()]);
  return { resolved: resolveSettings(kept ?? {}, local), policyPending: firstRead };
}

const delivered = new Map<string, Pack | null>();
/** The pack a school's policy (or settings file) delivers as text; parsed once per text. */
function deliveredPack(text: string): Pack | null {
  if (!text.trim()) return null;
  if (!delivered.has(text)) {
    delivered.clear();
    delivered.set(text, parsePackText(text).pack);
  }
  return delivered.get(text) ?? null;
}

/** The packs loaded on this computer (the options page lists these). */
export function currentLocalPacks(): Promise<Pack[]> {
  return localPacks.get();
}

/** The school's own packs: the one its policy delivers first (it wins over a local one with its id), then local ones. */
export async function currentCustomPacks(): Promise<Pack[]> {
  const [{ settings: s }, local] = await Promise.all([currentSettings(), currentLocalPacks()]);
  const pack = deliveredPack(s.schoolPack);
  return pack ? [pack, ...local.filter((p) => p.id !== pack.id)] : local;
}

/** Calls `listener` whenever settings or packs change (policy, the options page, an import). */
export function onSettingsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests (and after a reset): forget what was read. */
export function forgetCachedConfig(): void {
  settings.forget();
  localPacks.forget();
  policy = null;
  snapshot.forget();
  moved = null;
  firstRead = true;
  delivered.clear();
}
