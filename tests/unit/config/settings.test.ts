import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLayer, checkSetting, formatPath, resolveSettings } from '@/utils/config/merge';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEYS, type SettingsKey } from '@/utils/config/schema';
import { BUILT_IN_PACKS } from '@/rules';

/** A school's own pack, delivered as the text of its pack file (the model pack under the school's id). */
const SCHOOL_PACK = JSON.stringify({ ...BUILT_IN_PACKS.find((p) => p.id === 'model'), id: 'oak-hill-2026', name: 'Oak Hill School' });

/** A settings file using every key the design's contract names ("Settings file / managed policy"). */
const CONTRACT_FILE = {
  schoolName: 'Oak Hill School',
  schoolAliases: ['OHS', 'Oak Hill'],
  schoolWebsite: 'https://oakhill.sch.uk/',
  policyPack: 'oak-hill-2026',
  schoolPack: SCHOOL_PACK,
  dsl: { name: 'Sam Patel', email: 'dsl@oakhill.sch.uk', phone: '01632 960123' },
  staffName: 'Alex Morgan',
  reportWebhookUrl: 'https://reports.oakhill.sch.uk/hook',
  reportWebhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  reportFormat: 'teams',
  roster: { url: 'https://mis.oakhill.sch.uk/roster.csv', refreshMinutes: 60 },
  workingHours: {
    mode: 'warn',
    timeZone: 'Europe/Dublin',
    week: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, { hours: [['08:00', '16:00']], breaks: [['12:00', '12:45']] }]),
    ),
    termDates: [{ start: '2026-09-03', end: '2026-10-23' }],
    closures: ['2026-10-02'],
    bankHolidays: 'none',
  },
  privacyReviewDays: 30,
  logRetentionDays: 200,
  schoolOwnedDevice: true,
  officialAccounts: ['https://x.com/OakHillSchool*'],
};

const problemsFor = (layer: unknown) => checkLayer(layer).problems;

describe('settings schema', () => {
  it('has valid defaults that a parse of {} reproduces', () => {
    expect(Settings.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(Settings.parse({})).toEqual(DEFAULT_SETTINGS);
    expect(SETTINGS_KEYS.every((k) => Object.hasOwn(DEFAULT_SETTINGS, k))).toBe(true);
  });

  it('holds every top-level key the design contract names, and nothing else', () => {
    expect([...SETTINGS_KEYS].sort()).toEqual(Object.keys(CONTRACT_FILE).sort());
  });

  it('accepts a file using every contract key, nested ones included, without warnings', () => {
    const { accepted, problems, warnings } = checkLayer(CONTRACT_FILE);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(Object.keys(accepted).sort()).toEqual([...SETTINGS_KEYS].sort());
    expect(resolveSettings({}, CONTRACT_FILE).settings).toEqual(CONTRACT_FILE);
  });
});

describe('wrong types name the key path in plain words', () => {
  it.each([
    ['workingHours.mode', { workingHours: { mode: 'sometimes' } }, /^"sometimes" must be one of: "block", "warn", "off"$/],
    ['roster.refreshMinutes', { roster: { refreshMinutes: '60' } }, /must be a number/],
    ['roster.refreshMinutes', { roster: { refreshMinutes: 5 } }, /at least 15/],
    ['workingHours.closures[1]', { workingHours: { closures: ['2026-02-01', '2026-02-30'] } }, /not a real date/],
    ['workingHours.closures[0]', { workingHours: { closures: ['3/9/2026'] } }, /YYYY-MM-DD/],
    ['workingHours.week.mon.hours[0][0]', { workingHours: { week: { mon: { hours: [['25:00', '15:30']] } } } }, /HH:MM/],
    ['workingHours.week.tue.breaks[0]', { workingHours: { week: { tue: { breaks: [['10:30']] } } } }, /pair of times/],
    ['workingHours.week.wed.hours[0]', { workingHours: { week: { wed: { hours: [['09:00', '09:00']] } } } }, /same time/],
    ['workingHours.termDates[0]', { workingHours: { termDates: [{ start: '2026-09-03', end: '2026-09-01' }] } }, /end before/],
    ['workingHours.timeZone', { workingHours: { timeZone: 'Mars/Olympus' } }, /time zone/],
    ['schoolAliases', { schoolAliases: 'OHS' }, /^"OHS" must be a list$/],
    ['schoolOwnedDevice', { schoolOwnedDevice: 'yes' }, /^"yes" must be true or false$/],
    ['dsl', { dsl: 'Sam' }, /^"Sam" must be a group of named settings$/],
    ['dsl.email', { dsl: { email: 'not an address' } }, /e-mail/],
    ['schoolWebsite', { schoolWebsite: 'oak hill school' }, /web address, such as/],
    ['reportWebhookUrl', { reportWebhookUrl: 'http://hooks.example.org' }, /https:\/\//],
    ['reportWebhookUrl', { reportWebhookUrl: 'http://localhost.evil.example/hook' }, /localhost/],
    ['reportWebhookSecret', { reportWebhookSecret: 'sk_live_abc' }, /whsec_/],
    ['reportFormat', { reportFormat: 'xml' }, /"json" or "teams"/],
    ['privacyReviewDays', { privacyReviewDays: 3.5 }, /whole number/],
    ['policyPack', { policyPack: 'My Pack' }, /policy pack/],
  ])('%s', (path, layer, message) => {
    const problems = problemsFor(layer);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.path)).toEqual(problems.map(() => path));
    expect(problems[0]!.message).toMatch(message);
    for (const p of problems) expect(p.message).not.toMatch(/Invalid|expected .* received/);
  });

  it('quotes the bad value itself, as the admin wrote it', () => {
    expect(problemsFor({ workingHours: { closures: ['2026-01-02', '2026-13-01'] } })).toEqual([
      { path: 'workingHours.closures[1]', message: '"2026-13-01" is not a real date' },
    ]);
    expect(problemsFor({ privacyReviewDays: 3.5 })[0]!.message).toMatch(/^3\.5 must be a whole number/);
    // A list is named by its path, not printed; a long value is cut short.
    expect(problemsFor({ officialAccounts: 'x' })[0]!.message).toBe('"x" must be a list');
    expect(problemsFor({ workingHours: { week: { mon: { hours: [['10:30']] } } } })[0]!.message).toMatch(/^must be a pair/);
    expect(problemsFor({ schoolWebsite: `oak hill ${'x'.repeat(200)}` })[0]!.message).toMatch(/^"oak hill x{51}…" /);
  });

  it('never repeats a signing secret in a message', () => {
    const [problem] = problemsFor({ reportWebhookSecret: 'sk_live_do_not_show' });
    expect(problem!.message).not.toContain('sk_live');
  });

  it('lists each bad key once and keeps the good keys', () => {
    const { accepted, problems } = checkLayer({ schoolName: 'Oak', privacyReviewDays: 'often', schoolOwnedDevice: 1 });
    expect(problems.map((p) => p.path).sort()).toEqual(['privacyReviewDays', 'schoolOwnedDevice']);
    expect(accepted).toEqual({ schoolName: 'Oak' });
  });

  it('checkSetting reports nothing for a good value', () => {
    expect(checkSetting('workingHours', DEFAULT_SETTINGS.workingHours)).toEqual([]);
    expect(checkSetting('privacyReviewDays', 0)).not.toEqual([]);
  });

  it('formatPath writes paths the way JSON reads', () => {
    expect(formatPath(['workingHours', 'week', 'mon', 'hours', 0, 1])).toBe('workingHours.week.mon.hours[0][1]');
    expect(formatPath([])).toBe('');
  });

  it('a whole layer that is not an object is one clear problem', () => {
    for (const layer of [[], 'text', 42, null]) {
      const { problems, accepted } = checkLayer(layer);
      expect(accepted).toEqual({});
      expect(problems).toEqual([{ path: '(whole file)', message: expect.stringMatching(/JSON object/) }]);
    }
  });
});

