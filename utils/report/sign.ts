import { base64ToBytes, bytesToBase64 } from '@/utils/base64';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com/), so a school's receiver can use
 * any of the published libraries to check that a report really came from its own Chalkline.
 */

/** The three headers a signed webhook request carries. */
export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** What is signed: the message id, the time in seconds since the epoch, and the exact body text sent. */
export interface WebhookMessage {
  id: string;
  timestamp: number;
  body: string;
}

/** How far a timestamp may be from the verifier's clock, as the Standard Webhooks libraries allow. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = 'whsec_';
const BAD_SECRET = 'The webhook secret must start with whsec_ followed by base64';

/** The HMAC key inside a "whsec_…" secret; throws a plain Error for anything else. */
export function parseSecret(secret: string): Uint8Array {
  const encoded = secret.trim().startsWith(SECRET_PREFIX) ? secret.trim().slice(SECRET_PREFIX.length) : '';
  // atob forgives stray spaces and missing padding; a secret copied wrongly should be caught here instead.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 === 1) throw new Error(BAD_SECRET);
  try {
    return base64ToBytes(encoded);
  } catch {
    throw new Error(BAD_SECRET);
  }
}

async function hmac(secret: string, message: WebhookMessage): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new Uint8Array(parseSecret(secret)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const content = new TextEncoder().encode(`${message.id}.${message.timestamp}.${message.body}`);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, content));
}

/** Headers for a webhook request, signed with the school's secret. `timestamp` is in whole seconds. */
export async function signWebhook(message: WebhookMessage, secret: string): Promise<WebhookHeaders> {
  if (!Number.isInteger(message.timestamp)) throw new Error('The webhook timestamp must be whole seconds.');
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': `v1,${bytesToBase64(await hmac(secret, message))}`,
  };
}

/** Compares in time that depends only on the lengths, so a forger learns nothing from how quickly it fails. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function header(headers: Headers | Record<string, string | undefined>, name: string): string | undefined {
  if (typeof Headers !== 'undefined' && headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = headers as Record<string, string | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}

/**
 * True when a request carries a good v1 signature for this body and secret, and its timestamp is
 * within {@link WEBHOOK_TOLERANCE_SECONDS} of `now` (ms; defaults to the clock) so an old request
 * cannot be replayed. Signatures of other versions are ignored, as the standard asks.
 */
export async function verifyWebhook(
  headers: Headers | Record<string, string | undefined>,
  body: string,
  secret: string,
  options: { now?: number; toleranceSeconds?: number } = {},
): Promise<boolean> {
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestampText || !signatures || !/^\d+$/.test(timestampText)) return false;
  const timestamp = Number(timestampText);
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) return false;
  const expected = await hmac(secret, { id, timestamp, body });
  let good = false;
  for (const entry of signatures.split(' ')) {
    const [version, signature] = entry.split(',', 2);
    if (version !== 'v1' || !signature) continue;
    let given: Uint8Array;
    try {
      given = base64ToBytes(signature);
    } catch {
      continue;
    }
    // No early return: every signature is checked, so timing does not reveal which one matched.
    good = sameBytes(given, expected) || good;
  }
  return good;
}
