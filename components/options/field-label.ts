import { t, type MessageKey } from '@/utils/i18n';

const DRAFT_KEY_FOR_PATH: Record<string, string> = {
  'dsl.name': 'dslName',
  'dsl.email': 'dslEmail',
  'dsl.phone': 'dslPhone',
  'roster.url': 'rosterUrl',
  'roster.refreshMinutes': 'rosterRefreshMinutes',
  'workingHours.mode': 'mode',
  'workingHours.timeZone': 'timeZone',
  'workingHours.termDates': 'termDates',
  'workingHours.closures': 'closures',
  'workingHours.bankHolidays': 'bankHolidays',
};

/** Settings edited as rows of pickers, where a problem's index is a row on the form. */
const ROWS = /^(workingHours\.(?:termDates|closures|week\.\w+\.(?:hours|breaks)))\[(\d+)\]/;

/**
 * The words on the form for a settings path, so staff read "Monday working hours, row 2" rather than
 * `workingHours.week.mon.hours[1][0]` in the list of problems.
 */
export function fieldLabel(path: string): string {
  const row = ROWS.exec(path);
  const base = row ? row[1]! : path.replace(/\[\d+\].*$/, '');
  const day = /^workingHours\.week\.(\w+)\.(hours|breaks)$/.exec(base);
  const name = day
    ? t(day[2] === 'hours' ? 'dayHoursLabel' : 'dayBreaksLabel', t(`day_${day[1]}` as MessageKey))
    : t(`setting_${DRAFT_KEY_FOR_PATH[base] ?? base}` as MessageKey);
  return row ? t('fieldRow', [name, String(Number(row[2]) + 1)]) : name;
}

/**
 * Where a problem's link takes the focus: the row's own control when the form has one, else the
 * field that holds it. Candidates run from the most to the least specific.
 */
export function focusCandidates(path: string): string[] {
  const row = ROWS.exec(path);
  return [...new Set([path, ...(row ? [`${row[1]}[${row[2]}]`] : []), path.replace(/\[\d+\].*$/, '')])];
}
