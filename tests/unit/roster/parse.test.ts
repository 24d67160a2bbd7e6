import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addYears, parseUkDate, turns19On } from '@/utils/roster/dates';
import { normaliseHandle } from '@/utils/roster/normalise';
import {
  decodeRosterBytes,
  isProfessionalRelationship,
  isRejected,
  MAX_ROSTER_BYTES,
  parseRosterBytes,
  parseRosterText,
  roleOf,
  yearGroupOf,
  type ParseOptions,
} from '@/utils/roster/parse';
import type { ParsedRoster, RejectedRoster, RosterEntry } from '@/utils/roster/types';

const TODAY = '2025-06-01';
const OPTIONS: ParseOptions = { today: TODAY };

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/roster/${name}`, import.meta.url)));
const fixtureText = (name: string) => readFileSync(new URL(`../../fixtures/roster/${name}`, import.meta.url), 'utf8');

function accepted(result: ParsedRoster | RejectedRoster): ParsedRoster {
  if (isRejected(result)) throw new Error(`expected a roster, got a rejection: ${result.reason} ${JSON.stringify(result.problems)}`);
  return result;
}
function rejected(result: ParsedRoster | RejectedRoster): RejectedRoster {
  if (!isRejected(result)) throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
  return result;
}
const names = (r: ParsedRoster) => r.entries.map((e) => `${e.firstName} ${e.lastName}`);
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

const CANONICAL: RosterEntry[] = [
  { id: 0, firstName: 'Ellie', lastName: 'Smith', preferredName: 'Ells', role: 'pupil', yearGroup: 'Year 9', handles: ['ellie.smith09', 'ellie.s'] },
  { id: 1, firstName: 'Oliver', lastName: 'Okafor', role: 'pupil', yearGroup: 'Year 7', handles: [] },
  { id: 2, firstName: 'Amelia', lastName: 'Clarke-Hughes', preferredName: 'Millie', role: 'pupil', yearGroup: 'Reception', handles: [] },
  { id: 3, firstName: 'Jack', lastName: 'Thompson', role: 'former_pupil', yearGroup: 'Year 13', turns19On: '2027-03-01', handles: ['jackt_08'] },
  { id: 4, firstName: 'Priya', lastName: 'Patel', role: 'former_pupil', turns19On: '2019-09-03', handles: ['priya.p'] },
  { id: 5, firstName: 'Grace', lastName: "O'Neill", role: 'parent', yearGroup: 'Year 9', handles: ['graceoneill'] },
  { id: 6, firstName: 'Daniel', lastName: 'Evans', preferredName: 'Dan', role: 'staff', handles: ['mr_evans', 'dan_evans'] },
];

describe('canonical files', () => {
  it('reads canonical.csv', () => {
    const r = accepted(parseRosterBytes(fixture('canonical.csv'), OPTIONS));
    expect(r.entries).toEqual(CANONICAL);
    expect(r.problems).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.rowCount).toBe(7);
  });

  it('reads canonical.json to the same entries (handles as a list or a ";" string, numbers as text)', () => {
    const r = accepted(parseRosterBytes(fixture('canonical.json'), { ...OPTIONS, fileName: 'canonical.json' }));
    expect(r.entries).toEqual(CANONICAL);
    expect(r.problems).toEqual([]);
    expect(r.rowCount).toBe(7);
  });

  it('accepts {"roster": [...]} and {"people": [...]}', () => {
    const people = JSON.parse(fixtureText('canonical.json')) as unknown[];
    expect(accepted(parseRosterText(JSON.stringify({ roster: people }), OPTIONS)).entries).toEqual(CANONICAL);
    expect(accepted(parseRosterText(JSON.stringify({ people }), OPTIONS)).entries).toEqual(CANONICAL);
  });

  it('numbers JSON rows by array index + 1 and reports items that are not people', () => {
    const text = JSON.stringify([
      { first_name: 'Ellie', last_name: 'Smith', role: 'pupil' },
      { first_name: 'Tom', role: 'pupil' },
      'Ann Lee',
      { first_name: 'Raj', last_name: 'Patel', role: 'parent', year_group: { value: 9 } },
      { first_name: 'Sam', last_name: 'Cole', role: 'staff' },
      { first_name: 'Ada', last_name: 'Rees', role: 'pupil' },
      { first_name: 'Kit', last_name: 'Moss', role: 'pupil' },
      { first_name: 'Ned', last_name: 'Hart', role: 'pupil' },
      { first_name: 'Bo', last_name: 'Lowe', role: 'pupil' },
    ]);
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.problems).toEqual([
      { row: 2, column: 'last_name', reason: 'last name is missing' },
      { row: 3, column: '(row)', reason: expect.stringMatching(/^is not a person/) },
      { row: 4, column: 'year_group', reason: 'is not text' },
    ]);
    expect(names(r)).toEqual(['Ellie Smith', 'Sam Cole', 'Ada Rees', 'Kit Moss', 'Ned Hart', 'Bo Lowe']);
    expect(r.entries.map((e) => e.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.rowCount).toBe(9);
  });

  it('reads tests/fixtures/roster/e2e-school.csv, the file the end-to-end tests import', () => {
    const r = accepted(parseRosterBytes(fixture('e2e-school.csv'), OPTIONS));
    expect(r.problems).toEqual([]);
    expect(r.entries).toHaveLength(9);
  });
});

describe('MIS exports', () => {
  it('reads a SIMS pupil list, dropping UPN, Adno, Gender and Reg Group entirely', () => {
    const r = accepted(parseRosterBytes(fixture('sims-pupils.csv'), OPTIONS));
    expect(r.entries).toEqual([
      { id: 0, firstName: 'Samuel', lastName: 'Whitfield', preferredName: 'Sam', role: 'pupil', yearGroup: 'Year 8', handles: [] },
      { id: 1, firstName: 'Zuzanna', lastName: 'Nowak', preferredName: 'Zuzia', role: 'pupil', yearGroup: 'Year 9', handles: [] },
      { id: 2, firstName: 'Aisha', lastName: 'Begum', preferredLastName: 'Begum-Rahman', role: 'pupil', yearGroup: 'Year 6', handles: [] },
      { id: 3, firstName: 'Finlay', lastName: 'MacLeod', preferredName: 'Finn', role: 'former_pupil', yearGroup: 'Year 13', turns19On: '2025-04-21', handles: [] },
      { id: 4, firstName: 'Tobiloba', lastName: 'Adeyemi', preferredName: 'Tobi', role: 'pupil', yearGroup: 'Reception', handles: [] },
    ]);
    const out = JSON.stringify(r);
    for (const dropped of ['002145', 'A820123456789', 'K820123456790', '8WH', '9NK', '6R', '"M"', '"F"']) expect(out).not.toContain(dropped);
    for (const birth of ['03/11/2012', '2012-11-03', '21/04/2006', '2006-04-21', '18/07/2024', '2024-07-18']) expect(out).not.toContain(birth);
    expect(r.notes).toContain('Not read and not stored: the columns Adno, UPN, Gender, Reg Group.');
    expect(r.notes).toContain(
      'The file has no role column, so every row was read as a pupil, except rows with a leaving date, which were read as former pupils.',
    );
  });

  it('reads a SIMS contacts report: each pupil once, family contacts as parents, professionals skipped with a note', () => {
    const r = accepted(parseRosterBytes(fixture('sims-contacts.csv'), OPTIONS));
    const who = r.entries.map((e) => [e.role, `${e.firstName} ${e.lastName}`, e.yearGroup]);
    expect(who).toEqual([
      ['pupil', 'Samuel Whitfield', 'Year 8'],
      ['parent', 'Karen Whitfield', 'Year 8'],
      ['parent', 'Gareth Whitfield', 'Year 8'],
      ['pupil', 'Zuzanna Nowak', 'Year 9'],
      ['parent', 'Agnieszka Nowak', 'Year 9'],
      ['pupil', 'Aisha Begum', 'Year 6'],
      ['parent', 'Imran Rahman', 'Year 6'],
      ['parent', 'Shirin Begum', 'Year 6'],
    ]);
    expect(r.entries.map((e) => e.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(r.problems).toEqual([]);
    expect(r.rowCount).toBe(7);
    expect(r.notes).toContain(
      'Skipped 2 contacts with a professional relationship (Social Worker, Doctor): only family members and carers are kept, as parents.',
    );
    const out = JSON.stringify(r.entries);
    for (const absent of ['Helen', 'Ashworth', 'Ravi', 'Menon', 'Mrs', 'Yes']) expect(out).not.toContain(absent);
  });

  it('reads an Arbor guardian export', () => {
    const text = csv(
      'First name,Last name,Year,Guardian first name,Guardian last name,Relationship',
      'Freya,Lindqvist,Year 10,Astrid,Lindqvist,Mother',
      'Freya,Lindqvist,Year 10,Erik,Lindqvist,Father',
      'Kwame,Mensah-Boateng,Year 11,Abena,Mensah,Aunt',
      'Kwame,Mensah-Boateng,Year 11,Joanne,Price,Other Professional',
    );
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.entries.map((e) => [e.role, `${e.firstName} ${e.lastName}`, e.yearGroup])).toEqual([
      ['pupil', 'Freya Lindqvist', 'Year 10'],
      ['parent', 'Astrid Lindqvist', 'Year 10'],
      ['parent', 'Erik Lindqvist', 'Year 10'],
      ['pupil', 'Kwame Mensah-Boateng', 'Year 11'],
      ['parent', 'Abena Mensah', 'Year 11'],
    ]);
    expect(r.notes.some((n) => n.startsWith('Skipped 1 contact with a professional relationship (Other Professional)'))).toBe(true);
  });

  it('keeps the pupil when the contact on the same row has a problem', () => {
    const text = csv('Forename,Surname,Year Group,Contact Forename,Contact Surname,Contact Relationship', 'Ellie,Smith,Year 9,Karen,,Mother', 'Tom,Jones,Year 9,,,');
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.problems).toEqual([{ row: 2, column: 'Contact Surname', reason: 'last name is missing' }]);
    expect(names(r)).toEqual(['Ellie Smith', 'Tom Jones']);
  });

  it('rejects a contacts file in which every contact is a professional, as it holds nobody to keep', () => {
    const text = csv('Contact Forename,Contact Surname,Relationship', 'Helen,Ashworth,Social Worker', 'Ravi,Menon,GP');
    expect(rejected(parseRosterText(text, OPTIONS)).reason).toBe('No row in this file could be read as a person, so nothing was changed.');
  });

  it('reads an Arbor student export: legal names, preferred names, and a leaver', () => {
    const r = accepted(parseRosterBytes(fixture('arbor-students.csv'), OPTIONS));
    expect(r.entries).toEqual([
      { id: 0, firstName: 'Freya', lastName: 'Lindqvist', preferredName: 'Frey', role: 'pupil', yearGroup: 'Year 10', handles: [] },
      { id: 1, firstName: 'Kwame', lastName: 'Mensah-Boateng', preferredLastName: 'Mensah', role: 'pupil', yearGroup: 'Year 11', handles: [] },
      { id: 2, firstName: 'Isla', lastName: 'Fraser', role: 'pupil', yearGroup: 'Year 12', handles: [] },
      { id: 3, firstName: 'Callum', lastName: 'Reid', preferredName: 'Cal', role: 'former_pupil', yearGroup: 'Year 13', turns19On: '2024-03-19', handles: [] },
    ]);
    const out = JSON.stringify(r);
    for (const dropped of ['10L', '11M', 'E820123456794', 'H820123456797', '2010-08-04', '2023-07-21']) expect(out).not.toContain(dropped);
  });

  it('reads a semicolon-separated Bromcom export with DD.MM.YYYY and D/M/YYYY dates', () => {
    const r = accepted(parseRosterBytes(fixture('bromcom-students.csv'), OPTIONS));
    expect(r.entries).toEqual([
      { id: 0, firstName: 'Hanna', lastName: 'Kowalczyk', preferredName: 'Hania', role: 'pupil', yearGroup: 'Year 11', handles: [] },
      { id: 1, firstName: 'Seán', lastName: 'Doherty', role: 'pupil', yearGroup: 'Year 7', handles: [] },
      { id: 2, firstName: 'Yusuf', lastName: 'Ahmed', role: 'pupil', yearGroup: 'Year 13', handles: [] },
      { id: 3, firstName: 'Niamh', lastName: 'Byrne', role: 'pupil', yearGroup: 'Year 12', handles: [] },
    ]);
    expect(r.problems).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('J820123456798');
  });

  it('reads a tab-separated file with handle columns per network', () => {
    const text = csv('Forename\tSurname\tType\tInstagram\tTikTok\tX', 'Ellie\tSmith\tStudent\t@ellie.smith09\t@Ellie.Smith09\thttps://x.com/ells_09');
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.entries).toEqual([{ id: 0, firstName: 'Ellie', lastName: 'Smith', role: 'pupil', handles: ['ellie.smith09', 'ells_09'] }]);
  });

  it('skips a title line above the headings', () => {
    const r = accepted(parseRosterText(csv('Student List - Summer Term', '', 'Forename,Surname,Year', 'Ellie,Smith,9'), OPTIONS));
    expect(names(r)).toEqual(['Ellie Smith']);
    expect(r.notes).toContain('Skipped 1 line above the column headings.');
  });
});

describe('encodings', () => {
  const header = 'first_name,last_name,role';
  const people = ['Zoë,Brontë,pupil', 'Renée,Faure,parent', 'José,Álvarez,staff'];

  it('decodes UTF-8 with a BOM (utf8-bom.csv)', () => {
    const bytes = fixture('utf8-bom.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const d = decodeRosterBytes(bytes);
    expect(d.encoding).toBe('UTF-8');
    expect(d.text.startsWith('first_name')).toBe(true);
    const r = accepted(parseRosterBytes(bytes, OPTIONS));
    expect(names(r)).toEqual(['Zoë Brontë', 'Siân Llewelyn', 'Łukasz Wiśniewski']);
    expect(r.notes).toEqual([]);
  });

  it('decodes UTF-8 without a BOM', () => {
    const d = decodeRosterBytes(new TextEncoder().encode(csv(header, ...people)));
    expect(d.encoding).toBe('UTF-8');
    expect(d.text).toContain('Zoë,Brontë');
  });

  it('decodes Windows-1252 (windows-1252.csv as Excel writes it), including 0x92 as ’', () => {
    const bytes = Buffer.concat([
      Buffer.from(csv(header, ...people), 'latin1'),
      Buffer.from('Siobh\xe1n,O', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('Brien,pupil\r\n', 'latin1'),
    ]);
    expect(bytes.includes(0xeb)).toBe(true);
    expect(bytes.includes(0xe9)).toBe(true);
    const d = decodeRosterBytes(new Uint8Array(bytes));
    expect(d.encoding).toBe('Windows-1252');
    const r = accepted(parseRosterBytes(new Uint8Array(bytes), OPTIONS));
    expect(names(r)).toEqual(['Zoë Brontë', 'Renée Faure', 'José Álvarez', 'Siobhán O’Brien']);
    expect(r.notes[0]).toBe('Read as Windows-1252 (the file is not UTF-8).');
  });

  it('decodes Excel "Unicode text": UTF-16 LE with a BOM, tab-separated (utf16le-excel.txt)', () => {
    const tsv = ['Forename\tSurname\tYear', 'Zoë\tBrontë\t8', 'Renée\tFaure\t9', 'José\tÁlvarez\tRec', '李\t小龙\t10'].join('\r\n');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    const d = decodeRosterBytes(bytes);
    expect(d).toEqual({ text: tsv, encoding: 'UTF-16LE' });
    const r = accepted(parseRosterBytes(bytes, { ...OPTIONS, fileName: 'utf16le-excel.txt' }));
    expect(names(r)).toEqual(['Zoë Brontë', 'Renée Faure', 'José Álvarez', '李 小龙']);
    expect(r.entries.map((e) => e.yearGroup)).toEqual(['Year 8', 'Year 9', 'Reception', 'Year 10']);
    expect(r.notes[0]).toBe('Read as UTF-16LE (Excel “Unicode text”).');
  });

  it('decodes UTF-16 BE with a BOM, and UTF-16 LE without one', () => {
    const text = csv(header, ...people);
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeRosterBytes(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual({ text, encoding: 'UTF-16BE' });
    expect(decodeRosterBytes(new Uint8Array(le))).toEqual({ text, encoding: 'UTF-16LE' });
  });
});

describe('bad rows', () => {
  it('reports each bad row by spreadsheet row number, column and reason, and keeps the good ones', () => {
    // Blank lines count as rows, as in a spreadsheet; a quoted cell spanning two lines is one row.
    const text = csv(
      'first_name,last_name,role,year_group,date_of_birth',
      'Ellie,Smith,pupil,Year 9,14/05/2011',
      '',
      'Tom,Jones,pupil,Year 9,31/02/2010',
      '"Ann',
      'Marie",Lee,pupil,Year 8,',
      'Bob,,pupil,Year 7,',
      'Mr,Xavier,teacherr,,',
      'Kit,Moss,pupil,Year 6,',
      'Ned,Hart,pupil,Year 6,',
      'Sol,Ray,student,Year 6,',
    );
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.problems).toEqual([
      { row: 4, column: 'date_of_birth', reason: 'the date is not a real date' },
      { row: 6, column: 'last_name', reason: 'last name is missing' },
      { row: 7, column: 'role', reason: 'role “teacherr” is not one of pupil, former pupil, parent, staff' },
    ]);
    expect(names(r)).toEqual(['Ellie Smith', 'Ann Marie Lee', 'Kit Moss', 'Ned Hart', 'Sol Ray']);
    expect(r.rowCount).toBe(8);
  });

  it('reports every problem in one row', () => {
    const r = accepted(parseRosterText(csv('Forename,Surname,Year,DOB', ',,Year 15,12/03/2090', 'Ellie,Smith,,', 'Tom,Jones,,'), OPTIONS));
    expect(r.problems).toEqual([
      { row: 2, column: 'Forename', reason: 'first name is missing' },
      { row: 2, column: 'Surname', reason: 'last name is missing' },
      { row: 2, column: 'Year', reason: 'year group “Year 15” is not one Chalkline knows: use Nursery, Reception or Year 1 to Year 13' },
    ]);
  });

  it('says why a date is wrong, without ever repeating a child\'s date of birth', () => {
    const rows = ['12/03/2090', '01/01/1900', '12/03/16', '03/25/2016', 'March 2017', '2017-13-01'];
    const text = csv('first_name,last_name,date_of_birth', ...rows.map((d, i) => `A${i},B,${d}`), ...rows.map((_, i) => `C${i},D,`));
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, 'date_of_birth', 'the date of birth is in the future'],
      [3, 'date_of_birth', 'the date of birth is more than 100 years ago'],
      [4, 'date_of_birth', 'the date has a two-digit year: write the date as DD/MM/YYYY'],
      [5, 'date_of_birth', 'the date is not a real date (dates are read day first, as DD/MM/YYYY)'],
      [6, 'date_of_birth', 'the date is not a date in the form DD/MM/YYYY or YYYY-MM-DD'],
      [7, 'date_of_birth', 'the date is not a real date'],
    ]);
    for (const p of r.problems) for (const d of rows) expect(p.reason).not.toContain(d);
  });

  it('caps name lengths and handle counts', () => {
    const long = 'A'.repeat(101);
    const many = Array.from({ length: 21 }, (_, i) => `h${i}`).join(';');
    const text = csv('first_name,last_name,handles', `${long},Smith,`, `Tom,Jones,${many}`, 'Ann,Lee,a;b', 'Kit,Moss,', 'Ned,Hart,');
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.problems).toEqual([
      { row: 2, column: 'first_name', reason: 'first name is longer than 100 characters' },
      { row: 3, column: 'handles', reason: 'has 21 handles; a person can have at most 20' },
    ]);
    expect(names(r)).toEqual(['Ann Lee', 'Kit Moss', 'Ned Hart']);
  });

  it('reports a quotation mark that is never closed', () => {
    const r = accepted(parseRosterText(csv('first_name,last_name', 'Ann,Lee', 'Kit,Moss', 'Ned,Hart', '"Tom,Jones'), OPTIONS));
    expect(r.problems).toEqual([{ row: 5, column: '(row)', reason: expect.stringMatching(/quotation mark that is never closed/) }]);
    expect(names(r)).toEqual(['Ann Lee', 'Kit Moss', 'Ned Hart']);
  });
});

describe('files that are not rosters', () => {
  it('rejects an empty file, and one with only whitespace', () => {
    expect(rejected(parseRosterBytes(fixture('empty.csv'), OPTIONS))).toEqual({ rejected: true, reason: 'The file is empty.', problems: [] });
    expect(rejected(parseRosterText('\n  \r\n\t\n', OPTIONS)).reason).toBe('The file is empty.');
    expect(rejected(parseRosterBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), OPTIONS)).reason).toBe('The file is empty.');
  });

  it('rejects a web page such as a sign-in page, saying to check the address can be fetched without signing in', () => {
    const r = rejected(parseRosterBytes(fixture('not-a-roster.html'), OPTIONS));
    expect(r.reason).toMatch(/looks like a web page/);
    expect(r.reason).toMatch(/sign-in page/);
    expect(r.reason).toMatch(/fetched without signing in/);
    expect(rejected(parseRosterText('<html><body>Please log in</body></html>', OPTIONS)).reason).toMatch(/web page/);
    expect(rejected(parseRosterText('  \n<!-- x -->\n<head></head><body>x</body>', OPTIONS)).reason).toMatch(/web page/);
  });

  it('rejects a file with no name columns, listing the columns found and the ones expected', () => {
    const r = rejected(parseRosterBytes(fixture('wrong-columns.csv'), OPTIONS));
    expect(r.reason).toMatch(/no columns for first and last names/);
    expect(r.reason).toContain('Columns found: Invoice Number, Invoice Date, Supplier, Description, Net, VAT, Gross.');
    expect(r.reason).toContain('first_name, last_name, preferred_name, role, year_group, date_of_birth, left_on, handles');
    expect(r.problems).toEqual([]);
  });

  it('rejects JSON that is not a list of people, and JSON that does not parse', () => {
    for (const text of ['{"school": "Oak Hill"}', '[1, 2, 3]', '"Ellie Smith"', '{"roster": "none"}']) {
      expect(rejected(parseRosterText(text, { ...OPTIONS, fileName: 'roster.json' })).reason).toMatch(/^This JSON file is not a list of people/);
    }
    expect(rejected(parseRosterText('[{"first_name": "Ellie",}]', OPTIONS)).reason).toMatch(/^The file is not valid JSON: the problem is at line 1/);
    expect(rejected(parseRosterText('[]', OPTIONS)).reason).toMatch(/no people/);
  });

  it('rejects a file with headings and no rows', () => {
    expect(rejected(parseRosterText('first_name,last_name\n\n', OPTIONS)).reason).toBe('The file has column headings but no people in it, so nothing was changed.');
  });

  it('rejects mostly-bad.csv: 19 of 20 rows have problems', () => {
    const r = rejected(parseRosterBytes(fixture('mostly-bad.csv'), OPTIONS));
    expect(r.reason).toBe('19 of 20 rows have problems, so this does not look like a roster file: nothing was changed.');
    expect(r.problems.length).toBeGreaterThanOrEqual(19);
    expect(r.problems.length).toBeLessThanOrEqual(50);
    expect(new Set(r.problems.map((p) => p.row))).toEqual(new Set(Array.from({ length: 19 }, (_, i) => i + 2)));
    expect(r.problems[0]).toEqual({ row: 2, column: 'date_of_birth', reason: 'the date is not a real date' });
  });

  it('lists at most 50 problems in a rejection', () => {
    const text = csv('first_name,last_name,role', ...Array.from({ length: 100 }, (_, i) => `A${i},B,nobody`));
    const r = rejected(parseRosterText(text, OPTIONS));
    expect(r.reason).toBe('100 of 100 rows have problems, so this does not look like a roster file: nothing was changed.');
    expect(r.problems).toHaveLength(50);
  });

  it('rejects a file over 50 MB without reading it', () => {
    const r = rejected(parseRosterBytes(new Uint8Array(MAX_ROSTER_BYTES + 1), OPTIONS));
    expect(r.reason).toMatch(/larger than 50 MB/);
  });

  it('rejects more than 200,000 rows', () => {
    const text = `first_name,last_name\n${'Ann,Lee\n'.repeat(200_001)}`;
    expect(rejected(parseRosterText(text, OPTIONS)).reason).toMatch(/more than 200,000 rows/);
  });
});

describe('former pupils', () => {
  it('keeps the date they turn 19 and never a date of birth or leaving date', () => {
    const text = csv(
      'first_name,last_name,role,date_of_birth,left_on',
      'Jack,Thompson,former_pupil,29/02/2008,20/07/2024',
      'Priya,Patel,leaver,03/09/2000,19/07/2019',
      'Ellie,Smith,pupil,14/05/2011,',
      'Raj,Patel,parent,02/02/1980,',
    );
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.entries.map((e) => [e.firstName, e.role, e.turns19On])).toEqual([
      ['Jack', 'former_pupil', '2027-03-01'],
      ['Priya', 'former_pupil', '2019-09-03'],
      ['Ellie', 'pupil', undefined],
      ['Raj', 'parent', undefined],
    ]);
    const out = JSON.stringify(r);
    for (const date of ['29/02/2008', '2008-02-29', '20/07/2024', '2024-07-20', '03/09/2000', '2000-09-03', '14/05/2011', '2011-05-14', '02/02/1980', '1980-02-02']) {
      expect(out).not.toContain(date);
    }
  });

  it('notes former pupils with no date of birth, once', () => {
    const one = accepted(parseRosterText(csv('first_name,last_name,role', 'Jack,Thompson,former pupil', 'Ann,Lee,pupil'), OPTIONS));
    expect(one.entries[0]).toEqual({ id: 0, firstName: 'Jack', lastName: 'Thompson', role: 'former_pupil', handles: [] });
    expect(one.notes).toEqual(['1 former pupil has no date of birth, so Chalkline treats them as under 19.']);
    const two = accepted(parseRosterText(csv('first_name,last_name,role', 'Jack,Thompson,alumni', 'Ann,Lee,ex-pupil'), OPTIONS));
    expect(two.notes).toEqual(['2 former pupils have no date of birth, so Chalkline treats them as under 19.']);
  });

  it('computes turns19On, moving 29 February to 1 March', () => {
    expect(turns19On('2008-02-29')).toBe('2027-03-01');
    expect(turns19On('2004-02-29')).toBe('2023-03-01');
    expect(turns19On('2010-03-12')).toBe('2029-03-12');
    expect(addYears('2024-02-29', -100)).toBe('1924-02-29');
  });
});

describe('roles', () => {
  it('reads every spelling of each role', () => {
    const cases: [string, string][] = [
      ['pupil', 'pupil'], ['Student', 'pupil'], ['learner', 'pupil'],
      ['former pupil', 'former_pupil'], ['former_pupil', 'former_pupil'], ['Leaver', 'former_pupil'], ['ex-pupil', 'former_pupil'],
      ['alumni', 'former_pupil'], ['Alumnus', 'former_pupil'],
      ['parent', 'parent'], ['Carer', 'parent'], ['guardian', 'parent'], ['contact', 'parent'], ['Parent/Carer', 'parent'],
      ['staff', 'staff'], ['Teacher', 'staff'], ['employee', 'staff'], ['colleague', 'staff'], ['Support Staff', 'staff'],
    ];
    for (const [value, role] of cases) expect(roleOf(value), value).toBe(role);
    expect(roleOf('teacherr')).toBeUndefined();
    expect(roleOf('governor')).toBeUndefined();
  });

  it('with no role column, reads every row as a pupil except those with a leaving date', () => {
    const r = accepted(parseRosterText(csv('Forename,Surname,DOB,Leaving Date', 'Ellie,Smith,14/05/2011,', 'Jack,Thompson,29/02/2008,20/07/2024'), OPTIONS));
    expect(r.entries.map((e) => e.role)).toEqual(['pupil', 'former_pupil']);
    expect(r.entries[1]!.turns19On).toBe('2027-03-01');
    expect(r.notes).toContain(
      'The file has no role column, so every row was read as a pupil, except rows with a leaving date, which were read as former pupils.',
    );
  });

  it('reads an empty role cell the same way, with a note', () => {
    const r = accepted(parseRosterText(csv('first_name,last_name,role', 'Ellie,Smith,', 'Sam,Cole,staff'), OPTIONS));
    expect(r.entries.map((e) => e.role)).toEqual(['pupil', 'staff']);
    expect(r.notes).toEqual(['1 row has no role, so it was read as a pupil (a former pupil if it gives a leaving date).']);
    const three = accepted(parseRosterText(csv('first_name,last_name,role,left_on', 'A,B,,', 'C,D,,', 'E,F,,01/09/2024'), OPTIONS));
    expect(three.entries.map((e) => e.role)).toEqual(['pupil', 'pupil', 'former_pupil']);
    expect(three.notes).toContain('3 rows have no role, so they were read as pupils (former pupils where they give a leaving date).');
  });

  it('tells professional contacts from family ones', () => {
    for (const rel of ['Social Worker', 'Doctor', 'GP', 'Childminder', 'Police', 'Solicitor', 'Agency', 'Other Professional']) {
      expect(isProfessionalRelationship(rel), rel).toBe(true);
    }
    for (const rel of ['Mother', 'Father', 'Parent', 'Carer', 'Guardian', 'Step-mother', 'Foster Carer', 'Agency foster carer', 'Grandparent', 'Aunt', 'Uncle', 'Sibling over 18', 'Other Relative', 'Emergency Contact', '']) {
      expect(isProfessionalRelationship(rel), rel).toBe(false);
    }
  });
});

describe('values', () => {
  it('reads year groups', () => {
    const cases: [string, string][] = [
      ['9', 'Year 9'], ['Y9', 'Year 9'], ['Yr 9', 'Year 9'], ['Year 9', 'Year 9'], ['year9', 'Year 9'], ['NC Year 9', 'Year 9'], ['09', 'Year 9'],
      ['R', 'Reception'], ['Rec', 'Reception'], ['Reception', 'Reception'],
      ['N', 'Nursery'], ['N1', 'Nursery'], ['N2', 'Nursery'], ['Nursery', 'Nursery'],
      ['12', 'Year 12'], ['L6', 'Year 12'], ['Lower Sixth', 'Year 12'], ['13', 'Year 13'], ['U6', 'Year 13'], ['Upper Sixth', 'Year 13'], ['1', 'Year 1'],
    ];
    for (const [value, year] of cases) expect(yearGroupOf(value), value).toBe(year);
    for (const bad of ['0', '14', 'Year 15', '9A', 'Form 3B', 'Sixth', 'Y']) expect(yearGroupOf(bad), bad).toBeUndefined();
  });

  it('reads UK dates, day first', () => {
    const cases: [string, string][] = [
      ['2010-03-12', '2010-03-12'], ['12/03/2010', '2010-03-12'], ['12-03-2010', '2010-03-12'], ['12.03.2010', '2010-03-12'],
      ['1/3/2010', '2010-03-01'], ['12/03/2010 00:00', '2010-03-12'], ['12/03/2010 00:00:00', '2010-03-12'], ['2010-03-12T00:00:00Z', '2010-03-12'],
      ['12 Mar 2010', '2010-03-12'], ['29/02/2008', '2008-02-29'],
    ];
    for (const [value, iso] of cases) expect(parseUkDate(value), value).toEqual({ ok: true, iso });
    for (const bad of ['31/02/2010', '29/02/2010', '2010-02-30', '12/3/10', 'soon', '']) expect(parseUkDate(bad).ok, bad).toBe(false);
  });

  it('tidies names: trims, collapses whitespace, strips control characters, keeps case and accents', () => {
    const text = csv('first_name,last_name,preferred_name,role', '  Zoë\u200b  Anne ,\u0007O’Brien-Smith\t,ZOË ANNE,pupil', 'Ann,Lee,  ,pupil');
    const r = accepted(parseRosterText(text, OPTIONS));
    expect(r.entries[0]).toEqual({ id: 0, firstName: 'Zoë Anne', lastName: 'O’Brien-Smith', role: 'pupil', handles: [] });
    expect(r.entries[1]).toEqual({ id: 1, firstName: 'Ann', lastName: 'Lee', role: 'pupil', handles: [] });
  });

  it('splits handles on ";", "," and spaces, normalises and de-duplicates them', () => {
    const text = csv('first_name,last_name,role,handles', 'Ellie,Smith,pupil,"@Ellie.Smith09; ellie.smith09, https://www.tiktok.com/@ells_09  ;;"');
    expect(accepted(parseRosterText(text, OPTIONS)).entries[0]!.handles).toEqual(['ellie.smith09', 'ells_09']);
  });
});

describe('round trip (property)', () => {
  const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëïøłçñÅÆŠ李\'’-,."'];
  const word = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 12 });
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
  const handle = fc
    .tuple(fc.constantFrom('', '@'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC0123456789._'), minLength: 1, maxLength: 15 }))
    .map(([at, h]) => at + h);
  const row = fc.record({
    first_name: name,
    last_name: name,
    preferred_name: fc.option(name, { nil: '' }),
    role: fc.constantFrom('pupil', 'former_pupil', 'parent', 'staff'),
    handles: fc.array(handle, { maxLength: 4 }).map((hs) => hs.join(';')),
  });

  it('papaparse.unparse then parse gives back the same names, roles and handles', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const r = accepted(parseRosterText(Papa.unparse(rows), OPTIONS));
        expect(r.problems).toEqual([]);
        expect(r.entries.map((e) => ({ f: e.firstName, l: e.lastName, role: e.role, handles: e.handles }))).toEqual(
          rows.map((x) => ({
            f: x.first_name,
            l: x.last_name,
            role: x.role,
            handles: [...new Set(x.handles.split(';').map(normaliseHandle).filter(Boolean))],
          })),
        );
        r.entries.forEach((e, i) => {
          const p = rows[i]!.preferred_name;
          expect(e.preferredName).toBe(p && p.toLowerCase() !== rows[i]!.first_name.toLowerCase() ? p : undefined);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('scale', () => {
  it('reads 50,000 generated canonical rows', () => {
    const roles = ['pupil', 'former_pupil', 'parent', 'staff'];
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      first_name: `First${i}`,
      last_name: `Last${i % 977}`,
      preferred_name: i % 3 ? '' : `Pref${i}`,
      role: roles[i % 4],
      year_group: `Year ${1 + (i % 13)}`,
      date_of_birth: i % 4 === 1 ? `${1 + (i % 28)}/03/2005` : '',
      left_on: i % 4 === 1 ? '2021-07-20' : '',
      handles: i % 5 ? '' : `@user${i};user${i}_b`,
    }));
    const bytes = new TextEncoder().encode(Papa.unparse(rows));
    const started = performance.now();
    const r = accepted(parseRosterBytes(bytes, OPTIONS));
    const ms = performance.now() - started;
    expect(r.entries).toHaveLength(50_000);
    expect(r.problems).toEqual([]);
    expect(r.entries[1]).toEqual({ id: 1, firstName: 'First1', lastName: 'Last1', role: 'former_pupil', yearGroup: 'Year 2', turns19On: '2024-03-02', handles: [] });
    console.info(`roster parse: 50,000 canonical rows (${(bytes.length / 1e6).toFixed(1)} MB) in ${ms.toFixed(0)} ms`);
  });
});
