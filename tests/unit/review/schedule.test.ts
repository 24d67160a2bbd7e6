import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, nextMorning, nextReminderAt, reviewDueAt, reviewOverdue } from '@/utils/review/schedule';

const LONDON = 'Europe/London';
const at = (iso: string) => Date.parse(iso);

describe('privacy review schedule', () => {
  it('first run: due at once, so a new member of staff reviews on joining', () => {
    const times = { firstSeenAt: at('2026-09-01T07:30:00Z') };
    expect(reviewDueAt(times, 90, LONDON)).toBe(times.firstSeenAt);
    expect(reviewOverdue(times, 90, LONDON, times.firstSeenAt)).toBe(true);
    expect(nextReminderAt(times, 90, LONDON)).toBe(times.firstSeenAt);
  });

  it('after a finished review: due the interval later at the same wall-clock time, across the clocks going back', () => {
    // 10:00 BST on 1 September; 90 days later is 30 November, 10:00 GMT.
    const times = { firstSeenAt: at('2026-08-01T00:00:00Z'), lastCompletedAt: at('2026-09-01T09:00:00Z') };
    expect(new Date(reviewDueAt(times, 90, LONDON)).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(reviewOverdue(times, 90, LONDON, at('2026-11-30T09:59:00Z'))).toBe(false);
    expect(reviewOverdue(times, 90, LONDON, at('2026-11-30T10:00:00Z'))).toBe(true);
  });

  it('and across the clocks going forward', () => {
    // 10:00 GMT on 1 February; 60 days later is 2 April, 10:00 BST (09:00 UTC).
    expect(new Date(addCalendarDays(at('2027-02-01T10:00:00Z'), 60, LONDON)).toISOString()).toBe('2027-04-02T09:00:00.000Z');
  });

  it('a changed interval moves the due date from the last review, not from the change', () => {
    const times = { firstSeenAt: 0, lastCompletedAt: at('2026-09-01T09:00:00Z') };
    expect(new Date(reviewDueAt(times, 30, LONDON)).toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(new Date(reviewDueAt(times, 180, LONDON)).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });

  it('"Remind me tomorrow" waits until 09:00 the next day in the school\'s zone; the review stays overdue meanwhile', () => {
    const times = { firstSeenAt: at('2026-12-03T15:20:00Z'), snoozedUntil: nextMorning(at('2026-12-03T15:21:00Z'), LONDON) };
    expect(new Date(times.snoozedUntil).toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(nextReminderAt(times, 90, LONDON)).toBe(times.snoozedUntil);
    expect(reviewOverdue(times, 90, LONDON, at('2026-12-03T16:00:00Z'))).toBe(true);
    // Late at night in summer: the next morning is 09:00 BST.
    expect(new Date(nextMorning(at('2026-07-10T22:30:00Z'), LONDON)).toISOString()).toBe('2026-07-11T08:00:00.000Z');
  });

  it('an ignored reminder comes back the next morning, not sooner and not never', () => {
    const times = { firstSeenAt: at('2026-12-01T08:00:00Z'), lastRemindedAt: at('2026-12-01T08:00:05Z') };
    expect(new Date(nextReminderAt(times, 90, LONDON)).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    // A reminder from before the last review does not hold back the next one.
    const later = { firstSeenAt: 0, lastRemindedAt: at('2026-09-01T08:00:00Z'), lastCompletedAt: at('2026-09-01T09:00:00Z') };
    expect(nextReminderAt(later, 90, LONDON)).toBe(reviewDueAt(later, 90, LONDON));
  });

  it('the next reminder is never before the due date, and the due date is never before the last review', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4e12 }),
        fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 4e12 }), { nil: undefined }),
        fc.integer({ min: 7, max: 366 }),
        fc.constantFrom('Europe/London', 'Europe/Dublin', 'UTC', 'America/New_York'),
        (firstSeenAt, lastCompletedAt, snoozedUntil, days, zone) => {
          const times = { firstSeenAt, lastCompletedAt, snoozedUntil };
          const due = reviewDueAt(times, days, zone);
          expect(nextReminderAt(times, days, zone)).toBeGreaterThanOrEqual(due);
          if (lastCompletedAt !== undefined) expect(due).toBeGreaterThan(lastCompletedAt + (days - 1) * 86_400_000);
        },
      ),
    );
  });
});
