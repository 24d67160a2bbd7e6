import { bytesToBase64 } from '@/utils/base64';
import { teamsPayload, webhookPayload } from './payload';
import { signWebhook } from './sign';
import type { StoredReport } from './store';
import { revisionOf, webhookIdOf } from './types';

/** Where the school asked reports to go, from the settings. */
export interface DeliveryTarget {
  url: string;
  format: 'json' | 'teams';
  /** `whsec_…` to sign each request the Standard Webhooks way, or '' to send unsigned. */
  secret: string;
}

/** How long one attempt may take before it counts as failed (and is tried again later). */
export const SEND_TIMEOUT_MS = 30_000;

/**
 * The request for one attempt. The `webhook-id` names the report and its revision ({@link webhookIdOf}):
 * the same on every retry, so the receiver can drop repeats.
 */
export async function buildRequest(target: DeliveryTarget, report: StoredReport, screenshot: Uint8Array | null, now: number): Promise<{ body: string; headers: Record<string, string> }> {
  const { record, notes, categoryChanges } = report;
  const revision = revisionOf(report);
  const payload = target.format === 'teams' ? teamsPayload(record, notes, categoryChanges) : webhookPayload(record, notes, categoryChanges, screenshot ? bytesToBase64(screenshot) : null);
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // Teams Workflows does not check signatures, but a relay in front of it may: sign whenever there is a secret.
  if (target.secret) Object.assign(headers, await signWebhook({ id: webhookIdOf(record.id, revision), timestamp: Math.floor(now / 1000), body }, target.secret));
  else headers['webhook-id'] = webhookIdOf(record.id, revision);
  return { body, headers };
}

/**
 * One attempt to deliver a report. Only a 2xx answer counts as delivered. Redirects are refused:
 * evidence about children goes to the address the school set and nowhere else.
 */
export async function sendReport(
  target: DeliveryTarget,
  report: StoredReport,
  screenshot: Uint8Array | null,
  deps: { fetch: typeof fetch; now: number },
): Promise<{ ok: true } | { ok: false; error: string }> {
  const { body, headers } = await buildRequest(target, report, screenshot, deps.now);
  try {
    // Called on its own: the platform's fetch refuses to run as a method of another object.
    const post = deps.fetch;
    const response = await post(target.url, { method: 'POST', body, headers, redirect: 'error', credentials: 'omit', signal: AbortSignal.timeout(SEND_TIMEOUT_MS) });
    if (response.ok) return { ok: true };
    return { ok: false, error: `the report address answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError') return { ok: false, error: `the report address did not answer within ${SEND_TIMEOUT_MS / 1000} seconds` };
    return { ok: false, error: `the report address could not be reached (${error instanceof Error ? error.message : String(error)})` };
  }
}
