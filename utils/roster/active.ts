import type { RosterEntry } from './types';

/**
 * Whether the policies still apply to this person on `today` (YYYY-MM-DD). Former pupils count only
 * while they are under 19; one with no known date of birth is treated as under 19, the safe side.
 */
export function isActive(entry: Pick<RosterEntry, 'role' | 'turns19On'>, today: string): boolean {
  return entry.role !== 'former_pupil' || entry.turns19On === undefined || today < entry.turns19On;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the school's time zone as YYYY-MM-DD (en-CA formats dates that way). Formatters are kept: making one costs more than using it. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = FORMATS.get(timeZone);
  if (!format) FORMATS.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
}
