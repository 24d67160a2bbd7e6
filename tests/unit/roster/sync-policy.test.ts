import { describe, expect, it } from 'vitest';
import { conditionalHeaders, describeFetchFailure, nextDelayMinutes, stateForUrl } from '@/utils/roster/sync-policy';

describe('roster sync policy', () => {
  it('waits the refresh interval after a success and backs off exponentially after failures, capped', () => {
    expect(nextDelayMinutes(0, 360)).toBe(360);
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => nextDelayMinutes(n, 360))).toEqual([5, 10, 20, 40, 80, 160, 320]);
    expect(nextDelayMinutes(8, 360)).toBe(360);
    expect(nextDelayMinutes(500, 60)).toBe(60);
  });
  it('sends the validators it has', () => {
    expect(conditionalHeaders(undefined)).toEqual({});
    expect(conditionalHeaders({ etag: '"v1"', lastModified: 'Sat, 21 Nov 2026 10:00:00 GMT' })).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Sat, 21 Nov 2026 10:00:00 GMT',
    });
  });
  it('forgets validators and failures when the address changes', () => {
    const state = { url: 'https://a.example/r.csv', etag: '"v1"', failures: 3 };
    expect(stateForUrl(state, 'https://a.example/r.csv')).toBe(state);
    expect(stateForUrl(state, 'https://b.example/r.csv')).toEqual({ url: 'https://b.example/r.csv', failures: 0 });
  });
  it('explains failures in plain words', () => {
    expect(describeFetchFailure(new DOMException('x', 'TimeoutError'))).toMatch(/did not answer in time/);
    expect(describeFetchFailure(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
  });
});
