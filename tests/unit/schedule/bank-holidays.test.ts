import { describe, expect, it } from 'vitest';
import data from '@/utils/schedule/data/bank-holidays-england-and-wales.json';
import { BANK_HOLIDAY_DATA_RANGE, bankHolidayDates, bankHolidayTitle } from '@/utils/schedule/bank-holidays';

// The shipped list is the product's source; this file recomputes it from the rules so a typo in the
// data (or a gov.uk change we copied wrongly) fails a test. One-off holidays (jubilees, coronations,
// the 2020 and 2023 moves of the May holiday) cannot be computed: none fall in the shipped years.

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const weekday = (d: Date) => d.getUTCDay(); // 0 Sunday … 6 Saturday

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

const firstMonday = (year: number, month: number) => {
  const first = utc(year, month, 1);
  return addDays(first, (8 - weekday(first)) % 7);
};
const lastMonday = (year: number, month: number) => {
  const last = utc(year, month + 1, 0);
  return addDays(last, -((weekday(last) + 6) % 7));
};

/** The England and Wales bank holidays of one year, titled as gov.uk's page shows them. */
function computed(year: number): { title: string; date: string }[] {
  const easter = easterSunday(year);
  const sub = (title: string) => `${title} (substitute day)`;
  const newYear = utc(year, 1, 1);
  const events = [
    // A weekend New Year's Day moves to the Monday after.
    weekday(newYear) === 0 || weekday(newYear) === 6
      ? { title: sub('New Year’s Day'), date: iso(addDays(newYear, weekday(newYear) === 6 ? 2 : 1)) }
      : { title: 'New Year’s Day', date: iso(newYear) },
    { title: 'Good Friday', date: iso(addDays(easter, -2)) },
    { title: 'Easter Monday', date: iso(addDays(easter, 1)) },
    { title: 'Early May bank holiday', date: iso(firstMonday(year, 5)) },
    { title: 'Spring bank holiday', date: iso(lastMonday(year, 5)) },
    { title: 'Summer bank holiday', date: iso(lastMonday(year, 8)) },
  ];
  // Christmas: the days move to the next weekdays not already taken, as gov.uk lists them
  // (Sunday Christmas: Boxing Day stays on Monday 26th and Christmas moves to Tuesday 27th).
  const christmas = utc(year, 12, 25);
  switch (weekday(christmas)) {
    case 6: // Saturday: both move to Monday and Tuesday
      events.push({ title: sub('Christmas Day'), date: `${year}-12-27` }, { title: sub('Boxing Day'), date: `${year}-12-28` });
      break;
    case 0: // Sunday
      events.push({ title: 'Boxing Day', date: `${year}-12-26` }, { title: sub('Christmas Day'), date: `${year}-12-27` });
      break;
    case 5: // Friday: Boxing Day is Saturday
      events.push({ title: 'Christmas Day', date: `${year}-12-25` }, { title: sub('Boxing Day'), date: `${year}-12-28` });
      break;
    default:
      events.push({ title: 'Christmas Day', date: `${year}-12-25` }, { title: 'Boxing Day', date: `${year}-12-26` });
  }
  return events;
}

describe('the rules used to check the data', () => {
  it('give the known Easter Sundays and substitute days of other years', () => {
    // Easter dates from published tables; 2021/2022 substitutes as gov.uk listed them.
    expect([2019, 2024, 2025, 2038].map((y) => iso(easterSunday(y)))).toEqual(['2019-04-21', '2024-03-31', '2025-04-20', '2038-04-25']);
    expect(computed(2021).slice(-2).map((e) => e.date)).toEqual(['2021-12-27', '2021-12-28']);
    expect(computed(2022)[0]).toEqual({ title: 'New Year’s Day (substitute day)', date: '2022-01-03' });
    expect(computed(2022).slice(-2).map((e) => e.date)).toEqual(['2022-12-26', '2022-12-27']);
  });
});

describe('shipped England and Wales bank holidays', () => {
  it('are exactly the holidays the rules give for every year they cover', () => {
    const years = [...new Set(data.events.map((e) => Number(e.date.slice(0, 4))))];
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(data.events).toEqual(years.flatMap(computed));
  });

  it('match a public copy of gov.uk’s list for 2024 to 2027 (dmossop/bank-holidays-data), substitute notes folded into titles', () => {
    // Dates as gov.uk's JSON gives them; * marks an event whose notes say "Substitute day".
    const govUk = `2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
      2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
      2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28*
      2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27* 2027-12-28*`
      .split(/\s+/)
      .filter(Boolean);
    const shipped = data.events.filter((e) => e.date < '2028');
    expect(shipped.map((e) => e.date + (e.title.endsWith('(substitute day)') ? '*' : ''))).toEqual(govUk);
  });

  it('say where they came from and when', () => {
    expect(data.source).toBe('https://www.gov.uk/bank-holidays.json');
    expect(data.division).toBe('england-and-wales');
    expect(data.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('are offered as a set per region, the same set each time', () => {
    const dates = bankHolidayDates('england-and-wales');
    expect(dates.size).toBe(40);
    expect(dates.has('2026-12-28')).toBe(true);
    expect(dates.has('2026-12-26')).toBe(false); // a Saturday: the holiday is the Monday
    expect(bankHolidayDates('england-and-wales')).toBe(dates);
    expect(bankHolidayDates('none').size).toBe(0);
  });

  it('name each holiday with gov.uk’s title', () => {
    expect(bankHolidayTitle('2027-03-29')).toBe('Easter Monday');
    expect(bankHolidayTitle('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHolidayTitle('2027-12-25')).toBeUndefined();
    expect(bankHolidayTitle('not a date')).toBeUndefined();
  });

  it('state the whole years they cover, so the options page can warn beyond them', () => {
    expect(BANK_HOLIDAY_DATA_RANGE).toEqual({ first: '2024-01-01', last: '2028-12-31', takenOn: '2026-11-21' });
  });
});
