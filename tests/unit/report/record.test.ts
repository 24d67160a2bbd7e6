import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/utils/report/canonical';
import {
  buildRecord,
  hashRecord,
  localIsoTime,
  makeReference,
  RECORD_LIMITS,
  recordFields,
  REFERENCE_ALPHABET,
  sha256Hex,
  verifyRecord,
  withoutImage,
} from '@/utils/report/hash';
import { CATEGORY_ORDER, DEFAULT_CATEGORY, ReportCategorySchema } from '@/utils/report/types';
import { fixedBytes, INPUT, makeRecord, PNG, SUMMER } from './make-record';

const REFERENCE = /^CL-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('SHA-256', () => {
  it('matches the FIPS 180-2 example and hashes strings as UTF-8', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new TextEncoder().encode('é'))).toBe(await sha256Hex('é'));
  });
});

describe('building a record', () => {
  it('fills every field and freezes the record', async () => {
    const record = await makeRecord();
    expect(record).toMatchObject({
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      createdAt: SUMMER,
      timeZone: 'Europe/London',
      url: INPUT.url,
      title: INPUT.title,
      network: 'x',
      staffName: 'Sam Teacher',
      schoolName: 'Hillside Academy',
      category: 'pupil-contact',
      selectedText: 'hello sir',
      source: 'popup',
      screenshot: { sha256: await sha256Hex(PNG), bytes: PNG.length, mime: 'image/png' },
    });
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.screenshot)).toBe(true);
  });

  it('stores hashes that recompute to the same values', async () => {
    const record = await makeRecord();
    expect(record.recordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashRecord(record)).toBe(record.recordSha256);
    expect(await sha256Hex(canonicalJson(recordFields(record)))).toBe(record.recordSha256);
    expect(await verifyRecord(record)).toBe(true);
    expect(await verifyRecord({ ...record, title: 'Changed' })).toBe(false);
  });

  it('hashes the same whatever order the fields arrive in', async () => {
    const record = await makeRecord();
    const reversed = Object.fromEntries(Object.entries(recordFields(record)).reverse()) as ReturnType<typeof recordFields>;
    expect(await hashRecord(reversed)).toBe(record.recordSha256);
    const input = Object.fromEntries(Object.entries(INPUT).reverse()) as typeof INPUT;
    const again = await buildRecord(input, { now: SUMMER, randomBytes: fixedBytes(), uuid: () => record.id });
    expect(again.recordSha256).toBe(record.recordSha256);
  });

  it('drops the screenshot and its hash for a nude or sexual image of a child, before hashing', async () => {
    expect(withoutImage('indecent-image')).toBe(true);
    expect(CATEGORY_ORDER.filter(withoutImage)).toEqual(['indecent-image']);
    const record = await makeRecord({ category: 'indecent-image' });
    expect(record.screenshot).toBeNull();
    expect(JSON.stringify(record)).not.toContain(await sha256Hex(PNG));
    expect(await verifyRecord(record)).toBe(true);
  });

  it('cuts long page text and names, marking the cut and never splitting a character', async () => {
    const record = await makeRecord({
      url: `https://example.com/${'a'.repeat(10_000)}`,
      title: '😀'.repeat(1000),
      selectedText: 'b'.repeat(5000),
      staffName: 'c'.repeat(500),
      schoolName: 'd'.repeat(500),
    });
    expect(record.url).toHaveLength(RECORD_LIMITS.url);
    expect(record.url.endsWith('…')).toBe(true);
    expect(record.title.length).toBeLessThanOrEqual(RECORD_LIMITS.title);
    expect(record.title).not.toMatch(LONE_SURROGATE);
    expect(record.selectedText).toHaveLength(RECORD_LIMITS.selectedText);
    expect(record.staffName).toHaveLength(200);
    expect(record.schoolName).toHaveLength(200);
  });

  it('trims text, leaves out empty selected text and turns an empty network into null', async () => {
    const record = await makeRecord({ title: '  Padded  ', selectedText: '   ', network: ' ' });
    expect(record.title).toBe('Padded');
    expect('selectedText' in record).toBe(false);
    expect(record.network).toBeNull();
    const same = await makeRecord({ title: 'Padded', selectedText: undefined, network: null });
    expect(same.recordSha256).toBe(record.recordSha256);
  });

  it('treats an empty screenshot as none, and an unknown category as the default', async () => {
    expect((await makeRecord({ screenshotPng: new Uint8Array(0) })).screenshot).toBeNull();
    expect(DEFAULT_CATEGORY).toBe('other');
    expect((await makeRecord({ category: 'made-up' as never })).category).toBe('other');
    expect(ReportCategorySchema.options).toEqual([...CATEGORY_ORDER]);
  });
});

describe('references', () => {
  it('have the CL-XXXX-XXXX form from the unambiguous alphabet', async () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
    expect((await makeRecord()).reference).toMatch(REFERENCE);
    for (let i = 0; i < 200; i++) expect(makeReference()).toMatch(REFERENCE);
  });

  it('come from the random bytes, skipping bytes that would bias the choice', () => {
    expect(makeReference(() => new Uint8Array(16))).toBe('CL-2222-2222');
    const biased = () => Uint8Array.from([255, 248, 30, 31, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(makeReference(biased)).toBe('CL-Z223-4567');
    expect(() => makeReference(() => new Uint8Array(16).fill(255))).toThrow(/random source/);
  });
});

describe('local time', () => {
  it('gives Europe/London summer time as +01:00 and winter as +00:00', async () => {
    expect((await makeRecord()).localTime).toBe('2026-07-01T10:42:07+01:00');
    expect((await makeRecord({}, Date.UTC(2026, 11, 2, 10, 42, 7))).localTime).toBe('2026-12-02T10:42:07+00:00');
    expect(localIsoTime(Date.UTC(2026, 11, 2, 10, 42, 7), 'Asia/Kolkata')).toBe('2026-12-02T16:12:07+05:30');
  });

  it('falls back to UTC for a zone the platform does not know, and says so in the record', async () => {
    const record = await makeRecord({ timeZone: 'Not/AZone' });
    expect(record.timeZone).toBe('UTC');
    expect(record.localTime).toBe('2026-07-01T09:42:07+00:00');
  });
});
