import type { SettingProblem } from './merge';
import type { Settings, SettingsKey } from './schema';

/**
 * Converts between settings values and what staff edit on the options page. Times and dates are the
 * browser's own time and date pickers, one row per period, term or closure day, so nothing has to be
 * typed in a format; lists of words (aliases, official accounts) are one item per line.
 */

/** A period or a term as its two pickers hold it: `''` until a value is chosen. */
export interface SpanDraft {
  start: string;
  end: string;
}

/** One item per line, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** The options form's state: every field as the text, choice or rows a person edits. */
export interface SettingsDraft {
  schoolName: string;
  schoolAliases: string;
  schoolWebsite: string;
  policyPack: string;
  dslName: string;
  dslEmail: string;
  dslPhone: string;
  staffName: string;
  reportWebhookUrl: string;
  reportWebhookSecret: string;
  reportFormat: Settings['reportFormat'];
  rosterUrl: string;
  rosterRefreshMinutes: string;
  mode: Settings['workingHours']['mode'];
  timeZone: string;
  hours: Record<Day, SpanDraft[]>;
  breaks: Record<Day, SpanDraft[]>;
  termDates: SpanDraft[];
  closures: string[];
  bankHolidays: Settings['workingHours']['bankHolidays'];
  privacyReviewDays: string;
  logRetentionDays: string;
  schoolOwnedDevice: boolean;
  officialAccounts: string;
}

const perDay = <T>(f: (d: Day) => T) => Object.fromEntries(DAYS.map((d) => [d, f(d)])) as Record<Day, T>;
const spans = (pairs: readonly (readonly [string, string])[]): SpanDraft[] => pairs.map(([start, end]) => ({ start, end }));

/** Fills the form from the settings in force. */
export function settingsToDraft(s: Settings): SettingsDraft {
  return {
    schoolName: s.schoolName,
    schoolAliases: s.schoolAliases.join('\n'),
    schoolWebsite: s.schoolWebsite,
    policyPack: s.policyPack,
    dslName: s.dsl.name,
    dslEmail: s.dsl.email,
    dslPhone: s.dsl.phone ?? '',
    staffName: s.staffName,
    reportWebhookUrl: s.reportWebhookUrl,
    reportWebhookSecret: s.reportWebhookSecret,
    reportFormat: s.reportFormat,
    rosterUrl: s.roster.url,
    rosterRefreshMinutes: String(s.roster.refreshMinutes),
    mode: s.workingHours.mode,
    timeZone: s.workingHours.timeZone,
    hours: perDay((d) => spans(s.workingHours.week[d].hours)),
    breaks: perDay((d) => spans(s.workingHours.week[d].breaks)),
    termDates: s.workingHours.termDates.map((t) => ({ ...t })),
    closures: [...s.workingHours.closures],
    bankHolidays: s.workingHours.bankHolidays,
    privacyReviewDays: String(s.privacyReviewDays),
    logRetentionDays: String(s.logRetentionDays),
    schoolOwnedDevice: s.schoolOwnedDevice,
    officialAccounts: s.officialAccounts.join('\n'),
  };
}

/** A whole number typed into a box, or the text itself so validation names it. */
function numberOrText(text: string): number | string {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : text;
}

/**
 * Rows with both ends chosen become pairs; rows left blank are dropped (an "Add" pressed by mistake);
 * a row with only one end is reported at its own path, since guessing the other end would be wrong.
 */
function readSpans(rows: readonly SpanDraft[], path: string, what: 'time' | 'date', problems: SettingProblem[]): SpanDraft[] {
  const out: SpanDraft[] = [];
  rows.forEach((row, i) => {
    const start = row.start.trim();
    const end = row.end.trim();
    if (!start && !end) return;
    if (!start || !end) {
      problems.push({ path: `${path}[${i}]`, message: what === 'time' ? 'needs both a start time and an end time' : 'needs both a first day and a last day' });
      return;
    }
    out.push({ start, end });
  });
  return out;
}

/**
 * Turns the form back into a settings layer for the keys that are not locked by policy. A half-filled
 * row is reported by path; validation of the values themselves is left to the schema (checkLayer).
 */
export function draftToLayer(
  draft: SettingsDraft,
  locked: readonly SettingsKey[],
): { layer: Record<string, unknown>; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const pairs = (rows: readonly SpanDraft[], path: string) => readSpans(rows, path, 'time', problems).map((s) => [s.start, s.end]);
  const week = perDay((d) => ({
    hours: pairs(draft.hours[d], `workingHours.week.${d}.hours`),
    breaks: pairs(draft.breaks[d], `workingHours.week.${d}.breaks`),
  }));
  const termDates = readSpans(draft.termDates, 'workingHours.termDates', 'date', problems);
  // The pack a school delivers as text has no box on the form: saving the form keeps it as it is.
  const all: Record<Exclude<SettingsKey, 'schoolPack'>, unknown> = {
    schoolName: draft.schoolName,
    schoolAliases: parseLines(draft.schoolAliases),
    schoolWebsite: draft.schoolWebsite.trim(),
    policyPack: draft.policyPack,
    dsl: { name: draft.dslName, email: draft.dslEmail.trim(), ...(draft.dslPhone.trim() ? { phone: draft.dslPhone } : {}) },
    staffName: draft.staffName,
    reportWebhookUrl: draft.reportWebhookUrl.trim(),
    reportWebhookSecret: draft.reportWebhookSecret.trim(),
    reportFormat: draft.reportFormat,
    roster: { url: draft.rosterUrl.trim(), refreshMinutes: numberOrText(draft.rosterRefreshMinutes) },
    workingHours: {
      mode: draft.mode,
      timeZone: draft.timeZone.trim(),
      week,
      termDates,
      closures: draft.closures.map((c) => c.trim()).filter(Boolean),
      bankHolidays: draft.bankHolidays,
    },
    privacyReviewDays: numberOrText(draft.privacyReviewDays),
    logRetentionDays: numberOrText(draft.logRetentionDays),
    schoolOwnedDevice: draft.schoolOwnedDevice,
    officialAccounts: parseLines(draft.officialAccounts),
  };
  const layer = Object.fromEntries(Object.entries(all).filter(([k]) => !locked.includes(k as SettingsKey)));
  return { layer, problems };
}
