/**
 * Reads a school's roster file — canonical CSV, SIMS/Arbor/Bromcom exports (CSV, TSV, semicolons) or
 * JSON — into the entries Chalkline keeps. Pure functions with no browser APIs, so they run in the
 * service worker and in Node alike.
 *
 * Data minimisation: only the columns that matching needs are read. Every other column (Gender, UPN,
 * Reg Group, …) is never touched, dates of birth and leaving dates are never stored, and a former
 * pupil keeps only the date they turn 19.
 */
import Papa from 'papaparse';
import { decodeTextBytes, type TextEncodingName } from '../decode-text';
import { z } from 'zod';
import { describeJsonError } from '../config/file';
import { addYears, isIsoDate, parseUkDate, quote, turns19On } from './dates';
import { CANONICAL_COLUMNS, hasNameColumns, isContactExport, mapHeaders, type HeaderMapping } from './headers';
import { normaliseHandle, normaliseName } from './normalise';
import type { ParsedRoster, RejectedRoster, RosterEntry, RosterRole, RowProblem } from './types';

export interface ParseOptions {
  /** Today's date, YYYY-MM-DD: the reference for dates of birth. */
  today: string;
  /** The file's name, when known; "*.json" marks JSON. */
  fileName?: string;
  /** The Content-Type it was served with, when fetched; "application/json" marks JSON. */
  contentType?: string;
}

export type RosterEncoding = TextEncodingName;

/** The largest file read: a big trust's full roster is a few megabytes. */
export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;
/** The most rows read: more than any school or trust has people. */
export const MAX_ROSTER_ROWS = 200_000;
export const MAX_NAME_LENGTH = 100;
export const MAX_HANDLES = 20;
export const MAX_HANDLE_LENGTH = 100;
/** How many problems a rejection lists. */
const REJECTION_PROBLEMS = 50;
const WHOLE_ROW = '(row)';

export function isRejected(r: ParsedRoster | RejectedRoster): r is RejectedRoster {
  return (r as RejectedRoster).rejected === true;
}

function reject(reason: string, problems: RowProblem[] = []): RejectedRoster {
  return { rejected: true, reason, problems };
}

// ---------------------------------------------------------------------------------------------------
// Bytes → text

/** Roster files are decoded like every file a school gives Chalkline (see utils/decode-text). */
export const decodeRosterBytes = decodeTextBytes;

/** Reads a roster file's bytes: CSV/TSV/semicolon (papaparse, delimiter auto-detected) or JSON. */
export function parseRosterBytes(bytes: Uint8Array, options: ParseOptions): ParsedRoster | RejectedRoster {
  if (bytes.length > MAX_ROSTER_BYTES) return tooLarge();
  const { text, encoding } = decodeRosterBytes(bytes);
  const result = parseRosterText(text, options);
  if (!isRejected(result) && encoding !== 'UTF-8') {
    const how = encoding === 'Windows-1252' ? 'Windows-1252 (the file is not UTF-8)' : `${encoding} (Excel “Unicode text”)`;
    result.notes.unshift(`Read as ${how}.`);
  }
  return result;
}

/** The refusal for a file over {@link MAX_ROSTER_BYTES} (also said before reading one at all). */
export function tooLarge(): RejectedRoster {
  return reject('The file is larger than 50 MB, far larger than any school roster, so nothing was changed.');
}

// ---------------------------------------------------------------------------------------------------
// Text → table

/** One record of the file: its row number as a spreadsheet (or JSON index + 1) shows it, and its cells. */
interface TableRow {
  row: number;
  cells: readonly unknown[];
}

interface Table {
  headers: string[];
  rows: TableRow[];
  notes: string[];
  problems: RowProblem[];
}

const NOT_SPACE = /\S/;

