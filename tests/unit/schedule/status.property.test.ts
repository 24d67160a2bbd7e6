import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '@/utils/config/schema';
import { scheduleStatus, type ScheduleInput } from '@/utils/schedule';
import { DAY_KEYS } from '@/utils/schedule/clock';

// A period is generated as minutes (start, length) with breaks as (offset, length) inside it, so the
// oracle below can answer from those numbers without sharing any code with the schedule.
const hhmm = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const period = fc.record({ start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 1439 }) }).chain(({ start, length }) =>
  fc.record({
    start: fc.constant(start),
    length: fc.constant(length),
    breaks: fc.array(
      fc.integer({ min: 0, max: length - 1 }).chain((offset) => fc.record({ offset: fc.constant(offset), length: fc.integer({ min: 1, max: length - offset }) })),
      { maxLength: 2 },
    ),
  }),
);
const daySchedule = fc.array(period, { maxLength: 2 });
const isoDay = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const schedule = fc.record({
  days: fc.tuple(daySchedule, daySchedule, daySchedule, daySchedule, daySchedule, daySchedule, daySchedule),
  terms: fc.array(fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })), { maxLength: 2 }),
  closures: fc.array(isoDay, { maxLength: 4 }),
  timeZone: fc.constantFrom('UTC', 'Europe/London', 'America/New_York'),
});
type Generated = typeof schedule extends fc.Arbitrary<infer T> ? T : never;

function toInput(g: Generated): ScheduleInput {
  const week = Object.fromEntries(
    DAY_KEYS.map((d, i) => [
      d,
      {
        hours: g.days[i]!.map((p) => [hhmm(p.start), hhmm(p.start + p.length)]),
        breaks: g.days[i]!.flatMap((p) => p.breaks.map((b) => [hhmm(p.start + b.offset), hhmm(p.start + b.offset + b.length)])),
      },
    ]),
  );
  const workingHours = Settings.shape.workingHours.parse({ ...DEFAULT_SETTINGS.workingHours, timeZone: g.timeZone, week, termDates: g.terms, closures: g.closures });
  return { workingHours, schoolOwnedDevice: false, bankHolidays: new Set(['2026-12-25', '2027-05-03']) };
}
const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });

describe('scheduleStatus (properties)', () => {
  it('never changes "restricted" before the boundary it names, and always changes at it', () => {
    fc.assert(
      fc.property(schedule, instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (g, t, r) => {
        const input = toInput(g);
        const now = scheduleStatus(input, t);
        if (now.until === null) {
          expect(scheduleStatus(input, t + Math.floor(r * 14 * 86_400_000)).restricted).toBe(now.restricted);
          return;
        }
        expect(now.until).toBeGreaterThan(t);
        expect(scheduleStatus(input, t + Math.floor(r * (now.until - t))).restricted).toBe(now.restricted);
        expect(scheduleStatus(input, now.until).restricted).toBe(!now.restricted);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with a minute-by-minute reading of the timetable (UTC)', () => {
    fc.assert(
      fc.property(schedule.map((g) => ({ ...g, timeZone: 'UTC' as const })), instant, (g, t) => {
        const input = toInput(g);
        const working = (date: string) =>
          !g.closures.includes(date) && !input.bankHolidays.has(date) && (g.terms.length === 0 || g.terms.some((x) => x.start <= date && date <= x.end));
        let expected = false;
        for (const back of [0, 1]) {
          const midnight = Math.floor(t / 86_400_000) * 86_400_000 - back * 86_400_000;
          const date = new Date(midnight).toISOString().slice(0, 10);
          if (!working(date)) continue;
          const m = (t - midnight) / 60_000;
          const periods = g.days[new Date(midnight).getUTCDay()]!;
          const inside = (x: number) => periods.some((p) => x >= p.start && x < p.start + p.length);
          // The documented reading of a break: on its own day if that day's hours hold it, else just after midnight.
          const breaks = periods.flatMap((p) =>
            p.breaks.map((b) => {
              const at = (p.start + b.offset) % 1440;
              const placed = periods.some((q) => at >= q.start && at + b.length <= q.start + q.length) ? at : at + 1440;
              return [placed, placed + b.length] as const;
            }),
          );
          if (inside(m) && !breaks.some(([s, e]) => m >= s && m < e)) expected = true;
        }
        expect(scheduleStatus(input, t).restricted).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
