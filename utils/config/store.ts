import { browser } from 'wxt/browser';
import { openChalklineDb } from '@/utils/storage/db';
import { isPlainObject, resolveSettings, type ResolvedSettings } from './merge';

/**
 * Where the staff member's own settings layer lives: the `config` store of Chalkline's IndexedDB,
 * in the extension's own origin. Not `storage.local`, which content scripts can read and write, and
 * the layer can hold the report signing secret.
 */
export const LOCAL_SETTINGS_KEY = 'settings';
/** The last policy read from `storage.managed`, served at once while the next read is on its way. */
export const MANAGED_SNAPSHOT_KEY = 'managedSnapshot';
/** The BroadcastChannel on which any Chalkline context says it changed the stored config. */
export const CONFIG_CHANNEL = 'chalkline-config';

/** What a write announces on {@link CONFIG_CHANNEL}. */
export type ConfigChange = 'settings' | 'packs';

/**
 * Reads enterprise policy. Firefox without a policy, and browsers where managed storage is
 * unavailable, throw rather than return {}: that simply means no policy.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    const managed: unknown = await browser.storage.managed.get();
    return isPlainObject(managed) ? managed : {};
  } catch {
    return {};
  }
}

/** Reads one value of the `config` store. */
export async function readConfig(key: string): Promise<unknown> {
  return (await openChalklineDb()).get('config', key);
}

/** Writes one value of the `config` store, then tells every other Chalkline context it changed. */
export async function writeConfig(key: string, value: unknown, change: ConfigChange | null): Promise<void> {
  await (await openChalklineDb()).put('config', value, key);
  if (change) announceConfigChange(change);
}

/** Tells every other Chalkline context (the background, open options pages) that stored config changed. */
export function announceConfigChange(change: ConfigChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CONFIG_CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` when another context announces a config change, until `signal` aborts. */
export function onConfigChange(listener: (change: ConfigChange) => void, signal: AbortSignal): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CONFIG_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'settings' || event.data === 'packs') listener(event.data);
  };
  signal.addEventListener('abort', () => channel.close(), { once: true });
}

/** The staff member's own layer, or {} when none was saved (or what is stored cannot be read as one). */
export async function readLocalLayer(): Promise<Record<string, unknown>> {
  const stored = await readConfig(LOCAL_SETTINGS_KEY);
  return isPlainObject(stored) ? stored : {};
}

/** Replaces the staff member's own layer. Callers validate first (see readSettingsFile / checkLayer). */
export async function writeLocalLayer(layer: Record<string, unknown>): Promise<void> {
  await writeConfig(LOCAL_SETTINGS_KEY, layer, 'settings');
}

/** The policy as last read, or null before the first read on this profile ever finished. */
export async function readManagedSnapshot(): Promise<Record<string, unknown> | null> {
  const stored = await readConfig(MANAGED_SNAPSHOT_KEY).catch(() => undefined);
  return isPlainObject(stored) ? stored : null;
}

/** Keeps the policy just read, for the next cold start. */
export async function writeManagedSnapshot(managed: Record<string, unknown>): Promise<void> {
  await writeConfig(MANAGED_SNAPSHOT_KEY, managed, null);
}

/**
 * The settings in force right now, read afresh from policy and the local layer (slow on a cold start:
 * the background's config cache serves the last policy at once instead).
 */
export async function loadSettings(): Promise<ResolvedSettings> {
  const [managed, local] = await Promise.all([readManaged(), readLocalLayer()]);
  return resolveSettings(managed, local);
}