/** Reads a roster from text already decoded. */
export function parseRosterText(text: string, options: ParseOptions): ParsedRoster | RejectedRoster {
  if (!isIsoDate(options.today)) throw new RangeError(`ParseOptions.today must be a date written YYYY-MM-DD, not “${options.today}”`);
  if (text.length > MAX_ROSTER_BYTES) return tooLarge();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.search(NOT_SPACE);
  if (start < 0) return reject('The file is empty.');
  if (looksLikeHtml(body, start)) {
    return reject(
      'This looks like a web page (perhaps a sign-in page), not a roster file. Check that the roster’s address can be fetched without signing in, or export the roster again as CSV.',
    );
  }
  const first = body[start];
  const declaredJson = /\.json(?:$|[?#])/i.test(options.fileName ?? '') || /\bjson\b/i.test(options.contentType ?? '');
  const table = first === '[' || first === '{' || declaredJson ? readJson(body) : readDelimited(body);
  if ('rejected' in table) return table;
  return readTable(table, options.today);
}

function looksLikeHtml(body: string, start: number): boolean {
  const head = body.slice(start, start + 1024).toLowerCase();
  return head.startsWith('<!doctype') || head.startsWith('<html') || head.includes('<html') || head.includes('<body');
}

function readJson(body: string): Table | RejectedRoster {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return reject(`The file ${describeJsonError(body)}. Export the roster again, or save it as CSV.`);
  }
  const list = Array.isArray(data) ? data : isPlainObject(data) ? [data.roster, data.people].find(Array.isArray) : undefined;
  const notPeople =
    'This JSON file is not a list of people: Chalkline expects an array of objects with first_name, last_name and role (or {"roster": [ … ]}).';
  if (!list) return reject(notPeople);
  if (list.length > 0 && !list.some(isPlainObject)) return reject(notPeople);
  if (list.length === 0) return reject('The file has no people in it, so nothing was changed.');

  const index = new Map<string, number>();
  for (const item of list) {
    if (!isPlainObject(item)) continue;
    for (const key of Object.keys(item)) if (!index.has(key)) index.set(key, index.size);
  }
  const headers = [...index.keys()];
  const rows: TableRow[] = [];
  const problems: RowProblem[] = [];
  list.forEach((item: unknown, i: number) => {
    if (isPlainObject(item)) {
      rows.push({ row: i + 1, cells: headers.map((h) => item[h]) });
    } else if (item !== null && item !== undefined) {
      problems.push({ row: i + 1, column: WHOLE_ROW, reason: 'is not a person: each item should be an object with first_name, last_name and role' });
      rows.push({ row: i + 1, cells: [] });
    }
  });
  return { headers, rows, notes: [], problems };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDelimited(body: string): Table {
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    delimitersToGuess: ['\t', ';', ',', '|'],
  });
  const data = parsed.data;
  const problems: RowProblem[] = [];
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined) {
      problems.push({ row: e.row + 1, column: WHOLE_ROW, reason: 'has a quotation mark that is never closed, so its cells may have run together' });
    }
  }
  // The heading row: the first row (of the first ten that are not blank) naming people. Reports
  // exported from an MIS often have a title line or two above it.
  let headerIndex = -1;
  let firstNonBlank = -1;
  for (let i = 0, seen = 0; i < data.length && seen < 10; i++) {
    if (isBlank(data[i]!)) continue;
    seen++;
    if (firstNonBlank < 0) firstNonBlank = i;
    if (hasNameColumns(mapHeaders(data[i]!))) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) headerIndex = firstNonBlank;
  const notes: string[] = [];
  const above = data.slice(0, headerIndex).filter((r) => !isBlank(r)).length;
  if (above > 0) notes.push(`Skipped ${plural(above, 'line')} above the column headings.`);
  const headers = (data[headerIndex] ?? []).map((h) => tidy(h) ?? '');
  const rows: TableRow[] = new Array(Math.max(0, data.length - headerIndex - 1));
  for (let i = headerIndex + 1; i < data.length; i++) rows[i - headerIndex - 1] = { row: i + 1, cells: data[i]! };
  return { headers, rows, notes, problems: problems.filter((p) => p.row > headerIndex + 1) };
}

