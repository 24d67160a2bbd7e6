import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { boundedMemo } from '@/utils/bounded-memo';
import { canonicalJson } from './canonical';
import { DEFAULT_CATEGORY, ReportCategorySchema, type ReportCategory, type ReportRecord, type ReportSource, type ScreenshotInfo } from './types';

/** The record without its own hash: what the record hash covers. */
export type RecordFields = Omit<ReportRecord, 'recordSha256'>;

/** What the caller knows when a report is made. Page text is untrusted and is cut to {@link RECORD_LIMITS}. */
export interface ReportInput {
  url: string;
  title: string;
  network: string | null;
  staffName: string;
  schoolName: string;
  category: ReportCategory;
  selectedText?: string;
  source: ReportSource;
  timeZone: string;
  screenshotPng: Uint8Array | null;
}

/** The clock and randomness, injected so tests can pin them; both default to the platform's own. */
export interface BuildOptions {
  now: number;
  randomBytes?: (length: number) => Uint8Array;
  uuid?: () => string;
}

/** Longest text kept per field, in UTF-16 code units, so a hostile page cannot make a huge record. */
export const RECORD_LIMITS = { url: 2048, title: 300, selectedText: 2000, name: 200, network: 64 } as const;

/** Reference characters: digits and capitals without 0, O, 1, I and L, which are misread aloud and on paper. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** date-fns pattern for ISO 8601 with a numeric offset; `xxx` writes "+00:00" where `XXX` would write "Z". */
const LOCAL_TIME_PATTERN = "yyyy-MM-dd'T'HH:mm:ssxxx";

/**
 * True when a category must never carry a picture. Following UKCIS "Sharing nudes and semi-nudes"
 * (2024), staff must not view, copy, store or share such imagery, so Chalkline never keeps one.
 */
export function withoutImage(category: ReportCategory): boolean {
  return category === 'indecent-image';
}

/** SHA-256 as lower-case hex; strings are hashed as their UTF-8 bytes. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  // A fresh copy gives subtle.digest a plain ArrayBuffer view even if the input sits in shared memory.
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The fields the record hash covers; a stored record can be passed as it is. */
export function recordFields(record: RecordFields | ReportRecord): RecordFields {
  const { recordSha256: _ignored, ...fields } = record as ReportRecord;
  return fields;
}

/** SHA-256 hex of the record's canonical JSON, leaving out `recordSha256` itself if present. */
export function hashRecord(fields: RecordFields | ReportRecord): Promise<string> {
  return sha256Hex(canonicalJson(recordFields(fields)));
}

/** True when a record still matches its own hash. */
export async function verifyRecord(record: ReportRecord): Promise<boolean> {
  return (await hashRecord(record)) === record.recordSha256;
}

/**
 * A zone the platform knows, in its canonical spelling; an unknown one falls back to UTC so a report
 * is never lost to a typo. Remembered, because building an Intl formatter is slow and the evidence
 * page asks once per note.
 */
export const resolveTimeZone: (timeZone: string) => string = boundedMemo((timeZone) => {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}, 32);

/** An instant as ISO 8601 in a zone, e.g. "2026-07-01T10:42:07+01:00". */
export function localIsoTime(instant: number, timeZone: string): string {
  return format(new TZDate(instant, resolveTimeZone(timeZone)), LOCAL_TIME_PATTERN);
}

const defaultRandomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/**
 * A reference such as "CL-7K3P-9QX2": 8 characters from {@link REFERENCE_ALPHABET}. Bytes at or above
 * 248 (8 × 31) are skipped so every character is equally likely.
 */
export function makeReference(randomBytes: (length: number) => Uint8Array = defaultRandomBytes): string {
  const size = REFERENCE_ALPHABET.length;
  const ceiling = 256 - (256 % size);
  let chars = '';
  // A broken random source must fail loudly rather than spin for ever.
  for (let round = 0; chars.length < 8; round++) {
    if (round === 100) throw new Error('The random source gave no usable bytes.');
    for (const byte of randomBytes(16)) if (byte < ceiling && chars.length < 8) chars += REFERENCE_ALPHABET[byte % size];
  }
  return `CL-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The first `end` UTF-16 units of text, one fewer where cutting there would split a surrogate pair. */
export function sliceWhole(text: string, end: number): string {
  if (end <= 0) return '';
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/** Trims and cuts text to `max`, ending a cut with "…" so a reader knows there was more. */
export function limitText(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${sliceWhole(trimmed, max - 1)}…`;
}

/**
 * Makes the frozen record for a new report: reference, local time and both hashes. For
 * 'indecent-image' the screenshot is dropped here, before anything is hashed or stored.
 */
export async function buildRecord(input: ReportInput, options: BuildOptions): Promise<ReportRecord> {
  const category = ReportCategorySchema.safeParse(input.category).data ?? DEFAULT_CATEGORY;
  const png = withoutImage(category) ? null : input.screenshotPng;
  const screenshot: ScreenshotInfo | null =
    png && png.length > 0 ? Object.freeze({ sha256: await sha256Hex(png), bytes: png.length, mime: 'image/png' as const }) : null;
  const timeZone = resolveTimeZone(input.timeZone);
  const selectedText = input.selectedText === undefined ? '' : limitText(input.selectedText, RECORD_LIMITS.selectedText);
  const network = input.network === null ? '' : limitText(input.network, RECORD_LIMITS.network);
  const fields: RecordFields = {
    id: (options.uuid ?? (() => crypto.randomUUID()))(),
    reference: makeReference(options.randomBytes),
    createdAt: options.now,
    timeZone,
    localTime: localIsoTime(options.now, timeZone),
    url: limitText(input.url, RECORD_LIMITS.url),
    title: limitText(input.title, RECORD_LIMITS.title),
    network: network || null,
    staffName: limitText(input.staffName, RECORD_LIMITS.name),
    schoolName: limitText(input.schoolName, RECORD_LIMITS.name),
    category,
    // Left out rather than empty, so "nothing selected" has one form in the hash.
    ...(selectedText ? { selectedText } : {}),
    source: input.source,
    screenshot,
  };
  return Object.freeze({ ...fields, recordSha256: await hashRecord(fields) });
}
