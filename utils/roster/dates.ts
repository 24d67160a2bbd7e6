/**
 * Dates as UK school exports write them. Day first, always: 03/04/2010 is 3 April, never 4 March.
 * Pure and allocation-light: the patterns are compiled once, at load.
 */

/** 2010-03-12, optionally followed by a time (2010-03-12T00:00:00Z, 2010-03-12 00:00). */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** 12/03/2010, 12-03-2010, 12.03.2010, 1/3/2010, optionally followed by a time (Excel: "12/03/2010 00:00"). */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?)?$/i;
/** 12 Mar 2010, 12-Mar-2010, 12 March 2010. */
const MONTH_NAME = /^(\d{1,2})[\s/.-]*([a-z]{3,9})\.?[\s/.,-]*(\d{4})$/i;
/** Two-digit years (12/03/10) are ambiguous about the century, so they get their own explanation. */
const SHORT_YEAR = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Quotes a value for a message, shortened so one odd cell cannot flood the problem list. */
export function quote(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;
}

function build(value: string, year: number, month: number, day: number, dayFirst = false): DateResult {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const hint = dayFirst && month > 12 && day <= 12 ? ' (dates are read day first, as DD/MM/YYYY)' : '';
    return { ok: false, reason: `${quote(value)} is not a real date${hint}` };
  }
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * Reads a date as a UK school export writes it: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY,
 * D/M/YYYY, "12 Mar 2010", each optionally with a time of day after it. Returns YYYY-MM-DD, or a
 * plain reason (without the column name) when the text is not a real date.
 */
export function parseUkDate(value: string): DateResult {
  const text = value.trim();
  let m = DAY_FIRST.exec(text);
  if (m) return build(value, Number(m[4]), Number(m[3]), Number(m[1]), true);
  m = ISO.exec(text);
  if (m) return build(value, Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_NAME.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return build(value, Number(m[3]), month, Number(m[1]));
  }
  if (SHORT_YEAR.test(text)) return { ok: false, reason: `${quote(value)} has a two-digit year: write the date as DD/MM/YYYY` };
  return { ok: false, reason: `${quote(value)} is not a date in the form DD/MM/YYYY or YYYY-MM-DD` };
}

/** True when the text is a real date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return !!m && build(value, Number(m[1]), Number(m[2]), Number(m[3])).ok;
}

/**
 * The same day `years` later, as YYYY-MM-DD. 29 February moves to 1 March in a year without one,
 * which is when UK law counts the birthday of someone born on 29 February.
 */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month === 2 && day === 29 && !isLeapYear(year)) return `${pad(year, 4)}-03-01`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The date a person born on `dateOfBirth` (YYYY-MM-DD) turns 19. */
export function turns19On(dateOfBirth: string): string {
  return addYears(dateOfBirth, 19);
}
