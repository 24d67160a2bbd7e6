import { browser } from 'wxt/browser';
import { Pack } from '@/rules/schema';

const KEY = 'customPacks';

/** The policy packs this school loaded itself; anything in storage that no longer validates is skipped. */
export async function readCustomPacks(): Promise<Pack[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((p) => {
    const r = Pack.safeParse(p);
    return r.success ? [r.data] : [];
  });
}

/** Adds or replaces (by id) one of the school's own packs. */
export async function saveCustomPack(pack: Pack): Promise<void> {
  const packs = (await readCustomPacks()).filter((p) => p.id !== pack.id);
  await browser.storage.local.set({ [KEY]: [...packs, pack] });
}
