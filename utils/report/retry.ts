import type { DeliveryState } from './types';

/**
 * When to try sending a report again. A DSL needs to hear quickly, so the first retry comes after
 * 30 seconds (a dropped Wi-Fi connection usually recovers by then); after that the gaps grow so a
 * school's server that is down for hours is not hammered, and settle at one try an hour.
 */

/** Gap before each retry: after the first failure, the second, and so on; the last repeats. */
export const RETRY_DELAYS_MS = [30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000, 3_600_000] as const;

/** How far each gap may stretch or shrink, so many browsers that failed together do not retry together. */
export const RETRY_JITTER = 0.1;

/**
 * The time (ms) to try again after `attempts` failed tries (1 after the first failure; 0 is treated
 * as 1). `random` is in [0, 1) and sets the jitter; it defaults to Math.random.
 */
export function nextRetryAt(attempts: number, now: number, random: () => number = Math.random): number {
  const index = Math.min(Math.max(Math.floor(attempts) - 1, 0), RETRY_DELAYS_MS.length - 1);
  const base = RETRY_DELAYS_MS[Number.isFinite(index) ? index : RETRY_DELAYS_MS.length - 1]!;
  const r = random();
  // A random source outside [0, 1) must not push a retry outside the promised bounds.
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
  return Math.round(now + base * (1 - RETRY_JITTER + 2 * RETRY_JITTER * unit));
}

/** True when a waiting report's next try has come; delivered and saved-only reports are never due. */
export function isDue(state: DeliveryState, now: number): boolean {
  return state.status === 'waiting' && now >= state.nextTryAt;
}
