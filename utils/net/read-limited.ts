/** Why a body was not read to its end. */
export class BodyTooLarge extends Error {}

/**
 * Reads a response body up to `max` bytes, counting as it goes: a server that sends no Content-Length
 * (or lies in it) cannot make Chalkline hold more than `max` in memory. Stops reading, and cancels the
 * download, as soon as the limit is passed.
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(`more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Whether a fetch that followed redirects ended somewhere acceptable: https, or the same local test
 * server it started on. (A worker cannot see the hops in between; the end is what it can check.)
 */
export function acceptableFinalUrl(requested: string, final: string): boolean {
  if (!final || final === requested) return true;
  try {
    const to = new URL(final);
    if (to.protocol === 'https:') return true;
    const from = new URL(requested);
    return from.protocol === 'http:' && to.origin === from.origin && ['localhost', '127.0.0.1', '[::1]'].includes(to.hostname);
  } catch {
    return false;
  }
}
