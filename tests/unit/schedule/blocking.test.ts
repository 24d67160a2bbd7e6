import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '@/utils/config/schema';
import { badgeFor, countdown, schoolClock } from '@/utils/schedule/badge';
import { blockedPageUrl, blockingRules, BLOCK_RULE_ID, isBlockingRuleId } from '@/utils/schedule/blocking';
import { isOfficialUrl, officialRegexSource } from '@/utils/schedule/official';
import { scheduleStatus } from '@/utils/schedule';
import { buildHoursView } from '@/utils/schedule/view';
import { NETWORKS } from '@/utils/sites/networks';

const PAGE = 'chrome-extension://abc/blocked.html';

describe('official accounts', () => {
  const patterns = ['https://x.com/OakHillSchool*', 'facebook.com/OakHillPrimary', 'https://www.instagram.com/oak_hill/'];
  it.each([
    ['https://x.com/OakHillSchool', true],
    ['https://x.com/oakhillschool/status/123', true],
    ['https://www.facebook.com/OakHillPrimary', true],
    ['https://m.facebook.com/OakHillPrimary?ref=bookmarks', true],
    ['https://www.facebook.com/OakHillPrimary/photos', false],
    ['https://www.instagram.com/oak_hill/', true],
    ['https://x.com/home', false],
    ['https://evil.example/x.com/OakHillSchool', false],
    ['https://x.com.evil.example/OakHillSchool', false],
  ])('%s → %s', (url, expected) => expect(isOfficialUrl(url, patterns)).toBe(expected));

  it('refuses patterns that are not web addresses, so nothing is allowed by accident', () => {
    for (const p of ['', '*', 'our school', 'https://*/OakHill', 'javascript:alert(1)']) expect(officialRegexSource(p), p).toBeNull();
    expect(Settings.safeParse({ officialAccounts: ['our school'] }).error?.issues[0]?.message).toMatch(/must be a web address/);
  });

  it('escapes the address, so a dot matches only a dot', () => {
    expect(isOfficialUrl('https://xxcom/OakHillSchool', patterns)).toBe(false);
  });
});

describe('blocking rules', () => {
  it('are none when nothing is blocked', () => {
    expect(blockingRules(false, ['https://x.com/Oak*'], PAGE)).toEqual([]);
  });
  it('redirect top-level navigations on every guarded domain, keeping the address', () => {
    const [block] = blockingRules(true, [], PAGE);
    expect(block).toMatchObject({ id: BLOCK_RULE_ID, action: { type: 'redirect', redirect: { regexSubstitution: `${PAGE}#\\0` } } });
    expect(block!.condition.resourceTypes).toEqual(['main_frame']);
    expect(block!.condition.requestDomains).toEqual(NETWORKS.flatMap((n) => [...n.domains]));
    expect(blockedPageUrl(PAGE, 'https://x.com/home')).toBe(`${PAGE}#https://x.com/home`);
  });
  it('allow each official account at a higher priority, with our own ids only', () => {
    const rules = blockingRules(true, ['https://x.com/Oak*', 'not an address', 'https://www.tiktok.com/@oakhill'], PAGE);
    expect(rules.map((r) => [r.id, r.priority, r.action.type])).toEqual([
      [1000, 1, 'redirect'],
      [1001, 2, 'allow'],
      [1002, 2, 'allow'],
    ]);
    expect(rules.every((r) => isBlockingRuleId(r.id))).toBe(true);
    expect(new RegExp(rules[1]!.condition.regexFilter, 'i').test('https://x.com/OakHill')).toBe(true);
  });
});

describe('badge', () => {
  const input = (extra: object = {}) => ({ workingHours: { ...DEFAULT_SETTINGS.workingHours, ...extra }, schoolOwnedDevice: false, bankHolidays: new Set<string>() });
  const clock = schoolClock('Europe/London', Date.parse('2026-11-23T09:00:00Z'));
  it('counts down a break in minutes, then hours', () => {
    expect(countdown(12 * 60_000)).toBe('12m');
    expect(countdown(30_000)).toBe('1m');
    expect(countdown(89 * 60_000)).toBe('89m');
    expect(countdown(150 * 60_000)).toBe('3h');
    const now = Date.parse('2026-11-23T12:48:00Z');
    expect(badgeFor(scheduleStatus(input(), now), now, clock)).toMatchObject({ text: '12m', title: { key: 'badgeBreak', args: ['13:00'] } });
  });
  it('shows a pause sign in working time, a warning sign in warn mode, nothing outside hours', () => {
    const now = Date.parse('2026-11-23T09:00:00Z');
    expect(badgeFor(scheduleStatus(input(), now), now, clock)).toMatchObject({ text: '⏸', title: { key: 'badgePaused', args: ['10:30'] } });
    expect(badgeFor(scheduleStatus(input({ mode: 'warn' }), now), now, clock).text).toBe('!');
    const evening = Date.parse('2026-11-23T19:00:00Z');
    expect(badgeFor(scheduleStatus(input(), evening), evening, clock).text).toBe('');
  });
  it('names the day when the change is not today', () => {
    expect(clock(Date.parse('2026-11-24T08:30:00Z'))).toBe('Tue 24 Nov, 08:30');
  });
});

describe('hours view', () => {
  it('quotes the pack’s working-hours rule, or its school-computer rule on a school computer', () => {
    const now = Date.parse('2026-11-23T09:00:00Z');
    const settings = { ...DEFAULT_SETTINGS, policyPack: 'alderley-edge-primary' };
    const hours = buildHoursView(settings, [], scheduleStatus({ workingHours: settings.workingHours, schoolOwnedDevice: false, bankHolidays: new Set() }, now));
    expect(hours.rule?.id).toBe('personal-use-in-breaks-only');
    const device = buildHoursView(settings, [], scheduleStatus({ workingHours: settings.workingHours, schoolOwnedDevice: true, bankHolidays: new Set() }, now));
    expect(device.rule?.id).toBe('no-personal-use-on-school-devices');
  });
});
