import { TZDate } from '@date-fns/tz';

/**
 * When the privacy review is due and when to remind, as pure functions of stored times. Days are
 * counted on the school's calendar, so a review finished at 10:00 in September is due at 10:00 in
 * December although the clocks went back in between.
 */

/** The stored times the schedule works from (ms since the epoch). */
export interface ReviewTimes {
  /** When Chalkline first ran on this device: the first review is due then (WASPS 2.3.3, on joining). */
  firstSeenAt: number;
  lastCompletedAt?: number;
  /** "Remind me tomorrow": no notification before this. */
  snoozedUntil?: number;
  /** The last notification: another comes no sooner than the next morning. */
  lastRemindedAt?: number;
}

/** Reminders wait for the morning, when the person is likely to have time to act on one. */
export const REMIND_HOUR = 9;

/** `days` calendar days after `instant`, at the same wall-clock time in `timeZone`. */
export function addCalendarDays(instant: number, days: number, timeZone: string): number {
  const local = new TZDate(instant, timeZone);
  local.setDate(local.getDate() + days);
  return local.getTime();
}

/** 09:00 in `timeZone` on the calendar day after `instant`. */
export function nextMorning(instant: number, timeZone: string): number {
  const local = new TZDate(instant, timeZone);
  const morning = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, REMIND_HOUR, 0, 0, 0, timeZone);
  return morning.getTime();
}

/** When the review is due: at once until one is finished, then `intervalDays` after the last one. */
export function reviewDueAt(times: ReviewTimes, intervalDays: number, timeZone: string): number {
  return times.lastCompletedAt === undefined ? times.firstSeenAt : addCalendarDays(times.lastCompletedAt, intervalDays, timeZone);
}

/** True from the moment the review is due until one is finished; snoozing does not change it. */
export function reviewOverdue(times: ReviewTimes, intervalDays: number, timeZone: string, now: number): boolean {
  return now >= reviewDueAt(times, intervalDays, timeZone);
}

/**
 * When to raise the next notification: when the review falls due, but not before a snooze ends, and
 * at most once a day (the next morning after the last one), so an ignored reminder neither vanishes
 * nor nags.
 */
export function nextReminderAt(times: ReviewTimes, intervalDays: number, timeZone: string): number {
  const due = reviewDueAt(times, intervalDays, timeZone);
  const afterLast = times.lastRemindedAt !== undefined && times.lastRemindedAt >= due ? nextMorning(times.lastRemindedAt, timeZone) : -Infinity;
  return Math.max(due, times.snoozedUntil ?? -Infinity, afterLast);
}
