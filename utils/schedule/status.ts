import type { Settings } from '@/utils/config/schema';
import { addDays, DAY_KEYS, localParts, weekday, zonedInstant, type DateKey, type DayKey } from './clock';
import { daySpans, type DaySpans, type Span } from './periods';

/** What the schedule needs: the school's hours, the device setting and the bank holidays in force. */
export interface ScheduleInput {
  workingHours: Settings['workingHours'];
  schoolOwnedDevice: boolean;
  bankHolidays: ReadonlySet<DateKey>;
}

/** Why personal social media is paused. */
export type RestrictionReason = 'working-hours' | 'school-device';

/** Why a day has no working time. */
export type DayOff = 'closure' | 'bank-holiday' | 'holiday' | 'no-hours';

/**
 * The answer to "may I use personal social media now?", with everything the badge, the blocked page
 * and the popup show. Instants are epoch milliseconds so the answer survives storage and messaging.
 */
export interface ScheduleStatus {
  at: number;
  restricted: boolean;
  reason: RestrictionReason | null;
  /** off: hours not enforced; working: paused; break: a designated break; outside: before or after hours, or a day off. */
  phase: 'off' | 'school-device' | 'working' | 'break' | 'outside';
  /** How a restriction is enforced: the blocked page, or a banner. Null when nothing is restricted. */
  enforcement: 'block' | 'warn' | null;
  /** When `restricted` next changes; null when it never does (a school device, or no working time within a year). */
  until: number | null;
  /** While restricted: whether `until` is the start of a break or the end of the working day. */
  next: 'break' | 'end-of-day' | null;
  /** While restricted and `next` is a break: that break. While in a break: the break itself. */
  nextBreak: { start: number; end: number } | null;
  /** Names the current restricted stretch, so tabs are swept once when it starts and not again. */
  periodId: string | null;
  /** Why today has no working time, when it has none. */
  dayOff: DayOff | null;
}

/** How far ahead the next working time is looked for: past the longest school holiday, with room. */
const HORIZON_DAYS = 400;

const SPANS = new WeakMap<Settings['workingHours']['week'], Record<DayKey, DaySpans>>();

/** Each weekday's spans, worked out once per settings object: the worker asks again at every boundary. */
function weekSpans(week: Settings['workingHours']['week']): Record<DayKey, DaySpans> {
  let spans = SPANS.get(week);
  if (!spans) {
    spans = Object.fromEntries(DAY_KEYS.map((d) => [d, daySpans(week, d)])) as Record<DayKey, DaySpans>;
    SPANS.set(week, spans);
  }
  return spans;
}

/** Why a date has no working time, or null when it is a working day. INSET days are ordinary term days. */
export function dayOff(input: ScheduleInput, date: DateKey): DayOff | null {
  const { closures, termDates, week } = input.workingHours;
  if (closures.includes(date)) return 'closure';
  if (input.bankHolidays.has(date)) return 'bank-holiday';
  if (termDates.length > 0 && !termDates.some((t) => t.start <= date && date <= t.end)) return 'holiday';
  return week[weekday(date)].hours.length === 0 ? 'no-hours' : null;
}

