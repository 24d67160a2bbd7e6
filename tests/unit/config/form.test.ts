import { describe, expect, it } from 'vitest';
import { DAYS, draftToLayer, parseLines, settingsToDraft } from '@/utils/config/form';
import { checkLayer, resolveSettings } from '@/utils/config/merge';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEYS, type SettingsKey } from '@/utils/config/schema';

describe('parseLines', () => {
  it('gives one trimmed item per line and drops blank lines', () => {
    expect(parseLines('  OHS \n\n Oak Hill\r\n\t\n')).toEqual(['OHS', 'Oak Hill']);
    expect(parseLines('')).toEqual([]);
  });
});

const FULL: Settings = Settings.parse({
  schoolName: 'Oak Hill School',
  schoolAliases: ['OHS', 'Oak Hill', 'The Acorns'],
  schoolWebsite: 'https://oakhill.sch.uk/',
  policyPack: 'chiltern-learning-trust-2023',
  dsl: { name: 'Sam Patel', email: 'dsl@oakhill.sch.uk', phone: '01632 960123' },
  reportWebhookUrl: 'https://reports.oakhill.sch.uk/hook',
  roster: { url: 'https://mis.oakhill.sch.uk/roster.csv', refreshMinutes: 45 },
  workingHours: {
    mode: 'warn',
    timeZone: 'Europe/Dublin',
    week: {
      mon: { hours: [['08:00', '12:00'], ['13:00', '16:30']], breaks: [['10:15', '10:30']] },
      tue: { hours: [['08:00', '16:30']], breaks: [] },
      wed: { hours: [['08:00', '16:30']], breaks: [['12:00', '12:45']] },
      thu: { hours: [['08:00', '16:30']], breaks: [['12:00', '12:45']] },
      fri: { hours: [['08:00', '14:00']], breaks: [] },
      sat: { hours: [['09:00', '11:00']], breaks: [] },
      sun: { hours: [['22:00', '02:00']], breaks: [] },
    },
    termDates: [{ start: '2026-09-03', end: '2026-10-23' }, { start: '2026-11-02', end: '2026-12-18' }],
    closures: ['2026-10-02', '2026-12-01'],
  },
  privacyReviewDays: 120,
  schoolOwnedDevice: true,
  officialAccounts: ['https://x.com/OakHillSchool*', 'https://www.facebook.com/OakHill*'],
});

describe('settingsToDraft / draftToLayer', () => {
  it.each([
    ['the defaults', DEFAULT_SETTINGS],
    ['a fully populated school', FULL],
  ])('round-trips %s', (_name, settings) => {
    const { layer, problems } = draftToLayer(settingsToDraft(settings), []);
    expect(problems).toEqual([]);
    const checked = checkLayer(layer);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([]);
    // Every key but the pack a school delivers as text, which has no box: saving keeps it as it was.
    expect(Object.keys(layer).sort()).toEqual(SETTINGS_KEYS.filter((k) => k !== 'schoolPack').sort());
    expect(resolveSettings({}, layer).settings).toEqual(settings);
  });

  it('leaves DSL phone out when the box is empty', () => {
    const { layer } = draftToLayer({ ...settingsToDraft(DEFAULT_SETTINGS), dslPhone: '   ' }, []);
    expect(layer.dsl).not.toHaveProperty('phone');
  });

  it('leaves locked keys out of the layer', () => {
    const locked: SettingsKey[] = ['schoolName', 'workingHours', 'privacyReviewDays'];
    const { layer } = draftToLayer(settingsToDraft(FULL), locked);
    expect(Object.keys(layer).sort()).toEqual(SETTINGS_KEYS.filter((k) => !locked.includes(k) && k !== 'schoolPack').sort());
  });

  it('drops rows left empty and reports a row with one end missing, by its own path', () => {
    const draft = settingsToDraft(DEFAULT_SETTINGS);
    draft.hours.wed = [{ start: '08:30', end: '15:30' }, { start: '', end: '' }, { start: '16:00', end: '' }];
    draft.breaks.fri = [{ start: '', end: '12:45' }];
    draft.termDates = [{ start: '2026-09-03', end: '' }, { start: '', end: '' }];
    draft.closures = ['', '2026-12-01', ' '];
    const { layer, problems } = draftToLayer(draft, []);
    expect(problems).toEqual([
      { path: 'workingHours.week.wed.hours[2]', message: 'needs both a start time and an end time' },
      { path: 'workingHours.week.fri.breaks[0]', message: 'needs both a start time and an end time' },
      { path: 'workingHours.termDates[0]', message: 'needs both a first day and a last day' },
    ]);
    const hours = layer.workingHours as { week: Record<string, { hours: unknown }>; termDates: unknown; closures: unknown };
    expect(hours.week.wed!.hours).toEqual([['08:30', '15:30']]);
    expect(hours.termDates).toEqual([]);
    expect(hours.closures).toEqual(['2026-12-01']);
  });

  it('passes picked values through for the schema to judge (an end before the start is a night shift)', () => {
    const draft = settingsToDraft(DEFAULT_SETTINGS);
    draft.hours.sun = [{ start: '22:00', end: '02:00' }];
    draft.termDates = [{ start: '2026-09-03', end: '2026-09-01' }];
    const { layer, problems } = draftToLayer(draft, []);
    expect(problems).toEqual([]);
    expect(checkLayer(layer).problems.map((p) => p.path)).toEqual(['workingHours.termDates[0]']);
  });

  it('gives every day its own rows, so editing one never changes another', () => {
    const draft = settingsToDraft(DEFAULT_SETTINGS);
    draft.hours.mon[0]!.start = '07:00';
    for (const d of DAYS.filter((d) => d !== 'mon')) expect(draft.hours[d].map((r) => r.start)).not.toContain('07:00');
  });

  it('leaves a number box holding words for validation to name', () => {
    const draft = { ...settingsToDraft(DEFAULT_SETTINGS), privacyReviewDays: 'quarterly', rosterRefreshMinutes: ' 30 ' };
    const { layer, problems } = draftToLayer(draft, []);
    expect(problems).toEqual([]);
    expect(layer.privacyReviewDays).toBe('quarterly');
    expect((layer.roster as { refreshMinutes: unknown }).refreshMinutes).toBe(30);
    expect(checkLayer(layer).problems.map((p) => p.path)).toEqual(['privacyReviewDays']);
  });
});
