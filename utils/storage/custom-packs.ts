import { Pack } from '@/rules/schema';
import { readConfig, writeConfig } from '@/utils/config/store';

/** The `config` store key of the packs this school loaded on this computer. */
export const CUSTOM_PACKS_KEY = 'customPacks';

/** The policy packs this school loaded itself; anything stored that no longer validates is skipped. */
export async function readCustomPacks(): Promise<Pack[]> {
  const stored = await readConfig(CUSTOM_PACKS_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((p) => {
    const r = Pack.safeParse(p);
    return r.success ? [r.data] : [];
  });
}

/** Adds or replaces (by id) one of the school's own packs. */
export async function saveCustomPack(pack: Pack): Promise<void> {
  const packs = (await readCustomPacks()).filter((p) => p.id !== pack.id);
  await writeConfig(CUSTOM_PACKS_KEY, [...packs, pack], 'packs');
}
