import ICAL from 'ical.js';
import { classify, planTerms, type CalendarEvent, type IgnoredEvent, type TermDate } from './term-events';

/**
 * Reads a school's term dates from an iCalendar (.ics) file, the format school websites and Google
 * Calendar publish. ical.js does the file format (folded lines, escaping, time zones, repeats); the
 * wording rules live in term-events.ts. Messages are for school staff, not for developers.
 */

export type TermCalendarResult =
  | { ok: true; termDates: TermDate[]; closures: string[]; insetDays: string[]; ignored: IgnoredEvent[] }
  | { ok: false; problem: string };

const WHERE_TO_LOOK = 'On the school website, look for a link called “iCal”, “.ics” or “Add to calendar”, save that file and choose it here.';
export const CALENDAR_PROBLEMS = {
  webPage: `This file is a web page, not a calendar. ${WHERE_TO_LOOK}`,
  spreadsheet: `This file looks like a spreadsheet, not a calendar. Chalkline reads calendar files ending in .ics. ${WHERE_TO_LOOK}`,
  notCalendar: `This file is not a calendar. Chalkline reads calendar files ending in .ics. ${WHERE_TO_LOOK}`,
  damaged: 'This calendar file is incomplete or damaged, so it could not be read. Try downloading it again.',
  noEvents: 'This calendar has no events in it. Check that you chose the school’s term dates calendar.',
  noTerms: "This calendar has no term dates in it. Look for events named like 'Autumn Term'.",
  badDate: (summary: string) =>
    `The event “${summary}” has a date that cannot be read, so nothing was imported. Try downloading the calendar again, or ask whoever publishes it to check that event.`,
} as const;

/** Repeating events are read for two years from their first date: a school calendar covers one year. */
const REPEAT_DAYS = 730;
/** Above a daily repeat for two years, so it only stops hourly nonsense from walking on and on. */
const REPEAT_LIMIT = 1000;

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (t: Time) => `${t.year}-${pad(t.month)}-${pad(t.day)}`;

/**
 * The school-local date of a time. All-day dates and times written with a TZID (or none) are read
 * as written: that is the event's own local date. Only UTC times need the school's zone to say
 * which day they fall on (23:30Z in June is already tomorrow in London).
 */
function localDate(t: Time, timeZone: string): string {
  if (t.isDate || t.zone?.tzid !== 'UTC') return ymd(t);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(t.toJSDate());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Inclusive local dates of an event. DTEND is exclusive in iCalendar, for days and for times alike. */
function span(start: Time, end: Time | null, timeZone: string): { first: string; last: string } {
  const first = localDate(start, timeZone);
  if (!end || end.compare(start) <= 0) return { first, last: first };
  const before = end.clone();
  before.adjust(end.isDate ? -1 : 0, 0, 0, end.isDate ? 0 : -1);
  const last = localDate(before, timeZone);
  return { first, last: last < first ? first : last };
}

/**
 * Checks an event's dates before ical.js reads them: ical.js quietly rolls 2026-13-45 into 2027
 * and throws on a date-only value not marked VALUE=DATE, which hand-made exports often write. The
 * latter is repaired (it is plainly a day); anything else unreadable returns false.
 */
function readableDates(component: Component): boolean {
  if (!component.getFirstProperty('dtstart')) return false;
  for (const name of ['dtstart', 'dtend', 'recurrence-id']) {
    const prop = component.getFirstProperty(name);
    if (!prop) continue;
    let raw: unknown = prop.jCal[3];
    if (prop.type === 'date-time' && typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T::$/.test(raw)) {
      raw = raw.slice(0, 10);
      prop.resetType('date');
      prop.setValue(ICAL.Time.fromDateString(raw as string));
    }
    if (typeof raw !== 'string' || !isRealDate(raw)) return false;
  }
  return true;
}

const RAW_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)Z?)?$/;

/** A real day (not 30 February) in a plausible year, with a real time of day if it has one. */
function isRealDate(raw: string): boolean {
  const m = RAW_DATE.exec(raw);
  if (!m) return false;
  const year = Number(m[1]);
  const day = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return year >= 1900 && year <= 2200 && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(raw.slice(0, 10));
}