/** Hours minus breaks, in minutes from midnight. */
function subtract(hours: readonly Span[], breaks: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [s0, e] of hours) {
    let s = s0;
    for (const [bs, be] of breaks) {
      if (be <= s || bs >= e) continue;
      if (bs > s) out.push([s, bs]);
      s = Math.max(s, be);
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

type Abs = [number, number];
interface Day {
  hours: Abs[];
  restricted: Abs[];
  breaks: Abs[];
}

/**
 * Days already worked out, per settings object and bank-holiday set: the worker asks about the same
 * few days at every boundary, message and tab change, and each day costs a dozen zone conversions.
 */
const DAYS = new WeakMap<ScheduleInput['workingHours'], WeakMap<ReadonlySet<DateKey>, Map<DateKey, Day | null>>>();

function dayInstants(input: ScheduleInput, date: DateKey): Day | null {
  let byHolidays = DAYS.get(input.workingHours);
  if (!byHolidays) DAYS.set(input.workingHours, (byHolidays = new WeakMap()));
  let days = byHolidays.get(input.bankHolidays);
  if (!days) byHolidays.set(input.bankHolidays, (days = new Map()));
  let day = days.get(date);
  if (day === undefined) {
    if (days.size > 1000) days.clear();
    day = computeDay(input, date);
    days.set(date, day);
  }
  return day;
}

function computeDay(input: ScheduleInput, date: DateKey): Day | null {
  if (dayOff(input, date)) return null;
  const { timeZone, week } = input.workingHours;
  const spans = weekSpans(week)[weekday(date)];
  const toAbs = ([s, e]: Span): Abs => [zonedInstant(date, s, timeZone), zonedInstant(date, e, timeZone)];
  // A piece can vanish on the night the clocks change (a break inside the missing hour).
  const real = (a: Abs) => a[1] > a[0];
  return {
    hours: spans.hours.map(toAbs).filter(real),
    restricted: subtract(spans.hours, spans.breaks).map(toAbs).filter(real),
    breaks: spans.breaks.map(toAbs).filter(real),
  };
}

function merge(spans: Abs[]): Abs[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Abs[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The days around an instant, gathered lazily: a period can start the day before and run past
 * midnight, and a stretch of working time can run on into following days.
 */
class Days {
  private readonly days: (Day | null)[] = [];
  private last: DateKey;
  constructor(
    private readonly input: ScheduleInput,
    first: DateKey,
  ) {
    this.last = addDays(first, -1);
  }
  /** Gathers one more day; returns the midnight that starts the day after it. */
  more(): number {
    this.last = addDays(this.last, 1);
    this.days.push(dayInstants(this.input, this.last));
    return zonedInstant(this.last, 1440, this.input.workingHours.timeZone);
  }
  /** The earliest restricted start after an instant, kept up to date as days are gathered. */
  firstStartAfter(at: number): number | null {
    for (; this.scanned < this.days.length; this.scanned++) {
      for (const [s] of this.days[this.scanned]?.restricted ?? []) if (s > at && (this.first === null || s < this.first)) this.first = s;
    }
    return this.first;
  }
  private scanned = 0;
  private first: number | null = null;
  get count() {
    return this.days.length;
  }
  all(key: keyof Day): Abs[] {
    return merge(this.days.flatMap((d) => d?.[key] ?? []));
  }
}

const inside = (at: number) => (s: Abs) => s[0] <= at && at < s[1];

/**
 * Whether personal social media is paused at an instant, why, and until when. Pure: the same
 * settings and instant always give the same answer, so the worker, the tests and the benchmark all
 * ask this one function.
 */
export function scheduleStatus(input: ScheduleInput, at: number): ScheduleStatus {
  const { mode, timeZone } = input.workingHours;
  const base = { at, until: null, next: null, nextBreak: null, dayOff: null } as const;
  if (input.schoolOwnedDevice) {
    return { ...base, restricted: true, reason: 'school-device', phase: 'school-device', enforcement: mode === 'warn' ? 'warn' : 'block', periodId: 'device' };
  }
  if (mode === 'off') return { ...base, restricted: false, reason: null, phase: 'off', enforcement: null, periodId: null };

  const today = localParts(timeZone, at).date;
  const days = new Days(input, addDays(today, -1));
  let edge = 0;
  while (days.count < 3) edge = days.more();

  const current = days.all('restricted').find(inside(at));
  if (current) {
    // Working time that runs into the next day (a night period) is one stretch: keep gathering.
    let stretch = current;
    while (stretch[1] >= edge && days.count < HORIZON_DAYS) {
      edge = days.more();
      stretch = days.all('restricted').find(inside(at))!;
    }
    const brk = days.all('breaks').find((b) => b[0] === stretch[1]) ?? null;
    return {
      ...base,
      restricted: true,
      reason: 'working-hours',
      phase: 'working',
      enforcement: mode,
      until: stretch[1],
      next: brk ? 'break' : 'end-of-day',
      nextBreak: brk && { start: brk[0], end: brk[1] },
      periodId: `hours:${stretch[0]}`,
    };
  }

  // A day not yet gathered starts no earlier than its midnight (`edge`), so the first start found
  // before that edge is the first start of all.
  let upcoming = days.firstStartAfter(at);
  while ((upcoming === null || upcoming >= edge) && days.count < HORIZON_DAYS) {
    edge = days.more();
    upcoming = days.firstStartAfter(at);
  }
  const brk = days.all('breaks').find(inside(at));
  const inHours = days.all('hours').some(inside(at));
  return {
    ...base,
    restricted: false,
    reason: null,
    phase: brk && inHours ? 'break' : 'outside',
    enforcement: null,
    until: upcoming,
    nextBreak: brk && inHours ? { start: brk[0], end: brk[1] } : null,
    periodId: null,
    dayOff: inHours ? null : dayOff(input, today),
  };
}

/**
 * Whether an instant is in the school's working day, breaks included: the contact rules ask this
 * ("avoid contacting colleagues outside working hours"), and a lunch break is still the working day.
 * It reads the timetable whatever the enforcement mode: "off" stops the pausing, not the school day.
 */
export function isWorkingTime(input: ScheduleInput, at: number): boolean {
  const today = localParts(input.workingHours.timeZone, at).date;
  const days = new Days(input, addDays(today, -1));
  days.more();
  days.more();
  return days.all('hours').some(inside(at));
}
