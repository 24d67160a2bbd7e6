import { Pack } from './schema';

/**
 * The ids of the packs Chalkline ships. A school's pack must have its own id, or the shipped one
 * would silently win. Kept here as data (a unit test checks it equals BUILT_IN_PACKS), so the
 * settings schema can check a pack's id without bundling every pack into each script that reads settings.
 */
export const BUILT_IN_PACK_IDS: readonly string[] = [
  'model',
  'secondary-school',
  'valence-primary-2016',
  'weston-all-saints-lscb-2016',
  'chiltern-learning-trust-2023',
  'alderley-edge-primary',
];

/** The largest pack text accepted in settings or policy (the biggest built-in pack is about 40 kB). */
export const MAX_PACK_TEXT = 2_000_000;

/** One thing wrong with a pack's text, with where inside the pack it is (`rules[3].clause`), or '' for the whole. */
export interface PackTextProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Reads a pack delivered as text (the `schoolPack` setting: a pack file's contents, pasted into the
 * school's policy). Returns the pack, or what is wrong with it in plain words.
 */
export function parsePackText(text: string): { pack: Pack; problems: [] } | { pack: null; problems: PackTextProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { pack: null, problems: [{ path: [], message: 'is not a policy pack: its text is not valid JSON (paste the whole pack file)' }] };
  }
  const result = Pack.safeParse(parsed);
  if (!result.success) {
    return { pack: null, problems: result.error.issues.slice(0, 20).map((i) => ({ path: i.path.filter((p) => typeof p !== 'symbol'), message: i.message })) };
  }
  if (BUILT_IN_PACK_IDS.includes(result.data.id)) {
    return { pack: null, problems: [{ path: ['id'], message: `"${result.data.id}" is the name of a pack Chalkline already ships: give the school's pack its own id` }] };
  }
  return { pack: result.data, problems: [] };
}
