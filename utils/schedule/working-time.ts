import type { Settings } from '@/utils/config/schema';

const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The school's local date (YYYY-MM-DD), weekday and minutes since midnight at an instant. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function localParts(timeZone: string, instant: Date): { date: string; day: (typeof DAY_KEYS)[number]; minutes: number } {
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short' });
    FORMATS.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = (parts.weekday ?? 'Mon').slice(0, 3).toLowerCase() as (typeof DAY_KEYS)[number];
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const within = (m: number, [a, b]: readonly [string, string]) => {
  const start = toMinutes(a);
  const end = toMinutes(b);
  return start < end ? m >= start && m < end : m >= start || m < end;
};

/**
 * Whether an instant falls in the school's working time: a term day (or any day when no terms are
 * set), not a closure, inside the day's hours. Breaks count as working time here: the colleague rule
 * is about "outside working hours", and a break is still the working day. (Issue 5 builds the full
 * schedule — breaks, bank holidays, periods past midnight — on top of this.)
 */
export function isWorkingTime(hours: Settings['workingHours'], instant: Date): boolean {
  const { date, day, minutes } = localParts(hours.timeZone, instant);
  if (hours.closures.includes(date)) return false;
  if (hours.termDates.length > 0 && !hours.termDates.some((t) => t.start <= date && date <= t.end)) return false;
  return hours.week[day].hours.some((p) => within(minutes, p));
}
