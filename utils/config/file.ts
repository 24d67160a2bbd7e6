import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkLayer, isPlainObject, type SettingProblem } from './merge';
import { Settings, SETTINGS_KEYS, type SettingsKey } from './schema';

/** The outcome of reading a settings file: either everything to apply, or every reason it cannot be. */
export type SettingsFileResult =
  | { ok: true; layer: Record<string, unknown>; applied: SettingsKey[]; warnings: SettingProblem[] }
  | { ok: false; problems: SettingProblem[]; warnings: SettingProblem[] };

/** The largest settings file accepted; a real one is a few kilobytes. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

/**
 * Says where a JSON file first goes wrong, as line and column. Browsers word JSON.parse errors
 * differently (and V8 often gives no position), so a real JSON parser locates the fault instead.
 */
export function describeJsonError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'is not valid JSON';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return `is not valid JSON: the problem is at line ${line}, column ${column} (${printParseErrorCode(first.error)})`;
}

/** The refusal for a file too large to be a settings file (also said before reading one at all). */
export function settingsFileTooLarge(): SettingsFileResult {
  return { ok: false, problems: [{ path: '(whole file)', message: 'is too large to be a settings file (over 1 MB)' }], warnings: [] };
}

/**
 * Reads a settings file against the staff member's current local layer. The keys the file holds
 * replace the current values and the rest stay; unknown keys are warned about and ignored; if any
 * value is wrong, nothing at all is applied and every problem is listed by key.
 */
export function readSettingsFile(text: string, currentLocal: Record<string, unknown>): SettingsFileResult {
  if (new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES) return settingsFileTooLarge();
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, problems: [{ path: '(whole file)', message: describeJsonError(body) }], warnings: [] };
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
