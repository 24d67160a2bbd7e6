import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { readPausedPages } from '@/utils/background/paused-pages';
import { BOUNDARY_ALARM, enforceSchedule, TICK_ALARM } from '@/utils/background/schedule-enforcer';
import { writeLocalLayer } from '@/utils/config/store';

vi.mock('@/utils/i18n', () => ({ t: (key: string) => key }));

// The fake browser has no declarativeNetRequest or badge: keep them in memory, as Chromium would.
let rules: { id: number }[] = [];
let badge = '';
const updates = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedConfig();
  rules = [];
  badge = '';
  updates.mockReset();
  Object.assign(fakeBrowser.declarativeNetRequest ?? ((fakeBrowser as unknown as Record<string, unknown>).declarativeNetRequest = {}), {
    getDynamicRules: async () => rules,
    updateDynamicRules: async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: { id: number }[] }) => {
      updates();
      rules = [...rules.filter((r) => !removeRuleIds.includes(r.id)), ...addRules];
    },
  });
  // The fake compares `url` as a string; Chromium reads it as match patterns, which cover every tab here
  // but the BBC one, and the enforcer checks each address itself anyway.
  const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  fakeBrowser.tabs.query = (info) => query({ ...info, url: undefined });
  Object.assign(fakeBrowser.action, {
    setBadgeText: async ({ text }: { text: string }) => void (badge = text),
    setBadgeBackgroundColor: async () => undefined,
    setTitle: async () => undefined,
  });
});

const MONDAY = (time: string) => Date.parse(`2026-11-23T${time}Z`); // GMT: London time equals UTC

async function openTab(url: string) {
  return fakeBrowser.tabs.create({ url });
}

describe('the working-hours enforcer', () => {
  it('does nothing on a guessed timetable: hours nobody set are not enforced', async () => {
    const view = await enforceSchedule(MONDAY('09:00:00'));
    expect(view.status).toMatchObject({ restricted: false, phase: 'off' });
    expect(rules).toEqual([]);
  });

  it('switches the rule on at the start of the day, sweeps once per period, and sets the next alarm', async () => {
    await writeLocalLayer({ workingHours: { mode: 'block' } });
    const feed = await openTab('https://www.facebook.com/');
    const official = await openTab('https://x.com/OakHill');
    await openTab('https://www.bbc.co.uk/news');
    await writeLocalLayer({ workingHours: { mode: 'block' }, officialAccounts: ['https://x.com/OakHill'] });

    await enforceSchedule(MONDAY('08:00:00'));
    expect(rules).toEqual([]);
    expect((await fakeBrowser.alarms.get(BOUNDARY_ALARM))?.scheduledTime).toBe(MONDAY('08:30:00') + 250);

    // The alarm fires: the period starts.
    await enforceSchedule(MONDAY('08:30:00') + 250);
    expect(rules.map((r) => r.id)).toEqual([1000, 1001]);
    expect(badge).toBe('⏸');
    expect((await fakeBrowser.tabs.get(feed.id!)).url).toMatch(/blocked\.html#https:\/\/www\.facebook\.com\/$/);
    expect((await fakeBrowser.tabs.get(official.id!)).url).toBe('https://x.com/OakHill');
    expect((await readPausedPages()).map((p) => p.url)).toEqual(['https://www.facebook.com/']);

    // A tab opened later in the same period is the blocking rule's business, not the sweep's.
    const later = await openTab('https://www.instagram.com/');
    const calls = updates.mock.calls.length;
    await enforceSchedule(MONDAY('09:00:00'));
    expect((await fakeBrowser.tabs.get(later.id!)).url).toBe('https://www.instagram.com/');
    expect(updates.mock.calls.length).toBe(calls);

    // The break lifts the rule and starts the badge's countdown.
    await enforceSchedule(MONDAY('10:30:00') + 250);
    expect(rules).toEqual([]);
    expect(badge).toBe('15m');
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();

    // After the break a new period starts: what was opened in the break is swept.
    await enforceSchedule(MONDAY('10:45:00') + 250);
    expect((await fakeBrowser.tabs.get(later.id!)).url).toMatch(/blocked\.html#https:\/\/www\.instagram\.com\/$/);
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeUndefined();
  });

  it('pauses everything on a school computer, whatever the timetable', async () => {
    await writeLocalLayer({ schoolOwnedDevice: true });
    await enforceSchedule(Date.parse('2026-08-01T22:00:00Z'));
    expect(rules.map((r) => r.id)).toEqual([1000]);
    expect(await fakeBrowser.alarms.get(BOUNDARY_ALARM)).toBeUndefined();
  });
});
