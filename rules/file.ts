import type { SettingProblem } from '@/utils/config/merge';
import { formatPath, plainErrorMap } from '@/utils/config/merge';
import { describeJsonError } from '@/utils/config/file';
import { BUILT_IN_PACKS } from './index';

/** The largest pack file accepted; the biggest built-in pack is about 40 kB. */
export const MAX_PACK_FILE_BYTES = 2_000_000;
import { Pack } from './schema';

/** Reading a school's own policy pack: the pack, or every problem with it by path. */
export type PackFileResult = { ok: true; pack: Pack } | { ok: false; problems: SettingProblem[] };

/** The refusal for a file too large to be a policy pack (also said before reading one at all). */
export function packFileTooLarge(): PackFileResult {
  return { ok: false, problems: [{ path: '(whole file)', message: 'is too large to be a policy pack (over 2 MB)' }] };
}

/**
 * Validates a policy pack file a school loads. Its id must not clash with a built-in pack, so a
 * school's pack can never silently replace the one Chalkline ships under the same name.
 */
export function readPackFile(text: string, options: { lockedId?: string } = {}): PackFileResult {
  if (new TextEncoder().encode(text).length > MAX_PACK_FILE_BYTES) return packFileTooLarge();
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problems: [{ path: '(whole file)', message: describeJsonError(body) }] };
  }
  const result = Pack.safeParse(parsed, { error: plainErrorMap });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((i) => ({ path: formatPath(i.path) || '(whole file)', message: i.message })),
    };
  }
  if (BUILT_IN_PACKS.some((p) => p.id === result.data.id)) {
    return { ok: false, problems: [{ path: 'id', message: `"${result.data.id}" is the name of a pack Chalkline already ships: give your pack its own id` }] };
  }
  // A school's IT policy that locks the pack must not be undone by a local file with the same id.
  if (options.lockedId && result.data.id === options.lockedId) {
    return {
      ok: false,
      problems: [{ path: 'id', message: `"${result.data.id}" is the pack your school's IT policy sets and locks: it cannot be replaced on this computer (ask your IT team to change it through the school's policy)` }],
    };
  }
  return { ok: true, pack: result.data };
}
