import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/config/schema';
import { scheduleStatus, type ScheduleInput } from '@/utils/schedule';

type Hours = Settings['workingHours'];
const NO_DAY = { hours: [], breaks: [] } as Hours['week']['mon'];

/** The default school day (08:30–15:30, breaks 10:30–10:45 and 12:00–13:00) in Europe/London. */
function input(hours: Partial<Hours> = {}, extra: Partial<Omit<ScheduleInput, 'workingHours'>> = {}): ScheduleInput {
  return { workingHours: { ...DEFAULT_SETTINGS.workingHours, ...hours }, schoolOwnedDevice: false, bankHolidays: new Set(), ...extra };
}
const week = (days: Partial<Hours['week']>): Hours['week'] => ({ mon: NO_DAY, tue: NO_DAY, wed: NO_DAY, thu: NO_DAY, fri: NO_DAY, sat: NO_DAY, sun: NO_DAY, ...days });
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().replace('.000', ''));

describe('scheduleStatus on an ordinary school day (Monday 23 November 2026, GMT)', () => {
  const s = (time: string) => scheduleStatus(input(), at(`2026-11-23T${time}Z`));

  it('pauses in lessons and says the next break', () => {
    const status = s('09:00:00');
    expect(status).toMatchObject({ restricted: true, reason: 'working-hours', phase: 'working', enforcement: 'block', next: 'break' });
    expect(iso(status.until)).toBe('2026-11-23T10:30:00Z');
    expect(status.nextBreak).toEqual({ start: at('2026-11-23T10:30:00Z'), end: at('2026-11-23T10:45:00Z') });
    expect(status.periodId).toBe(`hours:${at('2026-11-23T08:30:00Z')}`);
  });
  it('lets through from the first minute of a break until its end', () => {
    for (const time of ['10:30:00', '10:44:59']) {
      const status = s(time);
      expect(status).toMatchObject({ restricted: false, phase: 'break' });
      expect(iso(status.until)).toBe('2026-11-23T10:45:00Z');
      expect(status.nextBreak).toEqual({ start: at('2026-11-23T10:30:00Z'), end: at('2026-11-23T10:45:00Z') });
    }
  });
  it('starts a new period after each break, so tabs opened in the break are swept again', () => {
    expect(s('10:45:00').periodId).not.toBe(s('10:29:59').periodId);
    expect(s('10:45:00').periodId).toBe(s('11:59:59').periodId);
  });
  it('names the end of the day when no break is left', () => {
    const status = s('13:00:00');
    expect(status).toMatchObject({ restricted: true, next: 'end-of-day', nextBreak: null });
    expect(iso(status.until)).toBe('2026-11-23T15:30:00Z');
  });
  it('is free before and after hours, and knows when the next day starts', () => {
    expect(s('08:29:59')).toMatchObject({ restricted: false, phase: 'outside', dayOff: null, until: at('2026-11-23T08:30:00Z') });
    expect(s('15:30:00')).toMatchObject({ restricted: false, phase: 'outside', until: at('2026-11-24T08:30:00Z') });
  });
  it('skips the weekend', () => {
    expect(scheduleStatus(input(), at('2026-11-27T15:30:00Z')).until).toBe(at('2026-11-30T08:30:00Z'));
    expect(scheduleStatus(input(), at('2026-11-29T10:00:00Z'))).toMatchObject({ phase: 'outside', dayOff: 'no-hours', until: at('2026-11-30T08:30:00Z') });
  });
});

