import type { SettingProblem } from '@/utils/config/merge';
import { formatPath, plainMessage } from '@/utils/config/merge';
import { BUILT_IN_PACKS } from './index';
import { Pack } from './schema';

/** Reading a school's own policy pack: the pack, or every problem with it by path. */
export type PackFileResult = { ok: true; pack: Pack } | { ok: false; problems: SettingProblem[] };

/**
 * Validates a policy pack file a school loads. Its id must not clash with a built-in pack, so a
 * school's pack can never silently replace the one Chalkline ships under the same name.
 */
export function readPackFile(text: string): PackFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ path: '(whole file)', message: 'is not valid JSON' }] };
  }
  const result = Pack.safeParse(parsed);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((i) => ({ path: formatPath(i.path) || '(whole file)', message: plainMessage(i) })),
    };
  }
  if (BUILT_IN_PACKS.some((p) => p.id === result.data.id)) {
    return { ok: false, problems: [{ path: 'id', message: `"${result.data.id}" is the name of a pack Chalkline already ships: give your pack its own id` }] };
  }
  return { ok: true, pack: result.data };
}
