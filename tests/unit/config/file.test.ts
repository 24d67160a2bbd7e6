import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportSettingsFile, MAX_SETTINGS_FILE_BYTES, readSettingsFile } from '@/utils/config/file';
import { resolveSettings } from '@/utils/config/merge';
import { DEFAULT_SETTINGS, Settings } from '@/utils/config/schema';

const CURRENT = { schoolName: 'Old Name', privacyReviewDays: 30, schoolAliases: ['OHS'] };

function expectOk(result: ReturnType<typeof readSettingsFile>) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}
function expectRefused(result: ReturnType<typeof readSettingsFile>) {
  if (result.ok) throw new Error(`expected refusal, got ${JSON.stringify(result.layer)}`);
  expect(result).not.toHaveProperty('layer');
  return result;
}

afterEach(() => vi.restoreAllMocks());

describe('readSettingsFile', () => {
  it('replaces only the keys the file holds; the rest of the local layer stays', () => {
    const r = expectOk(readSettingsFile(JSON.stringify({ schoolName: 'New Name', schoolOwnedDevice: true }), CURRENT));
    expect(r.layer).toEqual({ schoolName: 'New Name', privacyReviewDays: 30, schoolAliases: ['OHS'], schoolOwnedDevice: true });
    expect([...r.applied].sort()).toEqual(['schoolName', 'schoolOwnedDevice']);
    expect(r.warnings).toEqual([]);
  });

  it('does not change the current layer object it was given', () => {
    const current = structuredClone(CURRENT);
    readSettingsFile('{"schoolName": "New"}', current);
    expect(current).toEqual(CURRENT);
  });

  it('refuses a file with wrong types, listing every problem by key and applying nothing', () => {
    const text = JSON.stringify({
      schoolName: 'Fine',
      workingHours: { mode: 'sometimes', closures: ['2026-02-30'] },
      roster: { refreshMinutes: 'hourly' },
    });
    const r = expectRefused(readSettingsFile(text, CURRENT));
    expect(r.problems.map((p) => p.path).sort()).toEqual(['roster.refreshMinutes', 'workingHours.closures[0]', 'workingHours.mode']);
    // Each names the value it could not use.
    expect(Object.fromEntries(r.problems.map((p) => [p.path, p.message]))).toEqual({
      'roster.refreshMinutes': '"hourly" must be a number of minutes',
      'workingHours.closures[0]': '"2026-02-30" is not a real date',
      'workingHours.mode': '"sometimes" must be one of: "block", "warn", "off"',
    });
  });

  it('reports invalid JSON with the line and column of the problem', () => {
    const r = expectRefused(readSettingsFile('{\n  "schoolName": "Oak"\n  "privacyReviewDays": 30\n}', CURRENT));
    expect(r.problems).toEqual([{ path: '(whole file)', message: expect.stringMatching(/not valid JSON.*line 3, column 3/) }]);
  });

  it('says where the JSON error is for a BOM-prefixed file on a later line', () => {
    const r = expectRefused(readSettingsFile('\uFEFF{\n  "schoolName": "Oak"\n  "privacyReviewDays": 30\n}', CURRENT));
    expect(r.problems[0]!.message).toMatch(/line 3, column 3/);
  });

  it('says where the JSON error is for a trailing comma after a property', () => {
    const r = expectRefused(readSettingsFile('{\n  "schoolName": "Oak",\n}', CURRENT));
    expect(r.problems[0]!.message).toMatch(/line 3, column 1/);
  });

  it('says where the JSON error is for a trailing comma in a list (V8 gives no "position")', () => {
    const r = expectRefused(readSettingsFile('{\n  "schoolAliases": ["OHS",]\n}', CURRENT));
    expect(r.problems[0]!.message).toMatch(/line 2, column 27/);
  });

  // Firefox words its JSON.parse errors differently; the location must not depend on that wording.
  it('says where the JSON error is with Firefox-style error messages', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError("JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data");
    });
    const r = expectRefused(readSettingsFile('{\n  "schoolName": "Oak"\n  "privacyReviewDays": 30\n}', CURRENT));
    expect(r.problems[0]!.message).toMatch(/line 3, column 3/);
  });

  it('refuses an empty file as invalid JSON', () => {
    const r = expectRefused(readSettingsFile('', CURRENT));
    expect(r.problems).toEqual([{ path: '(whole file)', message: expect.stringMatching(/not valid JSON/) }]);
  });

  it.each([
    ['an array', '[{"schoolName": "Oak"}]'],
    ['a string', '"Oak Hill School"'],
    ['null', 'null'],
    ['a number', '42'],
  ])('refuses %s as a whole-file problem', (_what, text) => {
    const r = expectRefused(readSettingsFile(text, CURRENT));
    expect(r.problems).toEqual([{ path: '(whole file)', message: expect.stringMatching(/one JSON object of settings/) }]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    const r = expectOk(readSettingsFile('\uFEFF{"schoolName": "Oak"}', {}));
    expect(r.layer).toEqual({ schoolName: 'Oak' });
  });

  it('warns about unknown keys, ignores them and still applies the rest', () => {
    const r = expectOk(readSettingsFile(JSON.stringify({ schoolName: 'Oak', colour: 'blue', dsl: { name: 'Sam', fax: '1' } }), {}));
    expect(r.layer).toEqual({ schoolName: 'Oak', dsl: { name: 'Sam' } });
    expect(r.warnings.map((w) => w.path).sort()).toEqual(['colour', 'dsl.fax']);
    expect(r.warnings.every((w) => /ignored/.test(w.message))).toBe(true);
  });

  it('refuses a file holding only unknown keys, saying it holds no settings', () => {
    const r = expectRefused(readSettingsFile('{"colour": "blue", "volume": 11}', CURRENT));
    expect(r.problems).toEqual([{ path: '(whole file)', message: expect.stringMatching(/holds no settings/) }]);
    expect(r.warnings.map((w) => w.path).sort()).toEqual(['colour', 'volume']);
  });

  it('refuses an empty object the same way', () => {
    expect(expectRefused(readSettingsFile('{}', CURRENT)).problems[0]!.message).toMatch(/holds no settings/);
  });

  it('lists wrong types even when unknown keys are present too', () => {
    const r = expectRefused(readSettingsFile('{"colour": "blue", "privacyReviewDays": "never"}', CURRENT));
    expect(r.problems.map((p) => p.path)).toEqual(['privacyReviewDays']);
    expect(r.warnings.map((w) => w.path)).toEqual(['colour']);
  });

  it('refuses an over-size file before reading it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = JSON.stringify({ schoolName: 'Oak', padding: 'x'.repeat(MAX_SETTINGS_FILE_BYTES) });
    const r = expectRefused(readSettingsFile(text, CURRENT));
    expect(r.problems).toEqual([{ path: '(whole file)', message: expect.stringMatching(/too large/) }]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('accepts a file just under the limit', () => {
    const text = JSON.stringify({ schoolName: 'Oak', padding: '' });
    const padded = text.replace('""', `"${' '.repeat(MAX_SETTINGS_FILE_BYTES - text.length)}"`);
    expect(padded.length).toBe(MAX_SETTINGS_FILE_BYTES);
    expect(expectOk(readSettingsFile(padded, {})).layer).toEqual({ schoolName: 'Oak' });
  });
});

describe('exportSettingsFile', () => {
  const FULL: Settings = Settings.parse({
    schoolName: 'Oak Hill School',
    schoolAliases: ['OHS'],
    schoolWebsite: 'https://oakhill.sch.uk/',
    policyPack: 'secondary-school',
    dsl: { name: 'Sam Patel', email: 'dsl@oakhill.sch.uk', phone: '01632 960123' },
    roster: { url: 'https://mis.oakhill.sch.uk/roster.csv', refreshMinutes: 60 },
    workingHours: { mode: 'warn', termDates: [{ start: '2026-09-03', end: '2026-10-23' }], closures: ['2026-10-02'] },
    privacyReviewDays: 30,
    schoolOwnedDevice: true,
    officialAccounts: ['https://x.com/OakHill*'],
  });

  it.each([
    ['the defaults', DEFAULT_SETTINGS],
    ['a fully populated school', FULL],
  ])('round-trips %s through readSettingsFile to the same settings', (_name, settings) => {
    const text = exportSettingsFile(settings);
    expect(text.endsWith('\n')).toBe(true);
    const r = expectOk(readSettingsFile(text, { schoolName: 'Something else' }));
    expect(r.warnings).toEqual([]);
    expect(resolveSettings({}, r.layer).settings).toEqual(settings);
  });
});
