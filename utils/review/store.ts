import { browser } from 'wxt/browser';
import { REVIEW_STATE_KEY, ReviewStateSchema, type ReviewState } from './state';

/** Where a stored state that could not be read is set aside, so a fault never erases past reviews. */
const UNREADABLE_KEY = 'privacyReviewUnreadable';

/**
 * The review state, or a fresh one starting `now` the first time. A stored value that does not parse
 * is kept aside (not overwritten) and a fresh state begins, with a console warning naming the fault.
 */
export async function readReviewState(now: number): Promise<ReviewState> {
  const stored = (await browser.storage.local.get(REVIEW_STATE_KEY))[REVIEW_STATE_KEY];
  if (stored !== undefined) {
    const parsed = ReviewStateSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    console.warn('Chalkline: the privacy review record could not be read; it is kept aside and a new one starts.', parsed.error.issues[0]);
    await browser.storage.local.set({ [UNREADABLE_KEY]: stored });
  }
  const fresh: ReviewState = { firstSeenAt: now, history: [] };
  await browser.storage.local.set({ [REVIEW_STATE_KEY]: fresh });
  return fresh;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes the review state. Changes run one after another (ticks arrive faster than storage answers),
 * so none is lost to another read at the same time.
 */
export function updateReviewState(now: number, change: (state: ReviewState) => ReviewState): Promise<ReviewState> {
  const run = queue.then(async () => {
    const next = ReviewStateSchema.parse(change(await readReviewState(now)));
    await browser.storage.local.set({ [REVIEW_STATE_KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}
