import type { z } from 'zod';
import { Settings, SETTINGS_KEYS, type SettingsKey } from './schema';

/** A problem with one setting, named by its path (for example `workingHours.week.mon.hours[0][1]`). */
export interface SettingProblem {
  path: string;
  message: string;
}

/** Where a layer of settings came from. */
export type LayerSource = 'managed' | 'local' | 'file';

/** The settings in force, which keys the school's IT policy has locked, and what was wrong on the way. */
export interface ResolvedSettings {
  settings: Settings;
  locked: SettingsKey[];
  /** Keys the school or the staff member set (either layer); the rest are defaults. */
  configured: SettingsKey[];
  problems: (SettingProblem & { source: LayerSource })[];
  warnings: (SettingProblem & { source: LayerSource })[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Formats a path the way admins read it in JSON: `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

type AnySchema = z.ZodType;
interface Def {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  items?: AnySchema[];
}
const defOf = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let def = defOf(s); ['default', 'optional', 'nullable', 'prefault', 'readonly'].includes(def.type); def = defOf(s)) {
    s = def.innerType!;
  }
  return s;
}

/**
 * Copies `value`, leaving out object keys the schema does not know and reporting each one, so a
 * settings file written for a newer version of Chalkline still applies everything this version knows.
 */
export function stripUnknownKeys(value: unknown, schema: AnySchema, path: PropertyKey[] = [], unknown: string[] = []): unknown {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && isPlainObject(value)) {
    const shape = (unwrap(schema) as unknown as { shape: Record<string, AnySchema> }).shape;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (Object.hasOwn(shape, key)) out[key] = stripUnknownKeys(v, shape[key]!, [...path, key], unknown);
      else unknown.push(formatPath([...path, key]));
    }
    return out;
  }
  if (def.type === 'array' && Array.isArray(value)) {
    return value.map((v, i) => stripUnknownKeys(v, def.element!, [...path, i], unknown));
  }
  if (def.type === 'tuple' && Array.isArray(value)) {
    return value.map((v, i) => (def.items![i] ? stripUnknownKeys(v, def.items![i]!, [...path, i], unknown) : v));
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of named settings',
  tuple: 'a pair of values',
};

/**
 * Plain words for zod's generic issues, passed per parse. Zod uses a schema's own message first, so
 * the specific messages written in the schemas always win over these.
 */
export function plainErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} item(s)` : undefined;
    case 'too_big':
      return issue.origin === 'array' ? `must have at most ${String(issue.maximum)} item(s)` : undefined;
    default:
      return undefined;
  }
}

/** Settings whose values are never repeated in a message: a secret, and a whole pack's text. */
const NOT_QUOTED: readonly SettingsKey[] = ['reportWebhookSecret', 'schoolPack'];
const QUOTE_MAX = 60;

/**
 * The bad value itself, as it was written, so an admin sees `"2026-13-01" is not a real date` rather
 * than hunting for it. Only a single value is quoted (a list or group is named by its path instead),
 * and a long one is cut short.
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value;
    return `${JSON.stringify(shown)} `;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${String(value)} `;
  return '';
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const step of path) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, step)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[step];
  }
  return here;
}

/** Validates one top-level setting; an empty list means it is good. Each problem quotes the value. */
export function checkSetting(key: SettingsKey, value: unknown): SettingProblem[] {
  const result = Settings.shape[key].safeParse(value, { error: plainErrorMap });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: formatPath([key, ...issue.path]),
    message: `${NOT_QUOTED.includes(key) ? '' : quoteValue(valueAt(value, issue.path))}${issue.message}`,
  }));
}

/**
 * Validates a layer (a partial settings object) key by key. Unknown keys are warnings; keys with
 * bad values are problems and are left out of `accepted`, so one bad key never hides the good ones.
 */
export function checkLayer(layer: unknown): {
  accepted: Partial<Record<SettingsKey, unknown>>;
  problems: SettingProblem[];
  warnings: SettingProblem[];
} {
  if (!isPlainObject(layer)) {
    return {
      accepted: {},
      problems: [{ path: '(whole file)', message: 'must be one JSON object of settings, such as {"schoolName": "Oak Hill School"}' }],
      warnings: [],
    };
  }
  const unknown: string[] = [];
  const clean = stripUnknownKeys(layer, Settings, [], unknown) as Record<string, unknown>;
  const warnings = unknown.map((path) => ({ path, message: 'is not a setting Chalkline knows, so it was ignored' }));
  const accepted: Partial<Record<SettingsKey, unknown>> = {};
  const problems: SettingProblem[] = [];
  for (const key of SETTINGS_KEYS) {
    if (!Object.hasOwn(clean, key)) continue;
    const found = checkSetting(key, clean[key]);
    if (found.length) problems.push(...found);
    else accepted[key] = clean[key];
  }
  return { accepted, problems, warnings };
}

/**
 * The settings in force: enterprise policy over the staff member's own choices over the defaults,
 * key by key. A bad value in either layer is reported and skipped, so the last good value (or the
 * default) stays in force rather than the whole configuration failing.
 */
export function resolveSettings(managed: unknown, local: unknown): ResolvedSettings {
  const fromLocal = checkLayer(local ?? {});
  const fromManaged = checkLayer(managed ?? {});
  const tag = (source: LayerSource) => (p: SettingProblem) => ({ ...p, source });
  const settings = Settings.parse({ ...fromLocal.accepted, ...fromManaged.accepted });
  return {
    settings,
    locked: SETTINGS_KEYS.filter((k) => Object.hasOwn(fromManaged.accepted, k)),
    configured: SETTINGS_KEYS.filter((k) => Object.hasOwn(fromManaged.accepted, k) || Object.hasOwn(fromLocal.accepted, k)),
    problems: [...fromManaged.problems.map(tag('managed')), ...fromLocal.problems.map(tag('local'))],
    warnings: [...fromManaged.warnings.map(tag('managed')), ...fromLocal.warnings.map(tag('local'))],
  };
}
