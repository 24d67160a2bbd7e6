/**
 * When and how to fetch the roster again: pure decisions, so they can be tested without a network.
 */

/** What the last fetches left behind, kept in storage.local (`rosterSync`). */
export interface SyncState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** What the last attempt did. */
  lastOutcome?: 'updated' | 'unchanged' | 'failed';
  lastError?: string;
  /** Failures in a row since the last success. */
  failures: number;
  nextAttemptAt?: number;
}

/** The first retry after a failure comes this soon; each further failure doubles it, up to the refresh interval. */
export const FIRST_RETRY_MINUTES = 5;

/** Minutes until the next fetch: the refresh interval after a success, an exponential back-off after failures. */
export function nextDelayMinutes(failures: number, refreshMinutes: number): number {
  if (failures <= 0) return refreshMinutes;
  return Math.min(refreshMinutes, FIRST_RETRY_MINUTES * 2 ** Math.min(failures - 1, 20));
}

/** Conditional-request headers, so an unchanged roster costs the school's server a 304 and nothing else. */
export function conditionalHeaders(state: Pick<SyncState, 'etag' | 'lastModified'> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state?.etag) headers['If-None-Match'] = state.etag;
  if (state?.lastModified) headers['If-Modified-Since'] = state.lastModified;
  return headers;
}

/** The state to keep when the roster address changes: validators belong to the old address. */
export function stateForUrl(state: SyncState | undefined, url: string): SyncState {
  return state && state.url === url ? state : { url, failures: 0 };
}

/** Plain words for a failed fetch, for the options page. */
export function describeFetchFailure(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'The roster address did not answer in time. Chalkline will try again.';
  }
  if (error instanceof TypeError) {
    return 'The roster address could not be reached (no connection, a wrong address, or the server does not allow Chalkline to read it). Chalkline will try again.';
  }
  return error instanceof Error ? error.message : String(error);
}
