import { browser } from 'wxt/browser';
import { resolveSettings, type ResolvedSettings } from './merge';

/** The storage.local key holding the staff member's own settings layer (a partial settings object). */
export const LOCAL_SETTINGS_KEY = 'settings';

/**
 * Reads enterprise policy. Firefox without a policy, and browsers where managed storage is
 * unavailable, throw rather than return {}: that simply means no policy.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get()) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The staff member's own layer, or {} when none was saved (or storage holds something unreadable). */
export async function readLocalLayer(): Promise<Record<string, unknown>> {
  const stored = (await browser.storage.local.get(LOCAL_SETTINGS_KEY))[LOCAL_SETTINGS_KEY];
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}

/** Replaces the staff member's own layer. Callers validate first (see readSettingsFile / checkLayer). */
export async function writeLocalLayer(layer: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [LOCAL_SETTINGS_KEY]: layer });
}

/** The settings in force right now, with what is locked by policy and any problems found. */
export async function loadSettings(): Promise<ResolvedSettings> {
  const [managed, local] = await Promise.all([readManaged(), readLocalLayer()]);
  return resolveSettings(managed, local);
}

/**
 * Calls `onChange` with fresh settings whenever policy or the local layer changes, until `signal` aborts.
 */
export function watchSettings(onChange: (resolved: ResolvedSettings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && LOCAL_SETTINGS_KEY in changes)) {
      void loadSettings().then((resolved) => {
        if (!signal.aborted) onChange(resolved);
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
