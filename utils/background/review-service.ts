import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/config/schema';
import { t } from '@/utils/i18n';
import { nextMorning, nextReminderAt, reviewDueAt, reviewOverdue } from '@/utils/review/schedule';
import { MAX_HISTORY, type Checked, type ReviewNetworkId, type ReviewState } from '@/utils/review/state';
import { readReviewState, updateReviewState } from '@/utils/review/store';
import { REVIEW_ITEMS } from '@/utils/review/items';
import { paintBadge } from './badge';
import { currentSettings } from './config-cache';

/** The alarm that wakes the worker for the next reminder (re-created at every start-up). */
export const REVIEW_ALARM = 'privacy-review';
/** One notification at a time: a new reminder replaces the last. */
export const REVIEW_NOTIFICATION = 'privacy-review';

const zoneAndDays = (settings: Settings) => ({ days: settings.privacyReviewDays, zone: settings.workingHours.timeZone });

/** Where the review stands now, for the popup and the review page. */
export interface ReviewStatus {
  dueAt: number;
  overdue: boolean;
  lastCompletedAt: number | null;
  intervalDays: number;
}

/** The review's status from a state and the settings. */
export function reviewStatus(state: ReviewState, settings: Settings, now: number): ReviewStatus {
  const { days, zone } = zoneAndDays(settings);
  return { dueAt: reviewDueAt(state, days, zone), overdue: reviewOverdue(state, days, zone, now), lastCompletedAt: state.lastCompletedAt ?? null, intervalDays: days };
}

/**
 * Sets the alarm for the next reminder and the badge for an overdue review. Run at start-up, after
 * any change to the review, and when the interval or the school's time zone changes.
 */
export async function scheduleReview(now = Date.now()): Promise<ReviewStatus> {
  const [{ settings }, state] = await Promise.all([currentSettings(), readReviewState(now)]);
  const { days, zone } = zoneAndDays(settings);
  // An alarm in the past fires at once: a reminder missed while the browser was closed comes now.
  await browser.alarms.create(REVIEW_ALARM, { when: nextReminderAt(state, days, zone) });
  const status = reviewStatus(state, settings, now);
  await paintBadge({ reviewDue: status.overdue });
  return status;
}

/** The notification with its two choices; Firefox shows no buttons, so there a click opens the review. */
async function notify(): Promise<void> {
  const options = { type: 'basic' as const, iconUrl: browser.runtime.getURL('/icon/128.png'), title: t('reviewNotificationTitle'), message: t('reviewNotificationBody') };
  try {
    await browser.notifications.create(REVIEW_NOTIFICATION, { ...options, buttons: [{ title: t('reviewStart') }, { title: t('reviewRemindTomorrow') }] });
  } catch {
    await browser.notifications.create(REVIEW_NOTIFICATION, options);
  }
}

/** The alarm: remind if the review is due and not snoozed, then set the next alarm. */
export async function remindIfDue(now = Date.now()): Promise<boolean> {
  const [{ settings }, state] = await Promise.all([currentSettings(), readReviewState(now)]);
  const { days, zone } = zoneAndDays(settings);
  const due = reviewOverdue(state, days, zone, now) && nextReminderAt(state, days, zone) <= now;
  if (due) {
    await notify();
    await updateReviewState(now, (s) => ({ ...s, lastRemindedAt: now }));
  }
  await scheduleReview(now);
  return due;
}

/** Opens the review page and clears the reminder. */
export async function openReview(): Promise<void> {
  await browser.notifications.clear(REVIEW_NOTIFICATION).catch(() => false);
  await browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
}

/** "Remind me tomorrow": no reminder before 09:00 tomorrow in the school's zone; the badge stays. */
export async function snoozeReview(now = Date.now()): Promise<ReviewStatus> {
  const { settings } = await currentSettings();
  await browser.notifications.clear(REVIEW_NOTIFICATION).catch(() => false);
  await updateReviewState(now, (s) => ({ ...s, snoozedUntil: nextMorning(now, settings.workingHours.timeZone) }));
  return scheduleReview(now);
}

/** Keeps the review in progress, so closing the page loses nothing. */
export async function saveReviewProgress(networks: ReviewNetworkId[], checked: Checked, now = Date.now()): Promise<ReviewState> {
  return updateReviewState(now, (s) => ({ ...s, progress: { networks, checked: onlyChosen(networks, checked), savedAt: now } }));
}

/** Ticks for networks no longer chosen are not kept: a review records only what it covered. */
function onlyChosen(networks: readonly ReviewNetworkId[], checked: Checked): Checked {
  const kept: Checked = {};
  for (const n of networks) kept[n] = [...new Set(checked[n] ?? [])].sort((a, b) => REVIEW_ITEMS.indexOf(a) - REVIEW_ITEMS.indexOf(b));
  return kept;
}

/** Records a finished review: the date and what was confirmed. The next one is due from now. */
export async function finishReview(networks: ReviewNetworkId[], checked: Checked, now = Date.now()): Promise<ReviewState> {
  if (networks.length === 0) throw new Error(t('reviewNeedsNetwork'));
  const confirmed = onlyChosen(networks, checked);
  const state = await updateReviewState(now, (s) => {
    const { progress: _, snoozedUntil: __, ...rest } = s;
    const entry = { at: now, networks, confirmed, total: networks.length * REVIEW_ITEMS.length };
    return { ...rest, lastCompletedAt: now, history: [...s.history, entry].slice(-MAX_HISTORY) };
  });
  await browser.notifications.clear(REVIEW_NOTIFICATION).catch(() => false);
  await scheduleReview(now);
  return state;
}

/** Wires the notification's choices. Registered synchronously at worker start. */
export function listenForReviewChoices(): void {
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (id !== REVIEW_NOTIFICATION) return;
    void (button === 0 ? openReview() : snoozeReview());
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === REVIEW_NOTIFICATION) void openReview();
  });
}