function isBlank(cells: readonly unknown[]): boolean {
  for (const c of cells) {
    if (typeof c === 'string') {
      if (c !== '' && (c.charCodeAt(0) > 32 || c.trim() !== '')) return false;
    } else if (c !== null && c !== undefined && !(Array.isArray(c) && c.length === 0)) {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Cells

/** Control and invisible formatting characters that have no place in a name or handle. */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const SPACES = /\s+/g;

/** Whether `tidy` would change the text: a control, invisible or non-ASCII space character, or two spaces. */
function needsTidy(value: string): boolean {
  let previous = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || (c >= 0x7f && c <= 0xa0) || (c === 32 && previous === 32)) return true;
    if (c >= 0xad && (c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || (c >= 0x2028 && c <= 0x202f) || c === 0x205f || c === 0x2060 || (c >= 0x2066 && c <= 0x2069) || c === 0x3000 || c === 0xfeff)) {
      return true;
    }
    previous = c;
  }
  return value.charCodeAt(0) === 32 || previous === 32;
}

/** Trims, collapses internal whitespace and strips control characters; empty → undefined. */
function tidy(value: string): string | undefined {
  if (value === '') return undefined;
  const text = needsTidy(value) ? value.replace(INVISIBLE, '').replace(SPACES, ' ').trim() : value;
  return text === '' ? undefined : text;
}

/** A cell as text. JSON numbers and booleans become text; a list is accepted only as handles. */
function cellText(value: unknown, listOk: boolean): string | undefined | { wrong: string } {
  if (typeof value === 'string') return tidy(value);
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return tidy(String(value));
  if (Array.isArray(value) && listOk && value.every((v) => typeof v === 'string' || typeof v === 'number')) return tidy(value.join(';'));
  return { wrong: Array.isArray(value) ? 'is a list, not a single value' : 'is not text' };
}

// ---------------------------------------------------------------------------------------------------
// Values

/**
 * Remembers a pure function's answers: a role or year-group column holds a handful of distinct values,
 * repeated on every row. Bounded, so an odd file cannot grow it without limit.
 */
function memo<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as T;
    if (cache.size >= 512) cache.clear();
    const result = fn(value);
    cache.set(value, result);
    return result;
  };
}

const ROLES = new Map<string, RosterRole>();
for (const [role, words] of [
  ['pupil', ['pupil', 'pupils', 'student', 'students', 'learner', 'learners', 'current pupil', 'child']],
  ['former_pupil', ['former pupil', 'former pupils', 'former student', 'leaver', 'leavers', 'ex pupil', 'ex student', 'past pupil', 'alumni', 'alumnus', 'alumna', 'old pupil']],
  ['parent', ['parent', 'parents', 'carer', 'carers', 'guardian', 'guardians', 'contact', 'contacts', 'parent carer', 'parent guardian', 'parent or carer', 'parent and carer']],
  ['staff', ['staff', 'teacher', 'teachers', 'employee', 'employees', 'colleague', 'colleagues', 'support staff', 'teaching staff', 'member of staff', 'staff member', 'teaching assistant']],
] as const) {
  for (const word of words) ROLES.set(word, role);
}
const ROLE_KEY = /[^a-z]+/g;

/** "Former_Pupil", "ex-pupil", "Parent/Carer" → the role; undefined when it is none of them. */
export const roleOf = memo((value: string): RosterRole | undefined => ROLES.get(value.toLowerCase().replace(ROLE_KEY, ' ').trim()));

const YEAR_KEY = /[^a-z0-9]+/g;
const YEAR_PREFIX = /^(?:nc)?(?:year|yr|y)(?=[a-z0-9])/;
const YEAR_NUMBER = /^\d{1,2}$/;
const YEAR_WORDS = new Map<string, string>([
  ['r', 'Reception'], ['rec', 'Reception'], ['reception', 'Reception'], ['fs2', 'Reception'],
  ['n', 'Nursery'], ['n1', 'Nursery'], ['n2', 'Nursery'], ['nur', 'Nursery'], ['nursery', 'Nursery'], ['fs1', 'Nursery'],
  ['l6', 'Year 12'], ['lowersixth', 'Year 12'], ['lower6', 'Year 12'], ['lower6th', 'Year 12'], ['l6th', 'Year 12'],
  ['u6', 'Year 13'], ['uppersixth', 'Year 13'], ['upper6', 'Year 13'], ['upper6th', 'Year 13'], ['u6th', 'Year 13'],
]);

