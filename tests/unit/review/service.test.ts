import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { finishReview, listenForReviewChoices, remindIfDue, REVIEW_ALARM, REVIEW_NOTIFICATION, saveReviewProgress, scheduleReview, snoozeReview } from '@/utils/background/review-service';
import { writeLocalLayer } from '@/utils/config/store';
import { REVIEW_STATE_KEY } from '@/utils/review/state';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));
import { readReviewState } from '@/utils/review/store';

const T0 = Date.parse('2026-12-03T10:00:00Z');
let notes: { id: string; options: Record<string, unknown> }[];
let badge: string;

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedConfig();
  notes = [];
  badge = '';
  // fakeBrowser has no notifications or badge: record what would be shown.
  Object.assign(browser.notifications, {
    create: vi.fn(async (id: string, options: Record<string, unknown>) => (notes.push({ id, options }), id)),
    clear: vi.fn(async () => true),
  });
  Object.assign(browser.action, {
    setBadgeText: vi.fn(async ({ text }: { text: string }) => void (badge = text)),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
  });
});

const alarmAt = async () => (await browser.alarms.get(REVIEW_ALARM))?.scheduledTime;

describe('privacy review reminders', () => {
  it('first run: due at once, so the alarm is set for now and the reminder offers Start review and Remind me tomorrow', async () => {
    const status = await scheduleReview(T0);
    expect(status).toMatchObject({ overdue: true, lastCompletedAt: null, intervalDays: 90 });
    expect(await alarmAt()).toBe(T0);
    expect(badge).toBe('🔒');
    expect(await remindIfDue(T0)).toBe(true);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.options).toMatchObject({ title: 'Time to check your privacy settings', buttons: [{ title: 'Start review' }, { title: 'Remind me tomorrow' }] });
    // Ignored: the next reminder is tomorrow morning, not straight away.
    expect(new Date((await alarmAt())!).toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(await remindIfDue(T0 + 60_000)).toBe(false);
  });

  it('Remind me tomorrow: no reminder until 09:00 tomorrow; the badge stays until the review is done', async () => {
    await scheduleReview(T0);
    await snoozeReview(T0);
    expect(new Date((await alarmAt())!).toISOString()).toBe('2026-12-04T09:00:00.000Z');
    expect(await remindIfDue(T0 + 3_600_000)).toBe(false);
    expect(badge).toBe('🔒');
    expect(await remindIfDue(Date.parse('2026-12-04T09:00:00Z'))).toBe(true);
  });

  it('Finish review records the date and what was confirmed, clears the badge, and sets the next reminder the interval later', async () => {
    await scheduleReview(T0);
    await saveReviewProgress(['facebook', 'x'], { facebook: ['audience', 'location'], x: ['audience'], instagram: ['audience'] }, T0 + 1000);
    expect((await readReviewState(T0)).progress).toMatchObject({ networks: ['facebook', 'x'], checked: { facebook: ['audience', 'location'], x: ['audience'] } });
    const state = await finishReview(['facebook', 'x'], { facebook: ['location', 'audience'], x: ['audience'] }, T0 + 2000);
    expect(state.progress).toBeUndefined();
    expect(state.history).toEqual([{ at: T0 + 2000, networks: ['facebook', 'x'], confirmed: { facebook: ['audience', 'location'], x: ['audience'] }, total: 14 }]);
    expect(badge).toBe('');
    expect(new Date((await alarmAt())!).toISOString()).toBe('2027-03-03T10:00:02.000Z');
    await expect(finishReview([], {}, T0)).rejects.toThrow('Choose at least one network');
  });

  it('a changed interval moves the next reminder at once', async () => {
    await finishReview(['x'], { x: ['audience'] }, T0);
    await writeLocalLayer({ privacyReviewDays: 30 });
    forgetCachedConfig();
    await scheduleReview(T0);
    expect(new Date((await alarmAt())!).toISOString()).toBe('2027-01-02T10:00:00.000Z');
  });

  it('a stored record that cannot be read is kept aside, never overwritten, and a new one starts', async () => {
    await browser.storage.local.set({ [REVIEW_STATE_KEY]: { firstSeenAt: 'yesterday', history: 'lots' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const state = await readReviewState(T0);
    expect(state).toEqual({ firstSeenAt: T0, history: [] });
    expect((await browser.storage.local.get('privacyReviewUnreadable')).privacyReviewUnreadable).toEqual({ firstSeenAt: 'yesterday', history: 'lots' });
    expect(warn).toHaveBeenCalled();
  });

  it("the notification's choices: Start review (or a click on it) opens the review page; Remind me tomorrow snoozes", async () => {
    const opened: string[] = [];
    vi.spyOn(browser.tabs, 'create').mockImplementation(async ({ url }) => (opened.push(url!), { id: 1 }) as never);
    listenForReviewChoices();
    await scheduleReview(Date.now());
    await fakeBrowser.notifications.onButtonClicked.trigger(REVIEW_NOTIFICATION, 0);
    await fakeBrowser.notifications.onClicked.trigger(REVIEW_NOTIFICATION);
    await vi.waitFor(() => expect(opened).toHaveLength(2));
    expect(opened[0]).toMatch(/\/review\.html$/);
    // Another notification's buttons are not ours.
    await fakeBrowser.notifications.onButtonClicked.trigger('report-abc', 0);
    expect(opened).toHaveLength(2);
    await fakeBrowser.notifications.onButtonClicked.trigger(REVIEW_NOTIFICATION, 1);
    await vi.waitFor(async () => expect((await readReviewState(Date.now())).snoozedUntil).toBeGreaterThan(Date.now()));
  });
});