describe('terms, closures and bank holidays', () => {
  const terms = { termDates: [{ start: '2026-09-03', end: '2026-12-18' }, { start: '2027-01-05', end: '2027-03-26' }] };

  it('is free in the holidays and finds the first day of next term', () => {
    const status = scheduleStatus(input(terms), at('2026-12-18T15:30:00Z'));
    expect(status).toMatchObject({ restricted: false, dayOff: null });
    expect(iso(status.until)).toBe('2027-01-05T08:30:00Z');
    expect(scheduleStatus(input(terms), at('2026-12-21T10:00:00Z'))).toMatchObject({ restricted: false, dayOff: 'holiday' });
  });
  it('counts the first and last days of term as school days', () => {
    expect(scheduleStatus(input(terms), at('2026-09-03T07:30:00Z')).restricted).toBe(true); // 08:30 BST
    expect(scheduleStatus(input(terms), at('2026-12-18T15:29:00Z')).restricted).toBe(true);
  });
  it('treats a closure as a day off, and an INSET day (not a closure) as a working day', () => {
    const closed = input({ ...terms, closures: ['2026-11-27'] });
    expect(scheduleStatus(closed, at('2026-11-27T10:00:00Z'))).toMatchObject({ restricted: false, dayOff: 'closure', until: at('2026-11-30T08:30:00Z') });
    expect(scheduleStatus(closed, at('2026-11-26T10:00:00Z')).restricted).toBe(true);
  });
  it('treats a bank holiday in term as a day off', () => {
    const may = input({ termDates: [{ start: '2026-04-20', end: '2026-07-22' }] }, { bankHolidays: new Set(['2026-05-04']) });
    const status = scheduleStatus(may, at('2026-05-04T09:00:00Z'));
    expect(status).toMatchObject({ restricted: false, dayOff: 'bank-holiday' });
    expect(iso(status.until)).toBe('2026-05-05T07:30:00Z'); // 08:30 BST
  });
  it('says so when there is no working time in the coming year', () => {
    expect(scheduleStatus(input({ termDates: [{ start: '2020-01-06', end: '2020-03-27' }] }), at('2026-11-23T09:00:00Z'))).toMatchObject({ restricted: false, until: null });
    expect(scheduleStatus(input({ week: week({}) }), at('2026-11-23T09:00:00Z')).until).toBeNull();
  });
});

describe('the clocks changing (Europe/London)', () => {
  it('follows British Summer Time on the Monday after each change', () => {
    expect(scheduleStatus(input(), at('2026-03-30T07:30:00Z')).restricted).toBe(true); // 08:30 BST
    expect(scheduleStatus(input(), at('2026-03-30T07:29:00Z')).until).toBe(at('2026-03-30T07:30:00Z'));
    expect(scheduleStatus(input(), at('2026-10-26T08:29:00Z')).until).toBe(at('2026-10-26T08:30:00Z')); // GMT again
  });
  it('makes a night period an hour shorter in spring and an hour longer in autumn', () => {
    const nights = input({ week: week({ sat: { hours: [['22:00', '06:00']], breaks: [] } }) });
    const spring = scheduleStatus(nights, at('2026-03-28T23:00:00Z'));
    expect(spring.until! - at('2026-03-28T22:00:00Z')).toBe(7 * 3600_000);
    const autumn = scheduleStatus(nights, at('2026-10-24T23:00:00Z'));
    expect(iso(autumn.until)).toBe('2026-10-25T06:00:00Z');
    expect(autumn.until! - at('2026-10-24T21:00:00Z')).toBe(9 * 3600_000);
  });
  it('moves a time that never happens forward, and reads a doubled time as the second', () => {
    const sunday = input({ week: week({ sun: { hours: [['01:30', '03:00']], breaks: [] } }) });
    // 01:30 does not exist on 29 March: the period starts at 02:30 BST (01:30Z) and ends at 03:00 BST.
    expect(scheduleStatus(sunday, at('2026-03-29T00:45:00Z')).until).toBe(at('2026-03-29T01:30:00Z'));
    expect(scheduleStatus(sunday, at('2026-03-29T01:45:00Z')).until).toBe(at('2026-03-29T02:00:00Z'));
    // 01:30 happens twice on 25 October: the period starts at the second, 01:30 GMT.
    expect(scheduleStatus(sunday, at('2026-10-25T00:45:00Z')).restricted).toBe(false);
    expect(scheduleStatus(sunday, at('2026-10-25T01:45:00Z')).until).toBe(at('2026-10-25T03:00:00Z'));
  });
  it('works in other time zones', () => {
    const ny = input({ timeZone: 'America/New_York' });
    expect(scheduleStatus(ny, at('2026-11-23T13:30:00Z')).restricted).toBe(true); // 08:30 EST
    expect(scheduleStatus(ny, at('2026-11-23T13:29:00Z')).restricted).toBe(false);
  });
});

