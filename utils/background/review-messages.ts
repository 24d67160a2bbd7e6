import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { reviewRules } from '@/rules/review';
import { shownCitations } from '@/rules/select';
import type { Pack, Rule } from '@/rules/schema';
import { handle } from '@/utils/messaging/router';
import type { PopupRule } from '@/utils/report/popup-state';
import { readReviewState } from '@/utils/review/store';
import type { ReviewView } from '@/utils/review/view';
import { currentCustomPacks, currentSettings } from './config-cache';
import { finishReview, reviewStatus, saveReviewProgress, snoozeReview } from './review-service';

/** What the review page needs, read afresh each time (it is opened a few times a year). */
async function reviewView(now = Date.now()): Promise<ReviewView> {
  const [{ settings }, custom, state] = await Promise.all([currentSettings(), currentCustomPacks(), readReviewState(now)]);
  const { pack } = choosePack(settings.policyPack, custom);
  const shown = (rule: Rule, p: Pack = pack): PopupRule => ({
    id: rule.id,
    title: rule.title,
    summary: rule.summary,
    severity: rule.severity,
    citations: shownCitations(p, rule, [...BUILT_IN_PACKS, ...custom]),
  });
  const { review, byItem } = reviewRules(pack);
  return {
    ...reviewStatus(state, settings, now),
    timeZone: settings.workingHours.timeZone,
    progress: state.progress ?? null,
    history: [...state.history].reverse(),
    why: review.map((r) => shown(r)),
    byItem: Object.fromEntries(Object.entries(byItem).map(([item, rules]) => [item, rules.map((r) => shown(r))])),
    schoolName: settings.schoolName,
  };
}

/** The review page's messages. Only Chalkline's own pages may send them. */
export function registerReviewMessages(): void {
  handle('reviewState', () => reviewView());
  handle('reviewProgress', async ({ networks, checked }) => {
    await saveReviewProgress(networks, checked);
    return reviewView();
  });
  handle('finishReview', async ({ networks, checked }) => {
    await finishReview(networks, checked);
    return reviewView();
  });
  handle('snoozeReview', async () => {
    await snoozeReview();
    return reviewView();
  });
}
