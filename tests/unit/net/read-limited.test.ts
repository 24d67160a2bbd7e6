import { describe, expect, it } from 'vitest';
import { acceptableFinalUrl, BodyTooLarge, readLimited } from '@/utils/net/read-limited';

/** A body sent in `count` chunks of `size` bytes, with no length declared; counts what was pulled. */
function stream(count: number, size: number) {
  let sent = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === count) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(size).fill(sent % 251));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, pulled: () => sent, cancelled: () => cancelled };
}

describe('reading a body with a limit', () => {
  it('reads a body under the limit whole, in order', async () => {
    const s = stream(3, 4);
    expect([...(await readLimited(s.body, 100))]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
  });

  it('stops at the limit with no length declared, and cancels the rest of the download', async () => {
    // A "1 GB" body: 16,384 chunks of 64 kB; the limit is 1 MB.
    const s = stream(16_384, 65_536);
    await expect(readLimited(s.body, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(s.pulled()).toBeLessThanOrEqual(18);
    expect(s.cancelled()).toBe(true);
  });

  it('an empty or missing body is empty', async () => {
    expect(await readLimited(null, 10)).toEqual(new Uint8Array(0));
    expect(await readLimited(stream(0, 1).body, 10)).toEqual(new Uint8Array(0));
  });
});

describe('where a followed redirect may end', () => {
  it.each([
    ['https://mis.school.example/roster.csv', '', true],
    ['https://mis.school.example/roster.csv', 'https://files.example/signed/roster.csv', true],
    ['https://mis.school.example/roster.csv', 'http://files.example/roster.csv', false],
    ['http://127.0.0.1:8080/roster.csv', 'http://127.0.0.1:8080/other.csv', true],
    ['http://127.0.0.1:8080/roster.csv', 'http://evil.example/roster.csv', false],
    ['https://mis.school.example/roster.csv', 'not a url', false],
  ])('%s → %s: %s', (from, to, ok) => expect(acceptableFinalUrl(from, to)).toBe(ok));
});
