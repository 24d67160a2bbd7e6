import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_PROBLEMS, readTermCalendar, type TermCalendarResult } from '@/utils/schedule/ical';
import { classify } from '@/utils/schedule/term-events';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/calendars/${name}`, import.meta.url), 'utf8');

/** A calendar from bare VEVENT bodies, with CRLF line endings as RFC 5545 asks. */
const calendar = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chalkline tests//EN', ...events.flatMap((e, i) => ['BEGIN:VEVENT', `UID:e${i}@test`, ...e, 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');
const allDay = (summary: string, start: string, endExclusive: string) => [`SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${endExclusive}`];

function ok(result: TermCalendarResult) {
  if (!result.ok) throw new Error(`expected a calendar, got: ${result.problem}`);
  return result;
}

describe('a school year exported from a school website (CRLF, folded lines, TZID times, repeats)', () => {
  const result = ok(readTermCalendar(fixture('school-year-2026-27.ics')));

  it('finds the three terms, INSET days joined on as working days', () => {
    expect(result.termDates).toEqual([
      { start: '2026-09-01', end: '2026-12-18' },
      { start: '2027-01-04', end: '2027-03-25' },
      { start: '2027-04-12', end: '2027-07-21' },
    ]);
  });

  it('closes the weekdays of each half term and the bank holiday, and nothing outside term', () => {
    expect(result.closures).toEqual([
      ...['26', '27', '28', '29', '30'].map((d) => `2026-10-${d}`),
      ...['15', '16', '17', '18', '19'].map((d) => `2027-02-${d}`),
      '2027-05-03',
      '2027-05-31',
      ...['01', '02', '03', '04'].map((d) => `2027-06-${d}`),
    ]);
  });

  it('reports INSET days, including one whose folded title says "closed to pupils", and never closes them', () => {
    expect(result.insetDays).toEqual(['2026-09-01', '2026-09-02', '2026-10-23', '2027-01-04']);
    expect(result.closures.filter((d) => result.insetDays.includes(d))).toEqual([]);
  });

  it('lists other events once each, with their local date and unescaped titles', () => {
    expect(result.ignored).toEqual([
      { summary: 'Staff briefing', date: '2026-09-07', reason: 'not a term, holiday or INSET day' },
      { summary: 'Parents’ Evening (Years 3, 4 and 5)', date: '2026-10-13', reason: 'not a term, holiday or INSET day' },
      { summary: 'Christmas Jumper Day', date: '2026-12-11', reason: 'not a term, holiday or INSET day' },
      { summary: 'Sports Day', date: '2027-07-07', reason: 'not a term, holiday or INSET day' },
    ]);
  });
});

describe('a Google Calendar export with "term starts" and "term ends" markers (LF line endings)', () => {
  it('pairs each start with the next end, timed markers included', () => {
    const result = ok(readTermCalendar(fixture('term-markers-2026-27.ics')));
    expect(result.termDates).toEqual([
      { start: '2026-09-02', end: '2026-12-18' },
      { start: '2027-01-05', end: '2027-03-25' },
      { start: '2027-04-12', end: '2027-07-21' },
    ]);
    expect(result.closures).toHaveLength(16);
    expect(result.insetDays).toEqual(['2026-09-02']);
    expect(result.ignored.map((e) => e.summary)).toEqual(['Year 11 mock exams']);
  });

  it('reports a marker without its partner rather than guessing', () => {
    const result = ok(
      readTermCalendar(calendar(allDay('Term starts', '20260903', '20260904'), allDay('Term starts', '20270105', '20270106'), allDay('Term ends', '20270325', '20270326'))),
    );
    expect(result.termDates).toEqual([{ start: '2027-01-05', end: '2027-03-25' }]);
    expect(result.ignored).toEqual([{ summary: 'Term starts', date: '2026-09-03', reason: 'a term start with no term end after it' }]);
  });
});

describe('files that are not usable calendars', () => {
  it.each([
    ['a download that stopped half way', fixture('broken-download.ics'), CALENDAR_PROBLEMS.damaged],
    ['a web page saved as .ics', fixture('term-dates-page.ics'), CALENDAR_PROBLEMS.webPage],
    ['a spreadsheet', 'Term,Start,End\r\nAutumn,2026-09-03,2026-12-18\r\n', CALENDAR_PROBLEMS.spreadsheet],
    ['an empty file', '', CALENDAR_PROBLEMS.notCalendar],
    ['a calendar with no events', calendar(), CALENDAR_PROBLEMS.noEvents],
    ['a calendar with no terms', calendar(allDay('Sports Day', '20270707', '20270708')), CALENDAR_PROBLEMS.noTerms],
    ['a term with an impossible date', calendar(allDay('Autumn Term', '20260903', '20261345')), CALENDAR_PROBLEMS.badDate('Autumn Term')],
    ['a term with no date at all', calendar(['SUMMARY:Summer Term']), CALENDAR_PROBLEMS.badDate('Summer Term')],
  ])('refuses %s with a plain message', (_, text, problem) => {
    expect(readTermCalendar(text)).toEqual({ ok: false, problem });
  });

  it('keeps going past an unreadable date on an event it would ignore anyway', () => {
    const result = ok(readTermCalendar(calendar(allDay('Autumn Term', '20260903', '20261219'), ['SUMMARY:Disco', 'DTSTART:tonight'])));
    expect(result.ignored).toEqual([{ summary: 'Disco', date: '', reason: 'its date could not be read' }]);
  });
});

describe('iCalendar details', () => {
  it('reads a day written without VALUE=DATE, as hand-made exports do', () => {
    const result = ok(readTermCalendar(calendar(['SUMMARY:Autumn Term', 'DTSTART:20260903', 'DTEND:20261219'])));
    expect(result.termDates).toEqual([{ start: '2026-09-03', end: '2026-12-18' }]);
  });

  it('treats an all-day event without DTEND as one day, and a timed end at midnight as exclusive', () => {
    const result = ok(
      readTermCalendar(
        calendar(
          allDay('Autumn Term', '20260903', '20261219'),
          ['SUMMARY:Polling day – school closed', 'DTSTART;VALUE=DATE:20261105'],
          ['SUMMARY:Snow closure', 'DTSTART;TZID=Europe/London:20261201T000000', 'DTEND;TZID=Europe/London:20261202T000000'],
        ),
      ),
    );
    expect(result.closures).toEqual(['2026-11-05', '2026-12-01']);
  });

  it('places a UTC time on the school’s own date', () => {
    // 23:30 to 23:50 UTC on 1 June is 00:30 to 00:50 on 2 June in London (BST).
    const text = calendar(allDay('Summer Term', '20270412', '20270722'), ['SUMMARY:School closed', 'DTSTART:20270601T233000Z', 'DURATION:PT20M']);
    expect(ok(readTermCalendar(text)).closures).toEqual(['2027-06-02']);
    expect(ok(readTermCalendar(text, { timeZone: 'UTC' })).closures).toEqual(['2027-06-01']);
  });

  it('expands a repeating holiday, skipping EXDATEs and cancelled occurrences, for two years at most', () => {
    const result = ok(
      readTermCalendar(
        calendar(
          allDay('Autumn Term', '20260903', '20261219'),
          ['SUMMARY:School closed – heating works', 'DTSTART;VALUE=DATE:20260907', 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE;VALUE=DATE:20260914'],
          ['SUMMARY:Holiday', 'DTSTART;VALUE=DATE:20261120', 'RRULE:FREQ=YEARLY'],
        ),
      ),
    );
    expect(result.closures).toEqual(['2026-09-07', '2026-09-21', '2026-09-28', '2026-11-20']);
    expect(result.ignored).toEqual([{ summary: 'Holiday', date: '2028-11-20', reason: 'repeats for more than two years: only the first two years were read' }]);
  });

  it('applies a moved occurrence of a repeating event (RECURRENCE-ID)', () => {
    const text = calendar(allDay('Autumn Term', '20260903', '20261219'))
      .replace(
        'END:VCALENDAR',
        ['BEGIN:VEVENT', 'UID:r@test', 'SUMMARY:Closed', 'DTSTART;VALUE=DATE:20261005', 'RRULE:FREQ=WEEKLY;COUNT=2', 'END:VEVENT',
          'BEGIN:VEVENT', 'UID:r@test', 'RECURRENCE-ID;VALUE=DATE:20261012', 'SUMMARY:Closed', 'DTSTART;VALUE=DATE:20261013', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
      );
    expect(ok(readTermCalendar(text)).closures).toEqual(['2026-10-05', '2026-10-13']);
  });

  it('ignores cancelled events', () => {
    const result = ok(readTermCalendar(calendar(allDay('Autumn Term', '20260903', '20261219'), [...allDay('School closed', '20261002', '20261003'), 'STATUS:CANCELLED'])));
    expect(result.closures).toEqual([]);
    expect(result.ignored[0]?.reason).toBe('cancelled in the calendar');
  });
});

describe('British school wording', () => {
  it.each([
    ['Autumn Term', 'term'],
    ['Spring Term 2', 'term'],
    ['Summer term starts', 'term-start'],
    ['First day of Spring term', 'term-start'],
    ['Last day of Autumn term – early finish', 'term-end'],
    ['Half term', 'holiday'],
    ['October half-term', 'holiday'],
    ['Easter Holidays', 'holiday'],
    ['Christmas', 'holiday'],
    ['Christmas break', 'holiday'],
    ['Christmas Jumper Day', 'other'],
    ['Easter bonnet parade', 'other'],
    ['Early May Bank Holiday', 'holiday'],
    ['Good Friday', 'holiday'],
    ['New Year’s Day', 'holiday'],
    ['Snow day – school closed', 'holiday'],
    ['INSET Day – school closed to pupils', 'inset'],
    ['Staff Training Day', 'inset'],
    ['PD day', 'inset'],
    ["Parents' evening", 'other'],
  ] as const)('"%s" is %s', (summary, kind) => {
    expect(classify(summary)).toBe(kind);
  });

  it('takes "end of term" on a fortnight to be a holiday, not a marker', () => {
    expect(classify('Easter holidays (end of Spring term)', false)).toBe('holiday');
  });
});

describe('properties of generated calendars', () => {
  const DAY = 86_400_000;
  const BASE = Date.UTC(2026, 0, 1);
  const compact = (day: number) => new Date(BASE + day * DAY).toISOString().slice(0, 10).replaceAll('-', '');
  const iso = (day: number) => new Date(BASE + day * DAY).toISOString().slice(0, 10);

  it('any set of all-day terms reads back as the same days, merged into sorted runs', () => {
    const term = fc.record({ start: fc.integer({ min: 0, max: 700 }), length: fc.integer({ min: 1, max: 90 }), name: fc.constantFrom('Autumn Term', 'Spring term 2', 'TERM', 'Summer Term (Year 6)') });
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 12 }), (terms) => {
        // Expected: every covered day, then runs of consecutive days, worked out without the code under test.
        const days = [...new Set(terms.flatMap((t) => Array.from({ length: t.length }, (_, i) => t.start + i)))].sort((a, b) => a - b);
        const runs: { start: string; end: string }[] = [];
        days.forEach((d, i) => (i > 0 && days[i - 1] === d - 1 ? (runs[runs.length - 1]!.end = iso(d)) : runs.push({ start: iso(d), end: iso(d) })));

        const text = calendar(...terms.map((t) => allDay(t.name, compact(t.start), compact(t.start + t.length))));
        const result = ok(readTermCalendar(text));
        expect(result.termDates).toEqual(runs);
        expect(result.closures).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
  it('closes only term days, never an INSET day, and keeps every INSET day a working (term) day', () => {
    const range = fc.record({ start: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 1, max: 20 }) });
    const inTerm = (terms: { start: string; end: string }[], date: string) => terms.some((t) => t.start <= date && date <= t.end);
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 5 }), fc.array(range, { maxLength: 6 }), fc.array(range, { maxLength: 4 }), (terms, holidays, insets) => {
        const text = calendar(
          ...terms.map((t) => allDay('Autumn Term', compact(t.start), compact(t.start + t.length * 5))),
          ...holidays.map((h) => allDay('Half term', compact(h.start), compact(h.start + h.length))),
          ...insets.map((d) => allDay('INSET day', compact(d.start), compact(d.start + 1))),
        );
        const result = ok(readTermCalendar(text));
        expect(result.closures.every((d) => inTerm(result.termDates, d))).toBe(true);
        expect(result.closures.filter((d) => result.insetDays.includes(d))).toEqual([]);
        expect(result.insetDays.every((d) => inTerm(result.termDates, d))).toBe(true);
        expect([...result.closures].sort()).toEqual([...new Set(result.closures)]);
      }),
      { numRuns: 100 },
    );
  });
});