describe('unknown keys', () => {
  it('are warnings, top-level and nested, and are ignored', () => {
    const { accepted, problems, warnings } = checkLayer({
      fax: '0123',
      dsl: { name: 'Sam', fax: '0123' },
      workingHours: { week: { mon: { hours: [['08:00', '15:00']], lunch: [] } } },
      workingHours2: true,
    });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => w.path).sort()).toEqual(['dsl.fax', 'fax', 'workingHours.week.mon.lunch', 'workingHours2']);
    expect(warnings.every((w) => /not a setting Chalkline knows.*ignored/.test(w.message))).toBe(true);
    expect(accepted).toEqual({ dsl: { name: 'Sam' }, workingHours: { week: { mon: { hours: [['08:00', '15:00']] } } } });
    const { settings } = resolveSettings({}, { dsl: { name: 'Sam', fax: '0123' } });
    expect(settings.dsl).toEqual({ name: 'Sam', email: '' });
  });
});

describe('resolveSettings', () => {
  it('gives the defaults for empty or missing layers', () => {
    for (const [m, l] of [[{}, {}], [undefined, undefined], [null, null]]) {
      const r = resolveSettings(m, l);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r).toMatchObject({ locked: [], problems: [], warnings: [] });
    }
  });

  it('takes managed over local over defaults, key by key, and locks exactly the managed keys', () => {
    const r = resolveSettings(
      { schoolName: 'Managed School', privacyReviewDays: 30 },
      { schoolName: 'Local School', schoolOwnedDevice: true },
    );
    expect(r.settings.schoolName).toBe('Managed School');
    expect(r.settings.privacyReviewDays).toBe(30);
    expect(r.settings.schoolOwnedDevice).toBe(true);
    expect(r.settings.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    expect([...r.locked].sort()).toEqual(['privacyReviewDays', 'schoolName']);
  });

  it('reports a bad managed value and keeps the local value in force, unlocked', () => {
    const r = resolveSettings({ privacyReviewDays: 'quarterly' }, { privacyReviewDays: 45 });
    expect(r.settings.privacyReviewDays).toBe(45);
    expect(r.locked).toEqual([]);
    expect(r.problems).toEqual([{ path: 'privacyReviewDays', message: expect.any(String), source: 'managed' }]);
  });

  it('falls back to the default for a bad local value', () => {
    const r = resolveSettings({}, { workingHours: { mode: 'sometimes' }, schoolName: 'Oak' });
    expect(r.settings.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    expect(r.settings.schoolName).toBe('Oak');
    expect(r.problems.map((p) => [p.source, p.path])).toEqual([['local', 'workingHours.mode']]);
  });

  it('tags warnings with the layer they came from', () => {
    const r = resolveSettings({ extra: 1 }, { other: 2 });
    expect(r.warnings.map((w) => [w.source, w.path])).toEqual([['managed', 'extra'], ['local', 'other']]);
  });
});

// Valid, already-normalised values for every key, so the value in force must equal the value given.
const trimmed = (max: number) => fc.string({ maxLength: max }).map((s) => s.trim());
const nonEmptyTrimmed = (max: number) => trimmed(max).filter((s) => s.length > 0);
const httpsOrEmpty = fc.oneof(fc.constant(''), fc.webUrl({ validSchemes: ['https'] }));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const period = fc.tuple(time, time).filter(([a, b]) => a !== b);
// A break must lie inside its day's hours, so breaks are drawn from the hours themselves.
const day = fc.array(period, { maxLength: 3 }).chain((hours) => fc.record({ hours: fc.constant(hours), breaks: fc.subarray(hours) }));
const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const VALID: { [K in SettingsKey]: fc.Arbitrary<Settings[K]> } = {
  schoolName: trimmed(40),
  schoolAliases: fc.array(nonEmptyTrimmed(20), { maxLength: 4 }),
  schoolWebsite: httpsOrEmpty,
  policyPack: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
  dsl: fc.record(
    { name: trimmed(30), email: fc.constantFrom('', 'dsl@oak.sch.uk', 'head.teacher@example.org'), phone: trimmed(20) },
    { requiredKeys: ['name', 'email'] },
  ),
  schoolPack: fc.constantFrom('', SCHOOL_PACK),
  staffName: trimmed(40),
  reportWebhookUrl: fc.oneof(httpsOrEmpty, fc.constantFrom('http://localhost:8123/reports', 'http://127.0.0.1/hook')),
  reportWebhookSecret: fc.oneof(fc.constant(''), fc.uint8Array({ minLength: 16, maxLength: 40 }).map((b) => `whsec_${Buffer.from(b).toString('base64')}`)),
  reportFormat: fc.constantFrom('json' as const, 'teams' as const),
  roster: fc.record({ url: httpsOrEmpty, refreshMinutes: fc.integer({ min: 15, max: 10080 }) }),
  workingHours: fc.record({
    mode: fc.constantFrom('block' as const, 'warn' as const, 'off' as const),
    timeZone: fc.constantFrom('Europe/London', 'UTC', 'America/New_York', 'Asia/Kolkata'),
    week: fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }),
    termDates: fc.array(fc.tuple(date, date).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })), { maxLength: 3 }),
    closures: fc.array(date, { maxLength: 3 }),
    bankHolidays: fc.constantFrom('england-and-wales' as const, 'none' as const),
  }),
  privacyReviewDays: fc.integer({ min: 7, max: 366 }),
  logRetentionDays: fc.integer({ min: 30, max: 1095 }),
  schoolOwnedDevice: fc.boolean(),
  officialAccounts: fc.array(
    fc
      .tuple(fc.constantFrom('x.com', 'www.facebook.com', 'instagram.com'), fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/), fc.boolean())
      .map(([host, name, open]) => `https://${host}/${name}${open ? '*' : ''}`),
    { maxLength: 3 },
  ),
};
const layer = fc.record(VALID, { requiredKeys: [] }) as fc.Arbitrary<Partial<Settings>>;

