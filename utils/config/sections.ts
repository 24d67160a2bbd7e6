import type { SettingsKey } from './schema';
import { draftToLayer, type SettingsDraft } from './form';
import type { SettingProblem } from './merge';

/**
 * The options page saves one section at a time, so a change to the DSL's address is never held up by
 * a half-typed term date, and "Saved" names what was saved. Each section owns some settings keys and
 * the draft fields that edit them.
 */
export const SECTIONS = {
  you: { keys: ['staffName'], fields: ['staffName'] },
  school: { keys: ['schoolName', 'schoolAliases', 'schoolWebsite', 'policyPack'], fields: ['schoolName', 'schoolAliases', 'schoolWebsite', 'policyPack'] },
  dsl: {
    keys: ['dsl', 'reportWebhookUrl', 'reportFormat', 'reportWebhookSecret'],
    fields: ['dslName', 'dslEmail', 'dslPhone', 'reportWebhookUrl', 'reportFormat', 'reportWebhookSecret'],
  },
  roster: { keys: ['roster'], fields: ['rosterUrl', 'rosterRefreshMinutes'] },
  hours: {
    keys: ['workingHours', 'officialAccounts', 'schoolOwnedDevice'],
    fields: ['mode', 'timeZone', 'hours', 'breaks', 'termDates', 'closures', 'bankHolidays', 'officialAccounts', 'schoolOwnedDevice'],
  },
  privacy: { keys: ['privacyReviewDays', 'logRetentionDays'], fields: ['privacyReviewDays', 'logRetentionDays'] },
} as const satisfies Record<string, { keys: readonly SettingsKey[]; fields: readonly (keyof SettingsDraft)[] }>;

export type SectionId = keyof typeof SECTIONS;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether any field of the section differs from the settings in force. */
export function isDirty(section: SectionId, draft: SettingsDraft, base: SettingsDraft): boolean {
  return SECTIONS[section].fields.some((f) => !same(draft[f], base[f]));
}

/** Whether a problem's path belongs to one of the section's keys. */
export function inSection(section: SectionId, path: string): boolean {
  return (SECTIONS[section].keys as readonly string[]).some((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`));
}

/** The layer to save for one section (its unlocked keys only), and the rows it could not read. */
export function sectionLayer(
  section: SectionId,
  draft: SettingsDraft,
  locked: readonly SettingsKey[],
): { layer: Record<string, unknown>; problems: SettingProblem[] } {
  const { layer, problems } = draftToLayer(draft, locked);
  const keys: readonly string[] = SECTIONS[section].keys;
  return {
    layer: Object.fromEntries(Object.entries(layer).filter(([k]) => keys.includes(k))),
    problems: problems.filter((p) => inSection(section, p.path)),
  };
}

/**
 * The draft after the settings in force changed (a section saved, a file imported, policy arrived):
 * each field the person has not touched follows the new settings; each field they are still editing
 * keeps what they typed, so saving one section never wipes unsaved work in another. The fields in
 * `settled` (a section just saved) follow the new settings whatever was typed, so the form shows
 * what was actually kept (trimmed, sorted) rather than the keystrokes.
 */
export function rebaseDraft(draft: SettingsDraft, oldBase: SettingsDraft, newBase: SettingsDraft, settled: readonly (keyof SettingsDraft)[] = []): SettingsDraft {
  const out = { ...newBase } as Record<keyof SettingsDraft, unknown>;
  for (const key of Object.keys(newBase) as (keyof SettingsDraft)[]) {
    if (!settled.includes(key) && !same(draft[key], oldBase[key])) out[key] = draft[key];
  }
  return out as unknown as SettingsDraft;
}