const summaryOf = (component: Component) => String(component.getFirstPropertyValue('summary') ?? '').replace(/\s+/g, ' ').trim() || '(no title)';
const isCancelled = (component: Component) => String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** Why a file that is not iCalendar was refused, in words that say what to do instead. */
function notCalendarProblem(body: string): string {
  const head = body.slice(0, 2000);
  if (head.startsWith('<') || /<(?:!doctype|html|head|body)\b/i.test(head)) return CALENDAR_PROBLEMS.webPage;
  if (/[,\t]/.test(head.split(/\r?\n/, 1)[0] ?? '')) return CALENDAR_PROBLEMS.spreadsheet;
  return CALENDAR_PROBLEMS.notCalendar;
}

/**
 * The dated occurrences of one event. Repeats are expanded only for events that matter (a term,
 * holiday or INSET day), and for two years at most: a weekly staff briefing need not be walked.
 */
function occurrences(event: InstanceType<typeof ICAL.Event>, timeZone: string, ignored: IgnoredEvent[]): CalendarEvent[] {
  const summary = summaryOf(event.component);
  if (!event.isRecurring() || classify(summary) === 'other') {
    const when = span(event.startDate, event.endDate, timeZone);
    if (!isCancelled(event.component)) return [{ summary, ...when }];
    ignored.push({ summary, date: when.first, reason: 'cancelled in the calendar' });
    return [];
  }
  const found: CalendarEvent[] = [];
  const until = event.startDate.clone();
  until.adjust(REPEAT_DAYS, 0, 0, 0);
  const iterator = event.iterator();
  for (let next = iterator.next(), count = 1; next; next = iterator.next(), count++) {
    if (next.compare(until) > 0 || count > REPEAT_LIMIT) {
      ignored.push({ summary, date: localDate(next, timeZone), reason: 'repeats for more than two years: only the first two years were read' });
      break;
    }
    const details = event.getOccurrenceDetails(next);
    if (!isCancelled(details.item.component)) found.push({ summary: summaryOf(details.item.component), ...span(details.startDate, details.endDate, timeZone) });
  }
  return found;
}

/**
 * Reads term dates, closures and INSET days from the text of an .ics file. Repeating events that
 * matter (a term, holiday or INSET day) are expanded for two years; other repeating events are
 * listed once as ignored. UTC times are placed on the school's date in `timeZone`.
 */
export function readTermCalendar(text: string, { timeZone = 'Europe/London' }: { timeZone?: string } = {}): TermCalendarResult {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR/i.test(body)) return { ok: false, problem: notCalendarProblem(body) };
  let components: Component[];
  try {
    const parsed = ICAL.parse(body) as unknown[];
    components = (Array.isArray(parsed[0]) ? (parsed as unknown[][]) : [parsed]).map((jcal) => new ICAL.Component(jcal));
  } catch {
    return { ok: false, problem: CALENDAR_PROBLEMS.damaged };
  }
  const vevents = components.flatMap((c) => c.getAllSubcomponents('vevent'));
  if (vevents.length === 0) return { ok: false, problem: CALENDAR_PROBLEMS.noEvents };

  // A repeating event's changed occurrences come as separate VEVENTs with the same UID and a
  // RECURRENCE-ID; ical.js applies them when they are handed to the main event.
  const ignored: IgnoredEvent[] = [];
  const readable: Component[] = [];
  for (const component of vevents) {
    const summary = summaryOf(component);
    if (readableDates(component)) readable.push(component);
    else if (classify(summary) !== 'other') return { ok: false, problem: CALENDAR_PROBLEMS.badDate(summary) };
    else ignored.push({ summary, date: '', reason: 'its date could not be read' });
  }
  const uidOf = (component: Component) => String(component.getFirstPropertyValue('uid') ?? '');
  const isChange = (component: Component) => component.hasProperty('recurrence-id');
  const mainUids = new Set(readable.filter((c) => !isChange(c)).map(uidOf));
  const masters = readable.filter((c) => !isChange(c) || !mainUids.has(uidOf(c)));
  const changes = readable.filter((c) => isChange(c) && mainUids.has(uidOf(c)));

  const events: CalendarEvent[] = [];
  try {
    for (const component of masters) {
      const event = new ICAL.Event(component, { exceptions: changes.filter((c) => uidOf(c) === uidOf(component)) });
      events.push(...occurrences(event, timeZone, ignored));
    }
  } catch {
    // ical.js reads repeat rules lazily, so a broken RRULE only shows here.
    return { ok: false, problem: CALENDAR_PROBLEMS.damaged };
  }

  const plan = planTerms(events, ignored);
  if (plan.termDates.length === 0) return { ok: false, problem: CALENDAR_PROBLEMS.noTerms };
  return { ok: true, ...plan };
}
