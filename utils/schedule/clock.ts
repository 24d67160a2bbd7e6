import { TZDate } from '@date-fns/tz';

/**
 * Wall-clock arithmetic in the school's time zone. Everything here is a pure function of its
 * arguments; the zone rules come from the browser's own Intl data through @date-fns/tz, so a school
 * in Europe/London gets its clocks changing on the right Sunday without any table of ours.
 */

export const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayKey = (typeof DAY_KEYS)[number];

/** A school-local calendar date, YYYY-MM-DD. */
export type DateKey = string;

const pad = (n: number) => String(n).padStart(2, '0');

/** The school's local date, weekday and minutes since midnight at an instant. */
export function localParts(timeZone: string, instant: Date | number): { date: DateKey; day: DayKey; minutes: number } {
  const local = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    day: DAY_KEYS[local.getDay()]!,
    minutes: local.getHours() * 60 + local.getMinutes(),
  };
}

/** The date `days` after (or before) a date. Calendar arithmetic only: no zone is involved. */
export function addDays(date: DateKey, days: number): DateKey {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The weekday of a calendar date. */
export function weekday(date: DateKey): DayKey {
  return DAY_KEYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

/** Per zone and date: the UTC offset (minutes) when it holds all day, or null on a day the clocks change. */
const STEADY = new Map<string, number | null>();

function steadyOffset(date: DateKey, timeZone: string, y: number, m: number, d: number): number | null {
  const key = `${timeZone}|${date}`;
  let offset = STEADY.get(key);
  if (offset === undefined) {
    // Building a zoned date costs ~20 µs; a school's days are asked about again and again.
    const start = -new TZDate(y, m - 1, d, 0, 0, timeZone).getTimezoneOffset();
    const end = -new TZDate(y, m - 1, d, 23, 59, timeZone).getTimezoneOffset();
    offset = start === end ? start : null;
    if (STEADY.size > 5000) STEADY.clear();
    STEADY.set(key, offset);
  }
  return offset;
}

/**
 * The instant at which the school's clocks show `minutes` after midnight of `date` (minutes may run
 * past 1440 into the next days). On the spring change a time that never happens (01:30 in London)
 * moves forward by the gap, and on the autumn change a time that happens twice means the second,
 * as @date-fns/tz resolves them: a period is never lost, at worst an hour longer or shorter.
 */
export function zonedInstant(date: DateKey, minutes: number, timeZone: string): number {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const day = days ? addDays(date, days) : date;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const offset = steadyOffset(day, timeZone, y, m, d);
  if (offset !== null) return Date.UTC(y, m - 1, d, 0, rest) - offset * 60_000;
  return new TZDate(y, m - 1, d, Math.floor(rest / 60), rest % 60, timeZone).getTime();
}

/** "08:30" → 510. The settings schema has already checked the form. */
export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
