import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDue, nextRetryAt, RETRY_DELAYS_MS } from '@/utils/report/retry';

const NOW = 1_800_000_000_000;
const MIN = 60_000;
const middle = () => 0.5;

describe('retry schedule', () => {
  it('tries again within a minute of the first failure, whatever the jitter', () => {
    expect(nextRetryAt(1, NOW, middle) - NOW).toBe(30_000);
    expect(nextRetryAt(0, NOW, middle) - NOW).toBe(30_000);
    for (const r of [0, 0.25, 0.999999]) expect(nextRetryAt(1, NOW, () => r) - NOW).toBeLessThanOrEqual(60_000);
  });

  it('grows 1, 2, 5, 10, 30 minutes, then stays at an hour', () => {
    const gaps = [1, 2, 3, 4, 5, 6, 7, 8, 50, 1000].map((n) => nextRetryAt(n, NOW, middle) - NOW);
    expect(gaps).toEqual([30_000, MIN, 2 * MIN, 5 * MIN, 10 * MIN, 30 * MIN, 60 * MIN, 60 * MIN, 60 * MIN, 60 * MIN]);
    expect(RETRY_DELAYS_MS.at(-1)).toBe(60 * MIN);
  });

  it('keeps jitter within 10% either way, even from a broken random source', () => {
    expect(nextRetryAt(2, NOW, () => 0) - NOW).toBe(54_000);
    expect(nextRetryAt(2, NOW, () => 0.999999) - NOW).toBeLessThanOrEqual(66_000);
    expect(nextRetryAt(2, NOW, () => 5) - NOW).toBe(66_000);
    expect(nextRetryAt(2, NOW, () => -1) - NOW).toBe(54_000);
    expect(nextRetryAt(2, NOW, () => NaN) - NOW).toBe(MIN);
    expect(nextRetryAt(NaN, NOW, middle) - NOW).toBe(60 * MIN);
  });

  it('for any attempts 0..1000 and random in [0, 1), waits between 27 s and 66 min', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempts, r) => {
        const gap = nextRetryAt(attempts, NOW, () => r) - NOW;
        return gap >= 27_000 && gap <= 66 * MIN;
      }),
    );
  });

  it('never shortens the wait as failures mount, for the same jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempts, r) => {
        return nextRetryAt(attempts + 1, NOW, () => r) >= nextRetryAt(attempts, NOW, () => r);
      }),
    );
  });
});

describe('isDue', () => {
  it('is true only for a waiting report whose time has come', () => {
    expect(isDue({ status: 'waiting', attempts: 1, nextTryAt: NOW }, NOW)).toBe(true);
    expect(isDue({ status: 'waiting', attempts: 1, nextTryAt: NOW + 1 }, NOW)).toBe(false);
    expect(isDue({ status: 'delivered', attempts: 1, deliveredAt: NOW - 5, via: 'webhook' }, NOW)).toBe(false);
    expect(isDue({ status: 'saved-only', attempts: 0, savedAt: NOW - 5, reason: 'no-destination' }, NOW)).toBe(false);
  });
});
