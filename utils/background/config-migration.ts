import { browser } from 'wxt/browser';
import { LOCAL_SETTINGS_KEY, readConfig, writeConfig } from '@/utils/config/store';
import { CUSTOM_PACKS_KEY } from '@/utils/storage/custom-packs';

/** What earlier versions kept in storage.local, where content scripts can reach it. */
const MOVED_KEYS = [LOCAL_SETTINGS_KEY, CUSTOM_PACKS_KEY] as const;

/**
 * Moves settings and packs an earlier version left in `storage.local` into Chalkline's own
 * IndexedDB, then deletes them there. A copy already moved is never overwritten (a worker stopped
 * between the two steps finishes the move next time).
 */
export async function moveConfigOutOfStorageLocal(): Promise<void> {
  const old = await browser.storage.local.get([...MOVED_KEYS]);
  const found = MOVED_KEYS.filter((key) => key in old);
  if (!found.length) return;
  for (const key of found) {
    if ((await readConfig(key)) === undefined) await writeConfig(key, old[key], null);
  }
  await browser.storage.local.remove(found);
}

/**
 * Where the browser allows it (Chromium), keeps what is left in `storage.local` (the review's state,
 * the roster fetch's bookkeeping) from content scripts too. Firefox only allows this for
 * `storage.session`; there the move above is what keeps settings out of a content script's reach.
 */
export async function restrictStorageLocal(): Promise<boolean> {
  const local = browser.storage.local as typeof browser.storage.local & { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  try {
    if (!local.setAccessLevel) return false;
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