/** "9", "Y9", "Yr 9", "NC Year 9" → "Year 9"; "Rec" → "Reception"; "L6" → "Year 12"; undefined when unknown. */
export const yearGroupOf = memo((value: string): string | undefined => {
  const key = value.toLowerCase().replace(YEAR_KEY, '');
  const word = YEAR_WORDS.get(key);
  if (word) return word;
  const rest = key.replace(YEAR_PREFIX, '');
  if (YEAR_NUMBER.test(rest)) {
    const n = Number(rest);
    return n >= 1 && n <= 13 ? `Year ${n}` : undefined;
  }
  return YEAR_WORDS.get(rest);
});

const HANDLE_SPLIT = /[;,\s]+/;

const FAMILY = /\b(?:mother|mum|mom|father|dad|parent|carer|guardian|step|foster|grand\w*|aunt|auntie|uncle|sibling|brother|sister|relative|emergency|family|cousin|husband|wife|partner|kinship)\b/;
const PROFESSIONAL = /\b(?:social\s*worker|doctor|dr|gp|general practitioner|child\s*minder|police|police officer|solicitor|lawyer|agency|professional|health visitor|nurse|case\s*worker|key\s*worker|therapist|probation|youth offending|virtual school)\b/;

/** True for a contact whose relationship is professional (social worker, GP, solicitor, …), not family. */
export function isProfessionalRelationship(relationship: string): boolean {
  const text = relationship.toLowerCase().replace(ROLE_KEY, ' ');
  return !FAMILY.test(text) && PROFESSIONAL.test(text);
}

// ---------------------------------------------------------------------------------------------------
// The row schema: one, built once.
//
// Zod checks the shape of a mapped row; one transform then reads every value and reports every
// problem in the row at once. (One transform per row rather than one per field: zod's per-field
// transforms and checks cost several times more, and 50,000 rows must read in well under a second.)

const optionalText = z.string().optional();

/** The values an entry is built from, read from one row. */
export interface RosterRowValues {
  firstName: string;
  lastName: string;
  preferredName?: string;
  preferredLastName?: string;
  role?: RosterRole;
  yearGroup?: string;
  /** YYYY-MM-DD; never stored. */
  dateOfBirth?: string;
  /** YYYY-MM-DD; never stored. */
  leftOn?: string;
  handles: string[];
}

type Ctx = z.core.$RefinementCtx;

function fail(ctx: Ctx, field: RowField, message: string): void {
  ctx.addIssue({ code: 'custom', message, path: [field] });
}

function checkName(ctx: Ctx, field: RowField, label: string, value: string | undefined, required: boolean): void {
  if (value === undefined) {
    if (required) fail(ctx, field, `${label} is missing`);
  } else if (value.length > MAX_NAME_LENGTH) {
    fail(ctx, field, `${label} is longer than ${MAX_NAME_LENGTH} characters`);
  }
}

function checkDate(ctx: Ctx, field: RowField, value: string): string | undefined {
  const date = parseUkDate(value);
  if (date.ok) return date.iso;
  // A child's date of birth is never repeated in a message, even a wrong one: the reason stands alone.
  fail(ctx, field, field === 'dateOfBirth' ? date.reason.replace(quote(value), 'the date') : date.reason);
  return undefined;
}

/** Splits handle cells on ";", "," and whitespace; normalises, drops empties, de-duplicates. */
function checkHandles(ctx: Ctx, cells: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const cell of cells) {
    for (const part of cell.split(HANDLE_SPLIT)) {
      const handle = normaliseHandle(part);
      if (!handle) continue;
      if (handle.length > MAX_HANDLE_LENGTH) fail(ctx, 'handles', `handle ${quote(part)} is longer than ${MAX_HANDLE_LENGTH} characters`);
      else seen.add(handle);
    }
  }
  if (seen.size > MAX_HANDLES) fail(ctx, 'handles', `has ${seen.size} handles; a person can have at most ${MAX_HANDLES}`);
  return [...seen];
}

