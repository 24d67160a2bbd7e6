/**
 * Turns a school calendar's events into term dates, closures and INSET days. Pure: no ical.js here,
 * so the rules for British school wording can be read and tested on their own (ical.ts feeds this).
 */

/** One event (or one occurrence of a repeating event), with inclusive school-local dates. */
export interface CalendarEvent {
  summary: string;
  first: string;
  last: string;
}

/** An event that was left out, and why, so the preview can show staff what was not used. */
export interface IgnoredEvent {
  summary: string;
  date: string;
  reason: string;
}

export interface TermDate {
  start: string;
  end: string;
}

/** What a calendar says about working days, in the shape `workingHours` keeps them. */
export interface TermPlan {
  termDates: TermDate[];
  closures: string[];
  insetDays: string[];
  ignored: IgnoredEvent[];
}

export type EventKind = 'inset' | 'holiday' | 'term' | 'term-start' | 'term-end' | 'other';

// INSET comes first: schools write "INSET day – school closed to pupils", and staff still work.
const INSET = /\binset\b|training day|staff training|staff development|professional development|\bp\.?d\.? day\b|non-pupil day/i;
// Half term is a holiday even though it says "term".
const HALF_TERM = /half[\s-]?term/i;
// "Christmas" or "Easter" alone is a holiday only when the event says so or is named just that:
// a "Christmas Jumper Day" or an "Easter bonnet parade" is a school day. Bank holidays are often
// entered by their own names ("Good Friday"), without the word "holiday".
const HOLIDAY =
  /holiday|\bclosed\b|\bclosure\b|\bsnow\b|summer break|\b(?:christmas|easter)\s+(?:break|vacation)\b|^\s*(?:christmas|easter)(?:\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?)?\s*$|\bgood friday\b|\beaster monday\b|\bboxing day\b|\bnew year[’']?s day\b/i;
const TERM_START = /\bterm\s+(?:starts?|begins?|opens?|commences?)\b|\b(?:start|beginning|first day)\s+of\s+(?:the\s+)?(?:\w+\s+)?term\b/i;
const TERM_END = /\bterm\s+(?:ends?|finishes|closes)\b|\b(?:end|last day)\s+of\s+(?:the\s+)?(?:\w+\s+)?term\b/i;
const TERM = /\bterm\b/i;

/**
 * What an event's title says it is. "Term starts"/"Term ends" count as markers only on one-day
 * events: a fortnight called "Easter holidays (end of Spring term)" is a holiday, not a marker.
 */
export function classify(summary: string, oneDay = true): EventKind {
  if (INSET.test(summary)) return 'inset';
  if (HALF_TERM.test(summary)) return 'holiday';
  if (oneDay && TERM_START.test(summary)) return 'term-start';
  if (oneDay && TERM_END.test(summary)) return 'term-end';
  if (HOLIDAY.test(summary)) return 'holiday';
  return TERM.test(summary) ? 'term' : 'other';
}

const DAY_MS = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday to Friday. Day 0 of the count, 1 January 1970, was a Thursday (4 with Sunday as 0). */
const isWeekday = (day: number) => (((day % 7) + 11) % 7) % 6 !== 0;

/** Joins terms that overlap or touch (one ends the day before the next starts), in date order. */
export function mergeTerms(terms: readonly TermDate[]): TermDate[] {
  const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
  const merged: TermDate[] = [];
  for (const term of sorted) {
    const last = merged[merged.length - 1];
    if (last && toDay(term.start) <= toDay(last.end) + 1) {
      if (term.end > last.end) last.end = term.end;
    } else {
      merged.push({ ...term });
    }
  }
  return merged;
}

/** Pairs each "term starts" with the next "term ends"; a marker without its partner is reported. */
function pairMarkers(markers: readonly (CalendarEvent & { kind: 'term-start' | 'term-end' })[], ignored: IgnoredEvent[]): TermDate[] {
  const sorted = [...markers].sort((a, b) => a.first.localeCompare(b.first) || (a.kind === 'term-start' ? -1 : 1));
  const terms: TermDate[] = [];
  let open: CalendarEvent | undefined;
  for (const marker of sorted) {
    if (marker.kind === 'term-start') {
      if (open) ignored.push({ summary: open.summary, date: open.first, reason: 'a term start with no term end after it' });
      open = marker;
    } else if (open) {
      terms.push({ start: open.first, end: marker.first });
      open = undefined;
    } else {
      ignored.push({ summary: marker.summary, date: marker.first, reason: 'a term end with no term start before it' });
    }
  }
  if (open) ignored.push({ summary: open.summary, date: open.first, reason: 'a term start with no term end after it' });
  return terms;
}

/**
 * Builds the plan from a calendar's events.
 * - Terms are merged. INSET days are working days, so one outside every term (the usual "INSET
 *   1–2 September" before pupils return) joins the term as a working day; it never becomes a closure.
 * - Holidays close only days inside a term: a date outside every term is a holiday already. A
 *   holiday of several days (half term) closes its weekdays; a one-day closure is kept on any day.
 */
export function planTerms(events: readonly CalendarEvent[], alreadyIgnored: readonly IgnoredEvent[] = []): TermPlan {
  const ignored = [...alreadyIgnored];
  const ranges: TermDate[] = [];
  const markers: (CalendarEvent & { kind: 'term-start' | 'term-end' })[] = [];
  const holidays: CalendarEvent[] = [];
  const inset = new Set<string>();
  for (const event of events) {
    const kind = classify(event.summary, event.first === event.last);
    if (kind === 'term') ranges.push({ start: event.first, end: event.last });
    else if (kind === 'term-start' || kind === 'term-end') markers.push({ ...event, kind });
    else if (kind === 'holiday') holidays.push(event);
    else if (kind === 'inset') for (let d = toDay(event.first); d <= toDay(event.last); d++) inset.add(fromDay(d));
    else ignored.push({ summary: event.summary, date: event.first, reason: 'not a term, holiday or INSET day' });
  }
  const pupilTerms = mergeTerms([...ranges, ...pairMarkers(markers, ignored)]);
  if (pupilTerms.length === 0) return { termDates: [], closures: [], insetDays: [...inset].sort(), ignored };
  const termDates = mergeTerms([...pupilTerms, ...[...inset].map((d) => ({ start: d, end: d }))]);
  const inTerm = (day: number) => termDates.some((t) => toDay(t.start) <= day && day <= toDay(t.end));

  const closures = new Set<string>();
  for (const holiday of holidays) {
    const oneDay = holiday.first === holiday.last;
    for (let d = toDay(holiday.first); d <= toDay(holiday.last); d++) {
      const date = fromDay(d);
      if (inTerm(d) && (oneDay || isWeekday(d)) && !inset.has(date)) closures.add(date);
    }
  }
  ignored.sort((a, b) => a.date.localeCompare(b.date));
  return { termDates, closures: [...closures].sort(), insetDays: [...inset].sort(), ignored };
}
