import type { ScheduleStatus } from './status';

/** What the toolbar button shows: a few characters, a colour, and the words behind them for its tooltip. */
export interface Badge {
  text: string;
  color: string;
  /** A message key and its substitutions, so the worker can say it in the staff member's language. */
  title: { key: 'badgePaused' | 'badgeDevice' | 'badgeBreak' | 'badgeWarn' | 'badgeFree'; args: string[] };
}

const PAUSED = '#b3261e';
const BREAK = '#1b6e3a';
const WARN = '#8a5300';

/** "12m", or "2h" once it is an hour and a half or more: a badge holds about four characters. */
export function countdown(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes < 90 ? `${minutes}m` : `${Math.round(minutes / 60)}h`;
}

/** The badge for a status: a pause sign while paused, the minutes left of a break during one. */
export function badgeFor(status: ScheduleStatus, now: number, clock: (ms: number) => string): Badge {
  if (status.reason === 'school-device') return { text: '⏸', color: PAUSED, title: { key: 'badgeDevice', args: [] } };
  const until = status.until === null ? '' : clock(status.until);
  if (status.restricted && status.enforcement === 'warn') return { text: '!', color: WARN, title: { key: 'badgeWarn', args: [until] } };
  if (status.restricted) return { text: '⏸', color: PAUSED, title: { key: 'badgePaused', args: [until] } };
  if (status.phase === 'break' && status.until !== null) {
    return { text: countdown(status.until - now), color: BREAK, title: { key: 'badgeBreak', args: [until] } };
  }
  return { text: '', color: BREAK, title: { key: 'badgeFree', args: [] } };
}

/** "12:00" as the school's clocks read it; a date is added when it is not today there. */
export function schoolClock(timeZone: string, now: number): (ms: number) => string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const today = day.format(now);
  return (ms) => (day.format(ms) === today ? time.format(ms) : `${day.format(ms)}, ${time.format(ms)}`);
}