/** A row after its columns are mapped: text cells in, the values an entry is built from out. */
export const RosterRow = z
  .object({
    firstName: optionalText,
    lastName: optionalText,
    preferredName: optionalText,
    preferredLastName: optionalText,
    role: optionalText,
    yearGroup: optionalText,
    dateOfBirth: optionalText,
    leftOn: optionalText,
    handles: z.array(z.string()),
  })
  .transform((row, ctx): RosterRowValues => {
    const before = ctx.issues.length;
    checkName(ctx, 'firstName', 'first name', row.firstName, true);
    checkName(ctx, 'lastName', 'last name', row.lastName, true);
    checkName(ctx, 'preferredName', 'preferred name', row.preferredName, false);
    checkName(ctx, 'preferredLastName', 'preferred last name', row.preferredLastName, false);

    const out: RosterRowValues = { firstName: row.firstName!, lastName: row.lastName!, handles: [] };
    if (row.preferredName !== undefined) out.preferredName = row.preferredName;
    if (row.preferredLastName !== undefined) out.preferredLastName = row.preferredLastName;
    if (row.role !== undefined) {
      out.role = roleOf(row.role);
      if (!out.role) fail(ctx, 'role', `role ${quote(row.role)} is not one of pupil, former pupil, parent, staff`);
    }
    if (row.yearGroup !== undefined) {
      out.yearGroup = yearGroupOf(row.yearGroup);
      if (!out.yearGroup) fail(ctx, 'yearGroup', `year group ${quote(row.yearGroup)} is not one Chalkline knows: use Nursery, Reception or Year 1 to Year 13`);
    }
    if (row.dateOfBirth !== undefined) out.dateOfBirth = checkDate(ctx, 'dateOfBirth', row.dateOfBirth);
    if (row.leftOn !== undefined) out.leftOn = checkDate(ctx, 'leftOn', row.leftOn);
    if (row.handles.length > 0) out.handles = checkHandles(ctx, row.handles);
    return ctx.issues.length === before ? out : z.NEVER;
  });
/** The mapped cells of one row. */
export type RosterRowInput = z.input<typeof RosterRow>;
type RowField = keyof RosterRowInput;

