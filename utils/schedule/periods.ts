import type { Settings } from '@/utils/config/schema';
import { toMinutes, type DayKey } from './clock';

/** Minutes from midnight of a day; an end past 1440 runs into the next day. */
export type Span = readonly [start: number, end: number];

type Week = Settings['workingHours']['week'];
type Period = readonly [string, string];

/** A period as minutes; one that ends earlier than it starts runs past midnight. */
function span([a, b]: Period): Span {
  const start = toMinutes(a);
  const end = toMinutes(b);
  return [start, end > start ? end : end + 1440];
}

/** Sorts and joins overlapping or touching spans, so "08:30–12:00" and "11:00–15:30" become one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const contains = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];

/**
 * Where a break sits in the day's working time. A break is read against its own day's hours: on a
 * day that runs 22:00–06:00, a 02:00 break is the one after midnight. Null when it is in no period.
 */
function placeBreak(hours: readonly Span[], brk: Period): Span | null {
  const s = span(brk);
  if (hours.some((h) => contains(h, s))) return s;
  const later: Span = [s[0] + 1440, s[1] + 1440];
  return hours.some((h) => contains(h, later)) ? later : null;
}

/** One weekday's working time as spans from that day's midnight: merged hours and the breaks inside them. */
export interface DaySpans {
  hours: Span[];
  breaks: Span[];
}

/** The spans of one weekday. Breaks that fall outside the hours are dropped (scheduleProblems reports them). */
export function daySpans(week: Week, day: DayKey): DaySpans {
  const hours = mergeSpans(week[day].hours.map(span));
  const breaks = mergeSpans(week[day].breaks.flatMap((b) => {
    const placed = placeBreak(hours, b);
    return placed ? [placed] : [];
  }));
  return { hours, breaks };
}

const DAY_NAMES: Record<DayKey, string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/**
 * What is wrong with a working week, as settings problems. The schema has checked each time; this
 * checks that the times make sense together: a break must lie inside that day's hours, since a break
 * anywhere else changes nothing and is almost always a typing slip (21:00 for 12:00).
 */
export function scheduleProblems(week: Week): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const day of Object.keys(DAY_NAMES) as DayKey[]) {
    const hours = mergeSpans(week[day].hours.map(span));
    week[day].breaks.forEach((b, i) => {
      if (!placeBreak(hours, b)) {
        problems.push({ path: `week.${day}.breaks.${i}`, message: `the break ${b[0]}–${b[1]} is not inside ${DAY_NAMES[day]}’s working hours` });
      }
    });
  }
  return problems;
}
