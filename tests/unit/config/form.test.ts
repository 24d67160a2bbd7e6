import { describe, expect, it } from 'vitest';
import {
  DAYS,
  draftToLayer,
  formatPeriods,
  formatTerms,
  parseLines,
  parsePeriods,
  parseTerms,
  settingsToDraft,
} from '@/utils/config/form';
import { checkLayer, resolveSettings } from '@/utils/config/merge';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEYS, type SettingsKey } from '@/utils/config/schema';

describe('parsePeriods', () => {
  it.each([
    ['8:30-15:30', [['08:30', '15:30']]],
    ['08.30 – 15.30', [['08:30', '15:30']]],
    ['08:30 to 15:30', [['08:30', '15:30']]],
    ['08:30 TO 15:30', [['08:30', '15:30']]],
    ['08:30—12:00', [['08:30', '12:00']]],
    ['08:30-12:00, 13:00-15:30', [['08:30', '12:00'], ['13:00', '15:30']]],
    ['08:30-12:00; 13:00-15:30\n16:00-17:00', [['08:30', '12:00'], ['13:00', '15:30'], ['16:00', '17:00']]],
    ['22:00-06:00', [['22:00', '06:00']]],
    ['', []],
    [' , ,', []],
  ])('reads %j', (text, periods) => {
    expect(parsePeriods(text)).toEqual({ periods, unreadable: [] });
  });

  it('returns the parts it cannot read and keeps the readable ones', () => {
    expect(parsePeriods('08:30-12:00, half eight till noon, 13:00-, 9-10')).toEqual({
      periods: [['08:30', '12:00']],
      unreadable: ['half eight till noon', '13:00-', '9-10'],
    });
  });

  it('is the inverse of formatPeriods', () => {
    const periods: [string, string][] = [['08:30', '12:00'], ['13:00', '15:30']];
    expect(formatPeriods(periods)).toBe('08:30-12:00, 13:00-15:30');
    expect(parsePeriods(formatPeriods(periods)).periods).toEqual(periods);
    expect(formatPeriods([])).toBe('');
  });
});

describe('parseLines', () => {
  it('gives one trimmed item per line and drops blank lines', () => {
    expect(parseLines('  OHS \n\n Oak Hill\r\n\t\n')).toEqual(['OHS', 'Oak Hill']);
    expect(parseLines('')).toEqual([]);
  });
});

describe('parseTerms / formatTerms', () => {
  it('reads "START to END" lines with any dash or "to"', () => {
    expect(parseTerms('2026-09-03 to 2026-10-23\n\n2026-11-02 – 2026-12-18\n2027-01-05-2027-02-12')).toEqual({
      terms: [
        { start: '2026-09-03', end: '2026-10-23' },
        { start: '2026-11-02', end: '2026-12-18' },
        { start: '2027-01-05', end: '2027-02-12' },
      ],
      unreadable: [],
    });
  });

  it('returns the lines it cannot read', () => {
    expect(parseTerms('autumn term\n2026-09-03 to 2026-10-23\n3/9/2026 to 23/10/2026')).toEqual({
      terms: [{ start: '2026-09-03', end: '2026-10-23' }],
      unreadable: ['autumn term', '3/9/2026 to 23/10/2026'],
    });
  });

  it('round-trips through formatTerms', () => {
    const terms = [{ start: '2026-09-03', end: '2026-10-23' }, { start: '2026-11-02', end: '2026-12-18' }];
    expect(parseTerms(formatTerms(terms))).toEqual({ terms, unreadable: [] });
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

  it('reports unreadable periods by day and list, with the text it could not read', () => {
    const draft = settingsToDraft(DEFAULT_SETTINGS);
    draft.hours.wed = '08:30-15:30, half eight';
    draft.breaks.fri = 'lunch';
    const { layer, problems } = draftToLayer(draft, []);
    expect(problems.map((p) => p.path)).toEqual(['workingHours.week.wed.hours', 'workingHours.week.fri.breaks']);
    expect(problems[0]!.message).toContain('half eight');
    expect(problems[1]!.message).toContain('lunch');
    const week = (layer.workingHours as { week: Record<string, { hours: unknown }> }).week;
    expect(week.wed!.hours).toEqual([['08:30', '15:30']]);
  });

  it('reports every day with unreadable hours', () => {
    const draft = settingsToDraft(DEFAULT_SETTINGS);
    for (const d of DAYS) draft.hours[d] = 'all day';
    const { problems } = draftToLayer(draft, []);
    expect(problems.map((p) => p.path)).toEqual(DAYS.map((d) => `workingHours.week.${d}.hours`));
  });

  it('reports unreadable term dates', () => {
    const draft = { ...settingsToDraft(DEFAULT_SETTINGS), termDates: 'autumn term' };
    const { problems } = draftToLayer(draft, []);
    expect(problems).toEqual([{ path: 'workingHours.termDates', message: expect.stringContaining('autumn term') }]);
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
