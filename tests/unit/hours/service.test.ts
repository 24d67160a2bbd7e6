import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { continueInHours, forgetHoursWarnTab, hoursBannerFor, pruneHoursDismissals } from '@/utils/background/hours-warn-service';
import { readAudit } from '@/utils/contact/audit';
import { writeLocalLayer } from '@/utils/config/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';

vi.mock('@/utils/i18n', () => ({ t: (key: string) => key }));

// A Monday in term, GMT: London time equals UTC. The default week works 08:30–15:30, breaks 10:30–10:45 and 12:00–13:00.
const MONDAY = (time: string) => Date.parse(`2026-11-23T${time}Z`);
const FEED = 'https://x.com/home';

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  await writeLocalLayer({ policyPack: 'secondary-school', workingHours: { mode: 'warn', bankHolidays: 'none' }, officialAccounts: ['https://x.com/OakHillSchool*'] });
});

describe('warn mode in the background', () => {
  it('shows the banner in working time only, and never on an official account', async () => {
    expect(await hoursBannerFor(1, FEED, MONDAY('09:00:00'))).toEqual({ show: true });
    expect(await hoursBannerFor(1, 'https://web.whatsapp.com/', MONDAY('09:00:00'))).toEqual({ show: true });
    expect(await hoursBannerFor(1, 'https://x.com/OakHillSchool/status/1', MONDAY('09:00:00'))).toEqual({ show: false });
    expect(await hoursBannerFor(1, FEED, MONDAY('10:35:00'))).toEqual({ show: false }); // a break
    expect(await hoursBannerFor(1, FEED, MONDAY('16:00:00'))).toEqual({ show: false });
    expect(await hoursBannerFor(1, undefined, MONDAY('09:00:00'))).toEqual({ show: false });
  });

  it('shows nothing in block mode (the blocked page does that) or with hours off', async () => {
    await writeLocalLayer({ workingHours: { mode: 'block' } });
    forgetCachedConfig();
    expect(await hoursBannerFor(1, FEED, MONDAY('09:00:00'))).toEqual({ show: false });
    await writeLocalLayer({ workingHours: { mode: 'off' } });
    forgetCachedConfig();
    expect(await hoursBannerFor(1, FEED, MONDAY('09:00:00'))).toEqual({ show: false });
  });

  it('logs a reason once, then leaves that tab alone until the next period', async () => {
    expect(await continueInHours(4, FEED, { reason: 'school-business', note: 'replying to the PTA' }, MONDAY('09:00:00'))).toEqual({ logged: true });
    expect(await readAudit()).toMatchObject([
      { network: 'x', action: 'use-in-working-hours', role: 'none', packId: 'secondary-school', decision: 'proceeded', exception: 'school-business', reason: 'replying to the PTA' },
    ]);
    expect((await readAudit())[0]!.ruleId).not.toBe('working-hours');
    // Same tab, same period (another page of the site too): no banner, and nothing more to log.
    expect(await hoursBannerFor(4, 'https://www.facebook.com/', MONDAY('10:00:00'))).toEqual({ show: false });
    expect(await continueInHours(4, FEED, { reason: 'school-business' }, MONDAY('10:00:00'))).toEqual({ logged: false });
    // Another tab is asked for itself.
    expect(await hoursBannerFor(5, FEED, MONDAY('10:00:00'))).toEqual({ show: true });
    // After the break, a new period: asked again.
    expect(await hoursBannerFor(4, FEED, MONDAY('10:50:00'))).toEqual({ show: true });
    expect(await readAudit()).toHaveLength(1);
  });

  it('refuses "something else" without a note and logs nothing', async () => {
    await expect(continueInHours(4, FEED, { reason: 'other', note: '  ' }, MONDAY('09:00:00'))).rejects.toThrow('Please say what the reason is.');
    expect(await readAudit()).toEqual([]);
    expect(await hoursBannerFor(4, FEED, MONDAY('09:00:00'))).toEqual({ show: true });
  });

  it('logs nothing when there is nothing to go on past: a break, an official account, a page not guarded', async () => {
    expect(await continueInHours(4, FEED, { reason: 'school-business' }, MONDAY('12:30:00'))).toEqual({ logged: false });
    expect(await continueInHours(4, 'https://x.com/OakHillSchool', { reason: 'official-account' }, MONDAY('09:00:00'))).toEqual({ logged: false });
    expect(await continueInHours(4, 'https://example.com/', { reason: 'school-business' }, MONDAY('09:00:00'))).toEqual({ logged: false });
    expect(await readAudit()).toEqual([]);
  });

  it('forgets a closed tab’s answer, and answers from earlier periods', async () => {
    await continueInHours(4, FEED, { reason: 'school-business' }, MONDAY('09:00:00'));
    await continueInHours(6, FEED, { reason: 'school-business' }, MONDAY('09:00:00'));
    await forgetHoursWarnTab(4);
    expect(await hoursBannerFor(4, FEED, MONDAY('09:30:00'))).toEqual({ show: true });
    expect(await hoursBannerFor(6, FEED, MONDAY('09:30:00'))).toEqual({ show: false });
    await pruneHoursDismissals(null);
    expect(await fakeBrowser.storage.session.get('hoursWarnDismissed')).toEqual({ hoursWarnDismissed: {} });
  });
});