describe('resolveSettings (property)', () => {
  it('takes each key from managed if present, else local, else the default', () => {
    fc.assert(
      fc.property(layer, layer, (managed, local) => {
        const r = resolveSettings(managed, local);
        expect(r.problems).toEqual([]);
        for (const key of SETTINGS_KEYS) {
          const expected = key in managed ? managed[key] : key in local ? local[key] : DEFAULT_SETTINGS[key];
          expect(r.settings[key]).toEqual(expected);
        }
        expect(r.locked).toEqual(SETTINGS_KEYS.filter((k) => k in managed));
      }),
      { numRuns: 200 },
    );
  });
});

describe('working-hours checks across fields', () => {
  it('names a break that lies outside its day’s hours', () => {
    const r = Settings.safeParse({ workingHours: { week: { mon: { hours: [['08:30', '15:30']], breaks: [['12:00', '13:00'], ['21:00', '21:30']] } } } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['workingHours.week.mon.breaks.1', 'the break 21:00–21:30 is not inside Monday’s working hours']]);
  });
  it('accepts a break after midnight inside a night period', () => {
    expect(Settings.safeParse({ workingHours: { week: { mon: { hours: [['22:00', '06:00']], breaks: [['02:00', '02:30']] } } } }).success).toBe(true);
  });
});
