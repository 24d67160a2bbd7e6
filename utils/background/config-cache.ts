import { browser } from 'wxt/browser';
import type { Pack } from '@/rules/schema';
import type { ResolvedSettings } from '@/utils/config/merge';
import { LOCAL_SETTINGS_KEY, loadSettings } from '@/utils/config/store';
import { readCustomPacks } from '@/utils/storage/custom-packs';

/**
 * Settings and the school's own packs, read once per worker life and again only when storage says
 * they changed: a contact check must not wait on three storage reads. (A worker that is stopped
 * simply reads them afresh when it starts.)
 */
let settings: Promise<ResolvedSettings> | null = null;
let packs: Promise<Pack[]> | null = null;

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && LOCAL_SETTINGS_KEY in changes)) settings = null;
  if (area === 'local' && 'customPacks' in changes) packs = null;
});

/** The settings in force (cached; see above). */
export function currentSettings(): Promise<ResolvedSettings> {
  settings ??= loadSettings().catch((error: unknown) => {
    settings = null;
    throw error;
  });
  return settings;
}

/** The policy packs the school loaded (cached; see above). */
export function currentCustomPacks(): Promise<Pack[]> {
  packs ??= readCustomPacks().catch((error: unknown) => {
    packs = null;
    throw error;
  });
  return packs;
}

/** For tests (and after a reset): forget what was read. */
export function forgetCachedConfig(): void {
  settings = null;
  packs = null;
}
