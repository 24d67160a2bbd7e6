import type { SettingProblem } from './merge';
import type { Settings, SettingsKey } from './schema';

/**
 * Converts between settings values and the plain text staff type into the options form. Lists are
 * one item per line; periods are written "08:30-15:30", several separated by commas.
 */

export type Period = [string, string];

/** "08:30-12:00, 13:00-15:30" for [["08:30","12:00"],["13:00","15:30"]]. */
export function formatPeriods(periods: readonly Period[]): string {
  return periods.map(([a, b]) => `${a}-${b}`).join(', ');
}

/**
 * Reads periods written as "08:30-15:30, 16:00-17:00". Any dash (-, –, —) or "to" separates start
 * and end; returns the text that could not be read so the form can point at it.
 */
export function parsePeriods(text: string): { periods: Period[]; unreadable: string[] } {
  const periods: Period[] = [];
  const unreadable: string[] = [];
  for (const part of text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{1,2})[:.](\d{2})\s*(?:-|–|—|to)\s*(\d{1,2})[:.](\d{2})$/i.exec(part);
    if (!m) {
      unreadable.push(part);
      continue;
    }
    const pad = (h: string) => h.padStart(2, '0');
    periods.push([`${pad(m[1]!)}:${m[2]}`, `${pad(m[3]!)}:${m[4]}`]);
  }
  return { periods, unreadable };
}

/** One item per line, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "2026-09-03 to 2026-10-23" lines ↔ term dates. */
export function formatTerms(terms: readonly { start: string; end: string }[]): string {
  return terms.map((t) => `${t.start} to ${t.end}`).join('\n');
}

/** Reads term lines; a line that is not "START to END" is returned in `unreadable`. */
export function parseTerms(text: string): { terms: { start: string; end: string }[]; unreadable: string[] } {
  const terms: { start: string; end: string }[] = [];
  const unreadable: string[] = [];
  for (const line of parseLines(text)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*(?:to|-|–|—)\s*(\d{4}-\d{2}-\d{2})$/i.exec(line);
    if (m) terms.push({ start: m[1]!, end: m[2]! });
    else unreadable.push(line);
  }
  return { terms, unreadable };
}


export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** The options form's state: every field as the text or choice a person edits. */
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
  hours: Record<Day, string>;
  breaks: Record<Day, string>;
  termDates: string;
  closures: string;
  bankHolidays: Settings['workingHours']['bankHolidays'];
  privacyReviewDays: string;
  logRetentionDays: string;
  schoolOwnedDevice: boolean;
  officialAccounts: string;
}

const perDay = (f: (d: Day) => string) => Object.fromEntries(DAYS.map((d) => [d, f(d)])) as Record<Day, string>;

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
    hours: perDay((d) => formatPeriods(s.workingHours.week[d].hours)),
    breaks: perDay((d) => formatPeriods(s.workingHours.week[d].breaks)),
    termDates: formatTerms(s.workingHours.termDates),
    closures: s.workingHours.closures.join('\n'),
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
 * Turns the form back into a settings layer for the keys that are not locked by policy. Text that
 * cannot be read (a period written "half eight") is reported by path; validation of the values
 * themselves is left to the schema (checkLayer).
 */
export function draftToLayer(
  draft: SettingsDraft,
  locked: readonly SettingsKey[],
): { layer: Record<string, unknown>; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const unreadable = (path: string, parts: string[]) => {
    if (parts.length) problems.push({ path, message: `could not read “${parts.join('”, “')}”: write times like 08:30-15:30` });
  };
  const week = Object.fromEntries(
    DAYS.map((d) => {
      const hours = parsePeriods(draft.hours[d]);
      const breaks = parsePeriods(draft.breaks[d]);
      unreadable(`workingHours.week.${d}.hours`, hours.unreadable);
      unreadable(`workingHours.week.${d}.breaks`, breaks.unreadable);
      return [d, { hours: hours.periods, breaks: breaks.periods }];
    }),
  );
  const terms = parseTerms(draft.termDates);
  if (terms.unreadable.length) {
    problems.push({
      path: 'workingHours.termDates',
      message: `could not read “${terms.unreadable.join('”, “')}”: write each term as 2026-09-03 to 2026-10-23`,
    });
  }
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
      termDates: terms.terms,
      closures: parseLines(draft.closures),
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
