import { describe, expect, it } from 'vitest';
import { parseSecret, signWebhook, verifyWebhook } from '@/utils/report/sign';

// The test vector published with the Standard Webhooks specification and its libraries.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TIMESTAMP = 1614265330;
const BODY = '{"test": 2432232314}';
const SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
const NOW = TIMESTAMP * 1000;

describe('Standard Webhooks signing', () => {
  it('matches the official test vector', async () => {
    expect(await signWebhook({ id: ID, timestamp: TIMESTAMP, body: BODY }, SECRET)).toEqual({
      'webhook-id': ID,
      'webhook-timestamp': String(TIMESTAMP),
      'webhook-signature': SIGNATURE,
    });
  });

  it('refuses a timestamp that is not whole seconds', async () => {
    await expect(signWebhook({ id: ID, timestamp: 1614265330.5, body: BODY }, SECRET)).rejects.toThrow(/whole seconds/);
  });
});

describe('verifying', () => {
  const headers = { 'webhook-id': ID, 'webhook-timestamp': String(TIMESTAMP), 'webhook-signature': SIGNATURE };

  it('accepts the good signature, from a plain object in any case or a Headers object', async () => {
    expect(await verifyWebhook(headers, BODY, SECRET, { now: NOW })).toBe(true);
    const shouting = { 'Webhook-Id': ID, 'WEBHOOK-TIMESTAMP': String(TIMESTAMP), 'Webhook-Signature': SIGNATURE };
    expect(await verifyWebhook(shouting, BODY, SECRET, { now: NOW })).toBe(true);
    expect(await verifyWebhook(new Headers(headers), BODY, SECRET, { now: NOW })).toBe(true);
  });

  it('accepts when any one of several space-separated signatures is good', async () => {
    const several = { ...headers, 'webhook-signature': `v1,Zm9v v1a,abc ${SIGNATURE}` };
    expect(await verifyWebhook(several, BODY, SECRET, { now: NOW })).toBe(true);
  });

  it('rejects a changed body, a wrong secret and an unknown version', async () => {
    expect(await verifyWebhook(headers, '{"test": 2432232315}', SECRET, { now: NOW })).toBe(false);
    expect(await verifyWebhook(headers, BODY, 'whsec_' + btoa('another secret of 24 byte'), { now: NOW })).toBe(false);
    expect(await verifyWebhook({ ...headers, 'webhook-signature': SIGNATURE.replace('v1,', 'v2,') }, BODY, SECRET, { now: NOW })).toBe(false);
  });

  it('rejects a changed id or timestamp, missing headers and damaged signatures', async () => {
    expect(await verifyWebhook({ ...headers, 'webhook-id': 'msg_other' }, BODY, SECRET, { now: NOW })).toBe(false);
    expect(await verifyWebhook({ ...headers, 'webhook-timestamp': String(TIMESTAMP + 1) }, BODY, SECRET, { now: NOW })).toBe(false);
    expect(await verifyWebhook({ 'webhook-id': ID, 'webhook-timestamp': String(TIMESTAMP) }, BODY, SECRET, { now: NOW })).toBe(false);
    expect(await verifyWebhook({ ...headers, 'webhook-signature': 'v1,***' }, BODY, SECRET, { now: NOW })).toBe(false);
    expect(await verifyWebhook({ ...headers, 'webhook-signature': 'v1' }, BODY, SECRET, { now: NOW })).toBe(false);
  });

  it('rejects a request too far from the clock, so an old one cannot be replayed', async () => {
    expect(await verifyWebhook(headers, BODY, SECRET, { now: NOW + 301_000 })).toBe(false);
    expect(await verifyWebhook(headers, BODY, SECRET, { now: NOW - 301_000 })).toBe(false);
    expect(await verifyWebhook(headers, BODY, SECRET, { now: NOW + 299_000 })).toBe(true);
    expect(await verifyWebhook(headers, BODY, SECRET)).toBe(false);
  });

  it('round-trips with a fresh secret and a real report body', async () => {
    const secret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))}`;
    const body = JSON.stringify({ type: 'chalkline.report', note: 'Café “quotes” 😀' });
    const signed = await signWebhook({ id: 'msg_1', timestamp: 1_800_000_000, body }, secret);
    expect(await verifyWebhook({ ...signed }, body, secret, { now: 1_800_000_000_000 })).toBe(true);
  });
});

describe('secrets', () => {
  it('decodes the key after whsec_', () => {
    expect(parseSecret(SECRET)).toEqual(Uint8Array.from(atob('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'), (c) => c.charCodeAt(0)));
  });

  it('explains what a good secret looks like when given a bad one', () => {
    for (const bad of ['', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_', 'whsec_not base64!', 'whsec_abcde', 'sk_live_abc']) {
      expect(() => parseSecret(bad), bad).toThrow('The webhook secret must start with whsec_ followed by base64');
    }
  });

  it('makes signing fail with the same words', async () => {
    await expect(signWebhook({ id: ID, timestamp: TIMESTAMP, body: BODY }, 'secret')).rejects.toThrow(/must start with whsec_/);
  });
});
