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
let settings: Promise<ResolvedSettings> | null = null;
let localPacks: Promise<Pack[]> | null = null;
let moved: Promise<void> | null = null;
let policy: Promise<Record<string, unknown>> | null = null;
/** The policy as last read, from IndexedDB: read once per worker life, and kept in step with writes. */
let snapshot: Promise<Record<string, unknown> | null> | null = null;
/** Until this worker life's first policy read finishes, the last one may stand in for it. */
let firstRead = true;
const listeners = new Set<() => void>();

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Settings or packs changed: forget them and tell whoever applies them. */
function changed(): void {
  settings = null;
  localPacks = null;
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

function keptPolicy(): Promise<Record<string, unknown> | null> {
  const reading = (snapshot ??= readManagedSnapshot().catch((error: unknown) => {
    if (snapshot === reading) snapshot = null;
    throw error;
  }));
  return reading;
}

/** This worker life's read of the policy; a policy that differs from the last one kept is applied. */
function livePolicy(): Promise<Record<string, unknown>> {
  policy ??= readManaged().then(async (managed) => {
    const kept = await keptPolicy();
    firstRead = false;
    if (kept === null || !same(kept, managed)) {
      await writeManagedSnapshot(managed).catch(() => undefined);
      snapshot = Promise.resolve(managed);
      changed();
    }
    return managed;
  });
  return policy;
}

async function load(): Promise<ResolvedSettings> {
  await ready();
  const [local, kept] = await Promise.all([readLocalLayer(), keptPolicy()]);
  const live = livePolicy();
  return resolveSettings(firstRead && kept !== null ? kept : await live, local);
}

/** The settings in force (cached; see above). */
export function currentSettings(): Promise<ResolvedSettings> {
  const loading = (settings ??= load().catch((error: unknown) => {
    if (settings === loading) settings = null;
    throw error;
  }));
  return loading;
}

/**
 * The settings to show on the options page now, without waiting for a slow first policy read:
 * `policyPending` says the school's policy has not been read yet this time (what it sets will take over).
 */
export async function settingsForPage(): Promise<{ resolved: ResolvedSettings; policyPending: boolean }> {
  await ready();
  if (!firstRead) return { resolved: await currentSettings(), policyPending: false };
  void livePolicy();
  const [local, kept] = await Promise.all([readLocalLayer(), keptPolicy()]);
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
  const loading = (localPacks ??= ready()
    .then(readCustomPacks)
    .catch((error: unknown) => {
      if (localPacks === loading) localPacks = null;
      throw error;
    }));
  return loading;
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
  settings = null;
  localPacks = null;
  policy = null;
  snapshot = null;
  moved = null;
  firstRead = true;
  delivered.clear();
}