// ---------------------------------------------------------------------------------------------------
// Table → roster

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? word : words}`;
}

function sameText(a: string, b: string): boolean {
  return a === b || a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');
}

function noNameColumns(headers: string[]): string {
  const found = headers.filter(Boolean);
  const shown = found.length > 20 ? `${found.slice(0, 20).join(', ')} and ${found.length - 20} more` : found.join(', ');
  return (
    `This file has no columns for first and last names, so it does not look like a roster. ` +
    `Columns found: ${shown || 'none'}. Expected: ${CANONICAL_COLUMNS.join(', ')} ` +
    `(or the headings of a SIMS, Arbor or Bromcom export, such as Legal Forename and Legal Surname).`
  );
}

/** Reads the cells of one row at a time as text, collecting that row's problems; one per file. */
class CellReader {
  row = 0;
  cells: readonly unknown[] = [];
  problems: RowProblem[] = [];
  constructor(private readonly column: (i: number) => string) {}

  text(i: number | undefined, listOk = false): string | undefined {
    if (i === undefined) return undefined;
    const value = this.cells[i];
    if (typeof value === 'string') return tidy(value);
    const t = cellText(value, listOk);
    if (typeof t !== 'object') return t;
    this.problems.push({ row: this.row, column: this.column(i), reason: t.wrong });
    return undefined;
  }
}

function readTable(table: Table, today: string): ParsedRoster | RejectedRoster {
  const { headers, rows } = table;
  const mapping: HeaderMapping = mapHeaders(headers);
  if (!hasNameColumns(mapping)) return reject(noNameColumns(headers));
  if (rows.length > MAX_ROSTER_ROWS && rows.filter((r) => !isBlank(r.cells)).length > MAX_ROSTER_ROWS) {
    return reject(`The file has more than ${MAX_ROSTER_ROWS.toLocaleString('en-GB')} rows, more than any school roster, so nothing was changed.`);
  }

  const f = mapping.fields;
  const column = (i: number | undefined) => (i === undefined ? WHOLE_ROW : headers[i] || `column ${i + 1}`);
  const personColumns: Record<RowField, string> = {
    firstName: column(f.firstName),
    lastName: column(f.lastName),
    preferredName: column(f.preferredName),
    preferredLastName: column(f.preferredLastName),
    role: column(f.role),
    yearGroup: column(f.yearGroup),
    dateOfBirth: column(f.dateOfBirth),
    leftOn: column(f.leftOn),
    handles: column(mapping.handles[0]),
  };
  const contactColumns: Record<RowField, string> = { ...personColumns, firstName: column(f.contactFirstName), lastName: column(f.contactLastName) };
  const contacts = isContactExport(mapping);
  const hasPersonNames = f.firstName !== undefined || f.lastName !== undefined;
  const oldest = addYears(today, -100);

  const entries: RosterEntry[] = [];
  const byKey = contacts ? new Map<string, RosterEntry>() : undefined;
  const problems: RowProblem[] = [];
  const earlyProblems = new Map<number, RowProblem[]>();
  for (const p of table.problems) earlyProblems.set(p.row, [...(earlyProblems.get(p.row) ?? []), p]);
  let rowCount = 0;
  let badRows = 0;
  let noRole = 0;
  let formerWithoutBirthDate = 0;
  const professional = new Map<string, number>();
  const reader = new CellReader(column);
  const text = (i: number | undefined) => reader.text(i);

  const keep = (entry: RosterEntry) => {
    if (byKey) {
      const key = `${entry.role}\u0000${normaliseName(entry.firstName)}\u0000${normaliseName(entry.lastName)}\u0000${entry.yearGroup ?? ''}`;
      const same = byKey.get(key);
      if (same) {
        for (const h of entry.handles) if (!same.handles.includes(h)) same.handles.push(h);
        return;
      }
      byKey.set(key, entry);
    }
    entry.id = entries.length;
    entries.push(entry);
  };

  for (const { row, cells } of rows) {
    const early = earlyProblems.get(row);
    if (early) {
      // Not a person at all (a JSON item that is not an object), or cells run together by an
      // unclosed quotation mark: reported as that, and nothing read from it.
      rowCount++;
      badRows++;
      problems.push(...early);
      continue;
    }
    if (isBlank(cells)) continue;
    rowCount++;
    reader.row = row;
    reader.cells = cells;
    const rowProblems = reader.problems;

    const rawYear = text(f.yearGroup);
    if (!contacts || hasPersonNames) {
      const handles: string[] = [];
      for (const i of mapping.handles) {
        const h = reader.text(i, true);
        if (h) handles.push(h);
      }
      const input: RosterRowInput = {
        firstName: text(f.firstName),
        lastName: text(f.lastName),
        preferredName: text(f.preferredName),
        preferredLastName: text(f.preferredLastName),
        role: text(f.role),
        yearGroup: rawYear,
        dateOfBirth: text(f.dateOfBirth),
        leftOn: text(f.leftOn),
        handles,
      };
      const parsed = RosterRow.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          rowProblems.push({ row, column: personColumns[issue.path[0] as RowField] ?? WHOLE_ROW, reason: issue.message });
        }
      } else {
        const d = parsed.data;
        let birthProblem: string | undefined;
        if (d.dateOfBirth !== undefined) {
          if (d.dateOfBirth > today) birthProblem = 'the date of birth is in the future';
          else if (d.dateOfBirth < oldest) birthProblem = 'the date of birth is more than 100 years ago';
        }
        if (birthProblem) {
          rowProblems.push({ row, column: personColumns.dateOfBirth, reason: birthProblem });
        } else if (rowProblems.length === 0) {
          let role = d.role;
          if (!role) {
            role = d.leftOn !== undefined ? 'former_pupil' : 'pupil';
            if (f.role !== undefined) noRole++;
          }
          const entry = { id: 0, firstName: d.firstName, lastName: d.lastName } as RosterEntry;
          if (d.preferredName !== undefined && !sameText(d.preferredName, d.firstName)) entry.preferredName = d.preferredName;
          if (d.preferredLastName !== undefined && !sameText(d.preferredLastName, d.lastName)) entry.preferredLastName = d.preferredLastName;
          entry.role = role;
          if (d.yearGroup !== undefined) entry.yearGroup = d.yearGroup;
          if (role === 'former_pupil') {
            if (d.dateOfBirth !== undefined) entry.turns19On = turns19On(d.dateOfBirth);
            else formerWithoutBirthDate++;
          }
          entry.handles = d.handles;
          keep(entry);
        }
      }
    }

    if (contacts) {
      const first = text(f.contactFirstName);
      const last = text(f.contactLastName);
      if (first !== undefined || last !== undefined) {
        const relationship = text(f.relationship);
        if (relationship !== undefined && isProfessionalRelationship(relationship)) {
          professional.set(relationship, (professional.get(relationship) ?? 0) + 1);
        } else {
          const yearGroup = rawYear === undefined ? undefined : yearGroupOf(rawYear);
          const parsed = RosterRow.safeParse({ firstName: first, lastName: last, role: 'parent', yearGroup, handles: [] } satisfies RosterRowInput);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) {
              rowProblems.push({ row, column: contactColumns[issue.path[0] as RowField] ?? WHOLE_ROW, reason: issue.message });
            }
          } else {
            const entry = { id: 0, firstName: parsed.data.firstName, lastName: parsed.data.lastName, role: 'parent' } as RosterEntry;
            if (yearGroup !== undefined) entry.yearGroup = yearGroup;
            entry.handles = [];
            keep(entry);
          }
        }
      }
    }

    if (rowProblems.length > 0) {
      badRows++;
      for (const p of rowProblems) problems.push(p);
      reader.problems = [];
    }
  }

  if (rowCount === 0) return reject('The file has column headings but no people in it, so nothing was changed.');
  if (badRows * 2 > rowCount) {
    return reject(
      `${badRows.toLocaleString('en-GB')} of ${plural(rowCount, 'row')} have problems, so this does not look like a roster file: nothing was changed.`,
      problems.slice(0, REJECTION_PROBLEMS),
    );
  }
  if (entries.length === 0) return reject('No row in this file could be read as a person, so nothing was changed.', problems.slice(0, REJECTION_PROBLEMS));

  const notes = [...table.notes];
  const unused = mapping.ignored.map((i) => headers[i]).filter(Boolean);
  if (unused.length > 0) notes.push(`Not read and not stored: ${unused.length === 1 ? 'the column' : 'the columns'} ${unused.join(', ')}.`);
  if (contacts) notes.push('Each contact was read as a parent, with their child’s year group; each pupil is kept once.');
  if (f.role === undefined) {
    notes.push('The file has no role column, so every row was read as a pupil, except rows with a leaving date, which were read as former pupils.');
  } else if (noRole > 0) {
    notes.push(
      noRole === 1
        ? '1 row has no role, so it was read as a pupil (a former pupil if it gives a leaving date).'
        : `${plural(noRole, 'row')} have no role, so they were read as pupils (former pupils where they give a leaving date).`,
    );
  }
  const skipped = [...professional.values()].reduce((a, b) => a + b, 0);
  if (skipped > 0) {
    notes.push(
      `Skipped ${plural(skipped, 'contact')} with a professional relationship (${[...professional.keys()].join(', ')}): only family members and carers are kept, as parents.`,
    );
  }
  if (formerWithoutBirthDate > 0) {
    notes.push(`${plural(formerWithoutBirthDate, 'former pupil has', 'former pupils have')} no date of birth, so Chalkline treats them as under 19.`);
  }
  problems.sort((a, b) => a.row - b.row);
  return { entries, problems, notes, rowCount };
}
