import { Pack, type PackInput } from './schema';
import model from './packs/model.json';
import secondary from './packs/secondary-school.json';
import valence from './packs/valence-primary-2016.json';
import weston from './packs/weston-all-saints-lscb-2016.json';
import chiltern from './packs/chiltern-learning-trust-2023.json';
import alderley from './packs/alderley-edge-primary.json';

/** The packs Chalkline ships: the combined model pack (the default) and one per seed school. */
export const BUILT_IN_PACKS: readonly Pack[] = [model, secondary, valence, weston, chiltern, alderley].map((p) =>
  Pack.parse(p as PackInput),
);

export const DEFAULT_PACK_ID = 'model';

/**
 * The pack a school chose, from the built-in packs and any the school loaded. An id that matches
 * nothing falls back to the model pack, so staff are never left without rules.
 */
export function choosePack(id: string, custom: readonly Pack[] = []): { pack: Pack; found: boolean } {
  const pack = [...BUILT_IN_PACKS, ...custom].find((p) => p.id === id);
  return pack ? { pack, found: true } : { pack: BUILT_IN_PACKS.find((p) => p.id === DEFAULT_PACK_ID)!, found: false };
}
