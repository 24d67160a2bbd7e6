import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureSyncSchedule, rosterStatus, SYNC_ALARM, syncRoster } from '@/utils/background/roster-service';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/config/schema';
import { closeChalklineDbForTests } from '@/utils/storage/db';

const URL_A = 'https://roster.school.example/roster.csv';
const CSV = 'first_name,last_name,role\nEllie,Smith,pupil\nRaj,Patel,parent\n';
const settings = (url = URL_A): Settings => ({ ...DEFAULT_SETTINGS, roster: { url, refreshMinutes: 360 } });
// In the future, so alarms are set for the back-off time itself, not "as soon as possible".
const NOW = Date.now() + 60_000;

let replies: (() => Response | Promise<Response>)[];
let requests: RequestInit[];

beforeEach(async () => {
  fakeBrowser.reset();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  replies = [];
  requests = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    requests.push(init);
    return Promise.resolve(replies.shift()!());
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('roster sync', () => {
  it('imports on 200, then sends the validators and keeps the roster on 304', async () => {
    replies.push(() => new Response(CSV, { status: 200, headers: { ETag: '"v1"', 'Last-Modified': 'Fri, 20 Nov 2026 09:00:00 GMT' } }));
    const first = await syncRoster(settings(), NOW);
    expect(first).toMatchObject({ ok: true, changed: true });
    expect(first.status.meta?.counts).toMatchObject({ pupil: 1, parent: 1 });

    replies.push(() => new Response(null, { status: 304 }));
    const second = await syncRoster(settings(), NOW + 1000);
    expect(second).toMatchObject({ ok: true, changed: false });
    expect(requests[1]!.headers).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Fri, 20 Nov 2026 09:00:00 GMT' });
    expect(second.status.meta?.generation).toBe(1);
    expect(second.status.sync).toMatchObject({ lastOutcome: 'unchanged', failures: 0, nextAttemptAt: NOW + 1000 + 360 * 60_000 });
  });

  it('backs off after failures, keeps the roster, and resets after a success', async () => {
    replies.push(() => new Response(CSV, { status: 200 }));
    await syncRoster(settings(), NOW);
    replies.push(() => new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    const failed = await syncRoster(settings(), NOW);
    expect(failed).toMatchObject({ ok: false, reason: expect.stringContaining('500 Internal Server Error') });
    expect(failed.status.sync).toMatchObject({ failures: 1, lastOutcome: 'failed', nextAttemptAt: NOW + 5 * 60_000 });
    replies.push(() => Promise.reject(new TypeError('Failed to fetch')));
    const again = await syncRoster(settings(), NOW);
    expect(again.status.sync).toMatchObject({ failures: 2, nextAttemptAt: NOW + 10 * 60_000 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.scheduledTime).toBe(NOW + 10 * 60_000);
    expect(again.status.meta?.counts.pupil).toBe(1);

    replies.push(() => new Response('<!DOCTYPE html><html><body>Sign in</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const html = await syncRoster(settings(), NOW);
    expect(html).toMatchObject({ ok: false, reason: expect.stringMatching(/web page/i) });
    expect(html.status.meta?.generation).toBe(1);

    replies.push(() => new Response(CSV, { status: 200 }));
    expect((await syncRoster(settings(), NOW)).status.sync).toMatchObject({ failures: 0, lastOutcome: 'updated' });
  });

  it('schedules a fetch straight away for a new address and clears the alarm when there is none', async () => {
    await ensureSyncSchedule(settings());
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeDefined();
    await ensureSyncSchedule(settings(''));
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
    expect((await rosterStatus()).meta).toBeNull();
  });
});