describe('periods past midnight and overlapping entries', () => {
  it('keeps a Friday night period running into Saturday, which has no hours of its own', () => {
    const late = input({ timeZone: 'UTC', week: week({ fri: { hours: [['22:00', '02:00']], breaks: [] } }) });
    const status = scheduleStatus(late, at('2026-11-28T01:00:00Z'));
    expect(status).toMatchObject({ restricted: true, next: 'end-of-day' });
    expect(iso(status.until)).toBe('2026-11-28T02:00:00Z');
  });
  it('places a break after midnight inside the night period it belongs to', () => {
    const night = input({ timeZone: 'UTC', week: week({ mon: { hours: [['22:00', '06:00']], breaks: [['02:00', '02:30']] } }) });
    expect(scheduleStatus(night, at('2026-11-24T01:00:00Z'))).toMatchObject({ restricted: true, next: 'break', until: at('2026-11-24T02:00:00Z') });
    expect(scheduleStatus(night, at('2026-11-24T02:10:00Z'))).toMatchObject({ restricted: false, phase: 'break', until: at('2026-11-24T02:30:00Z') });
  });
  it('joins a period ending at midnight with one starting at midnight into one stretch', () => {
    const joined = input({ timeZone: 'UTC', week: week({ mon: { hours: [['20:00', '00:00']], breaks: [] }, tue: { hours: [['00:00', '08:00']], breaks: [] } }) });
    const status = scheduleStatus(joined, at('2026-11-23T21:00:00Z'));
    expect(iso(status.until)).toBe('2026-11-24T08:00:00Z');
    expect(status.periodId).toBe(scheduleStatus(joined, at('2026-11-24T07:00:00Z')).periodId);
  });
  it('merges overlapping hours and overlapping breaks', () => {
    const overlap = input({ timeZone: 'UTC', week: week({ mon: { hours: [['08:00', '12:00'], ['11:00', '16:00']], breaks: [['12:00', '12:30'], ['12:15', '13:00']] } }) });
    expect(scheduleStatus(overlap, at('2026-11-23T09:00:00Z')).until).toBe(at('2026-11-23T12:00:00Z'));
    expect(scheduleStatus(overlap, at('2026-11-23T12:20:00Z')).until).toBe(at('2026-11-23T13:00:00Z'));
    expect(scheduleStatus(overlap, at('2026-11-23T13:00:00Z')).until).toBe(at('2026-11-23T16:00:00Z'));
  });
  it('lets a break that touches the start or end of the day simply shorten it', () => {
    const edges = input({ timeZone: 'UTC', week: week({ mon: { hours: [['08:00', '16:00']], breaks: [['08:00', '08:30'], ['15:30', '16:00']] } }) });
    expect(scheduleStatus(edges, at('2026-11-23T08:10:00Z'))).toMatchObject({ restricted: false, phase: 'break', until: at('2026-11-23T08:30:00Z') });
    expect(scheduleStatus(edges, at('2026-11-23T09:00:00Z'))).toMatchObject({ next: 'break', until: at('2026-11-23T15:30:00Z') });
    expect(scheduleStatus(edges, at('2026-11-23T15:45:00Z'))).toMatchObject({ phase: 'break', until: at('2026-11-30T08:30:00Z') });
  });
});

describe('modes and the school-owned device', () => {
  it('pauses at all times on a school computer, with no end', () => {
    for (const time of ['2026-11-23T09:00:00Z', '2026-11-29T22:00:00Z', '2026-08-10T12:00:00Z']) {
      expect(scheduleStatus(input({}, { schoolOwnedDevice: true }), at(time))).toMatchObject({ restricted: true, reason: 'school-device', until: null, periodId: 'device' });
    }
  });
  it('enforces by banner in warn mode and not at all when off', () => {
    expect(scheduleStatus(input({ mode: 'warn' }), at('2026-11-23T09:00:00Z'))).toMatchObject({ restricted: true, enforcement: 'warn' });
    expect(scheduleStatus(input({ mode: 'off' }), at('2026-11-23T09:00:00Z'))).toMatchObject({ restricted: false, phase: 'off', until: null });
  });
});
