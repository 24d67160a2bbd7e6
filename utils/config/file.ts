import { checkLayer, isPlainObject, type SettingProblem } from './merge';
import { Settings, SETTINGS_KEYS, type SettingsKey } from './schema';

/** The outcome of reading a settings file: either everything to apply, or every reason it cannot be. */
export type SettingsFileResult =
  | { ok: true; layer: Record<string, unknown>; applied: SettingsKey[]; warnings: SettingProblem[] }
  | { ok: false; problems: SettingProblem[]; warnings: SettingProblem[] };

/** The largest settings file accepted; a real one is a few kilobytes. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `is not valid JSON: the problem is at line ${line}, column ${column}`;
  }
  return 'is not valid JSON';
}

/**
 * Reads a settings file against the staff member's current local layer. The keys the file holds
 * replace the current values and the rest stay; unknown keys are warned about and ignored; if any
 * value is wrong, nothing at all is applied and every problem is listed by key.
 */
export function readSettingsFile(text: string, currentLocal: Record<string, unknown>): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, problems: [{ path: '(whole file)', message: 'is too large to be a settings file (over 1 MB)' }], warnings: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ path: '(whole file)', message: describeJsonError(text, error) }], warnings: [] };
  }
  const { accepted, problems, warnings } = checkLayer(parsed);
  if (problems.length) return { ok: false, problems, warnings };
  const applied = SETTINGS_KEYS.filter((k) => Object.hasOwn(accepted, k));
  if (applied.length === 0 && isPlainObject(parsed)) {
    return {
      ok: false,
      problems: [{ path: '(whole file)', message: 'holds no settings Chalkline knows, so nothing was changed' }],
      warnings,
    };
  }
  return { ok: true, layer: { ...currentLocal, ...accepted }, applied, warnings };
}

/** The settings as a file an admin can keep, edit and import elsewhere. */
export function exportSettingsFile(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
