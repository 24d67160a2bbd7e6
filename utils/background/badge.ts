import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/schedule/badge';
import { t } from '@/utils/i18n';

/**
 * One toolbar badge, two sources: working hours (set by the schedule enforcer) and an overdue privacy
 * review. Hours win the few characters (they say what happens now); the tooltip names both. Each
 * source re-paints at worker start-up, so the last to paint knows both.
 */
let hours: Badge | null = null;
let reviewDue = false;

const REVIEW_COLOUR = '#0b57d0';
/** A padlock for privacy, unlike the hours badges (⏸, !, minutes), so neither is mistaken for the other. */
export const REVIEW_BADGE = '🔒';

/** Updates one source and paints the badge. */
export async function paintBadge(update: { hours?: Badge; reviewDue?: boolean }): Promise<void> {
  if (update.hours) hours = update.hours;
  if (update.reviewDue !== undefined) reviewDue = update.reviewDue;
  const hoursTitle = hours ? t(hours.title.key, hours.title.args) : '';
  const shown = hours?.text
    ? { text: hours.text, color: hours.color, title: reviewDue ? `${hoursTitle} ${t('badgeReviewDue')}` : hoursTitle }
    : reviewDue
      ? { text: REVIEW_BADGE, color: REVIEW_COLOUR, title: t('badgeReviewDue') }
      : { text: '', color: hours?.color ?? REVIEW_COLOUR, title: hoursTitle || t('actionTitle') };
  // Firefox's Manifest V2 build has browserAction where Chrome has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([action.setBadgeText({ text: shown.text }), action.setBadgeBackgroundColor({ color: shown.color }), action.setTitle({ title: shown.title })]);
}
