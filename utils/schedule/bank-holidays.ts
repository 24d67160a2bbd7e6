import data from './data/bank-holidays-england-and-wales.json';

/**
 * Bank holidays for England and Wales, shipped as data rather than fetched: Chalkline sends nothing
 * from the device unprompted, and the schedule must work offline. The data comes from gov.uk and is
 * checked against the rules by tests/unit/schedule/bank-holidays.test.ts; when it runs out, the
 * options page can warn (see BANK_HOLIDAY_DATA_RANGE) and schools can list closures by hand.
 */

/** Which bank holidays close the school: the shipped England and Wales list, or none at all. */
export type BankHolidayRegion = 'england-and-wales' | 'none';

const TITLES: ReadonlyMap<string, string> = new Map(data.events.map((e) => [e.date, e.title]));
const ENGLAND_AND_WALES: ReadonlySet<string> = new Set(TITLES.keys());
const NONE: ReadonlySet<string> = new Set();

const years = data.events.map((e) => e.date.slice(0, 4)).sort();

/**
 * The days the shipped data speaks for. Whole years, not first and last holiday: a date in
 * December 2028 is covered (it is simply not a holiday), while anything in 2029 is unknown.
 * `takenOn` is when the list was copied from gov.uk, so the UI can say how fresh it is.
 */
export const BANK_HOLIDAY_DATA_RANGE: Readonly<{ first: string; last: string; takenOn: string }> = Object.freeze({
  first: `${years[0]}-01-01`,
  last: `${years[years.length - 1]}-12-31`,
  takenOn: data.takenOn,
});

/**
 * The bank holidays (YYYY-MM-DD) that close the school in `region`. The same set is returned on
 * every call, because the schedule asks for it on every tick and the data never changes at run time.
 */
export function bankHolidayDates(region: BankHolidayRegion): ReadonlySet<string> {
  return region === 'england-and-wales' ? ENGLAND_AND_WALES : NONE;
}

/**
 * gov.uk's name for the England and Wales bank holiday on `date` (YYYY-MM-DD), such as
 * "Boxing Day (substitute day)", or undefined when the date is not one. Pages use it to say why
 * the school is closed.
 */
export function bankHolidayTitle(date: string): string | undefined {
  return TITLES.get(date);
}
