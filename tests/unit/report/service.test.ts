import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { addNote, changeCategory, createReport, deliverDue, markPassedOn, removeReport, REPORT_ALARM } from '@/utils/background/report-service';
import { writeLocalLayer } from '@/utils/config/store';
import { sha256Hex, verifyRecord } from '@/utils/report/hash';
import { verifyWebhook } from '@/utils/report/sign';
import { getReport, getScreenshot } from '@/utils/report/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';

// A real 1×1 PNG: what captureVisibleTab hands back, as a data: URL.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const T0 = Date.parse('2026-11-23T10:00:00Z');

let capture: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 1, url: 'https://x.com/someone', title: 'Someone on X' } as never);
  capture = vi.fn(async () => `data:image/png;base64,${PNG_BASE64}`);
  (browser.tabs as unknown as { captureVisibleTab: unknown }).captureVisibleTab = capture;
  await writeLocalLayer({ schoolName: 'Oak Hill School', staffName: 'Alex Morgan', reportWebhookUrl: 'http://localhost:9/hook', reportWebhookSecret: SECRET });
});
afterEach(() => vi.restoreAllMocks());

/** A receiver as a school's would be: it answers `status` and remembers what arrived. */
function receiver(status: () => number) {
  const got: { body: string; headers: Record<string, string> }[] = [];
  const fetcher = vi.fn(async (_url: string, init: RequestInit) => {
    got.push({ body: init.body as string, headers: init.headers as Record<string, string> });
    return new Response('', { status: status() });
  });
  return { got, fetcher: fetcher as unknown as typeof fetch };
}

describe('report service', () => {
  it('makes the record at once, with the screenshot and its hash, and a record hash that checks', async () => {
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    expect(made).toMatchObject({ reference: expect.stringMatching(/^CL-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/), screenshot: true });
    const stored = (await getReport(made.id))!;
    expect(stored.record).toMatchObject({ url: 'https://x.com/someone', network: 'x', staffName: 'Alex Morgan', schoolName: 'Oak Hill School', category: 'other', source: 'popup' });
    const png = (await getScreenshot(made.id))!;
    expect(stored.record.screenshot!.sha256).toBe(await sha256Hex(png));
    expect(await verifyRecord(stored.record)).toBe(true);
    expect(stored.delivery.status).toBe('waiting');
  });

  it('never takes a screenshot for a nude or sexual image of a child, and discards one when the category changes to it', async () => {
    const made = await createReport({ source: 'popup', tabId: 7, category: 'indecent-image' }, T0);
    expect(capture).not.toHaveBeenCalled();
    expect((await getReport(made.id))!.record.screenshot).toBeNull();
    expect(await getScreenshot(made.id)).toBeNull();

    const other = await createReport({ source: 'popup', tabId: 7 }, T0);
    expect(await getScreenshot(other.id)).not.toBeNull();
    await changeCategory(other.id, 'indecent-image', T0 + 5000);
    expect(await getScreenshot(other.id)).toBeNull();
  });

  it('still makes the report when the browser refuses the screenshot, and says why', async () => {
    capture.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    const made = await createReport({ source: 'context-menu', tabId: 7, selectedText: 'you are a disgrace' }, T0);
    expect(made).toMatchObject({ screenshot: false, problem: 'Cannot access contents of the page' });
    expect((await getReport(made.id))!.record).toMatchObject({ screenshot: null, selectedText: 'you are a disgrace' });
  });

  it('appends notes and category changes with their own times; the record never changes', async () => {
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    const before = (await getReport(made.id))!.record;
    await changeCategory(made.id, 'pupil-contact', T0 + 1000);
    await addNote(made.id, '  She messaged me twice last night  ', T0 + 2000);
    const after = (await getReport(made.id))!;
    expect(after.record).toEqual(before);
    expect(after.categoryChanges).toEqual([{ at: T0 + 1000, category: 'pupil-contact' }]);
    expect(after.notes).toEqual([{ at: T0 + 2000, text: 'She messaged me twice last night' }]);
    await expect(addNote('no-such-report', 'x')).rejects.toThrow('no longer on this computer');
  });

  it('delivers signed, keeps the same webhook-id on every try, retries on failure and delivers once', async () => {
    let up = false;
    const { got, fetcher } = receiver(() => (up ? 200 : 503));
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    await deliverDue(T0, fetcher);
    let stored = (await getReport(made.id))!;
    expect(stored.delivery).toMatchObject({ status: 'waiting', attempts: 1, lastError: 'the report address answered 503' });
    expect(await browser.alarms.get(REPORT_ALARM)).toBeTruthy();

    // Not yet due: nothing is sent.
    await deliverDue(T0 + 1000, fetcher);
    expect(got).toHaveLength(1);

    up = true;
    const due = stored.delivery.status === 'waiting' ? stored.delivery.nextTryAt : 0;
    expect(due - Date.now()).toBeLessThanOrEqual(60_000);
    await deliverDue(due, fetcher);
    stored = (await getReport(made.id))!;
    expect(stored.delivery).toMatchObject({ status: 'delivered', attempts: 2, via: 'webhook' });
    expect(got).toHaveLength(2);
    expect(got[0]!.headers['webhook-id']).toBe(made.id);
    expect(got[1]!.headers['webhook-id']).toBe(made.id);
    expect(await verifyWebhook(got[1]!.headers, got[1]!.body, SECRET, { now: Number(got[1]!.headers['webhook-timestamp']) * 1000 })).toBe(true);
    const body = JSON.parse(got[1]!.body);
    expect(body.screenshot.sha256).toBe(await sha256Hex(Uint8Array.from(Buffer.from(body.screenshot.base64, 'base64'))));

    // Delivered: later runs send nothing more.
    await deliverDue(due + 3_600_000, fetcher);
    expect(got).toHaveLength(2);
  });

  it('never sends a report twice at once: a second run while one is sending leaves it alone', async () => {
    let release!: () => void;
    const slow = vi.fn(() => new Promise<Response>((resolve) => (release = () => resolve(new Response('', { status: 200 })))));
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    const first = deliverDue(T0, slow as unknown as typeof fetch);
    await vi.waitFor(() => expect(slow).toHaveBeenCalledTimes(1));
    await deliverDue(T0, slow as unknown as typeof fetch);
    expect(slow).toHaveBeenCalledTimes(1);
    release();
    await first;
    expect((await getReport(made.id))!.delivery.status).toBe('delivered');
  });

  it('with no report address, keeps the report as saved for the staff member to pass on', async () => {
    await writeLocalLayer({ reportWebhookUrl: '' });
    forgetCachedConfig();
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    expect((await getReport(made.id))!.delivery).toMatchObject({ status: 'saved-only', reason: 'no-destination' });
  });

  it('a note added after delivery reaches the DSL as a new revision, with its own webhook-id; the first is not sent again', async () => {
    const { got, fetcher } = receiver(() => 200);
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    await deliverDue(T0, fetcher);
    expect((await getReport(made.id))!.delivery).toMatchObject({ status: 'delivered', revision: 0 });

    const noted = await addNote(made.id, 'The pupil is in Year 9.', T0 + 60_000);
    expect(noted.delivery).toMatchObject({ status: 'waiting', attempts: 0, deliveredBefore: expect.any(Number) });
    await deliverDue(T0 + 60_000, fetcher);
    expect(got.map((g) => g.headers['webhook-id'])).toEqual([made.id, `${made.id}.1`]);
    const second = JSON.parse(got[1]!.body);
    expect(second.revision).toBe(1);
    expect(second.notes).toEqual([{ at: T0 + 60_000, text: 'The pupil is in Year 9.' }]);
    expect(second.record).toEqual(JSON.parse(got[0]!.body).record);
    expect((await getReport(made.id))!.delivery).toMatchObject({ status: 'delivered', revision: 1 });

    // A new category is an addition too; choosing the category it already has is not.
    await changeCategory(made.id, 'other', T0 + 70_000);
    expect((await getReport(made.id))!.delivery.status).toBe('delivered');
    await changeCategory(made.id, 'staff-abuse', T0 + 80_000);
    await deliverDue(T0 + 80_000, fetcher);
    expect(got.map((g) => g.headers['webhook-id'])).toEqual([made.id, `${made.id}.1`, `${made.id}.2`]);
  });

  it('a note added while a send is on its way is sent next, not lost when the earlier revision is accepted', async () => {
    const bodies: string[] = [];
    let release!: () => void;
    const slow = vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(init.body as string);
      if (bodies.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return new Response('', { status: 200 });
    });
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    const first = deliverDue(T0, slow as unknown as typeof fetch);
    await vi.waitFor(() => expect(slow).toHaveBeenCalledTimes(1));
    await addNote(made.id, 'Added while sending.', T0 + 10);
    release();
    await first;
    const stored = (await getReport(made.id))!;
    expect(stored.delivery).toMatchObject({ status: 'waiting', attempts: 0, deliveredBefore: expect.any(Number) });
    await deliverDue(stored.delivery.status === 'waiting' ? stored.delivery.nextTryAt : 0, slow as unknown as typeof fetch);
    expect(JSON.parse(bodies[1]!).notes).toEqual([{ at: T0 + 10, text: 'Added while sending.' }]);
    expect((await getReport(made.id))!.delivery).toMatchObject({ status: 'delivered', revision: 1 });
  });

  it('refuses an empty note with a plain reason and leaves the report as it was', async () => {
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    await expect(addNote(made.id, '  \n ')).rejects.toThrow('Write the note first');
    expect((await getReport(made.id))!.notes).toEqual([]);
  });

  it('a full disk: the report is kept without its picture and says so; with no room even for the record, a clear error', async () => {
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'screenshots') throw quota();
      return put.apply(this, args);
    });
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    expect(made.screenshot).toBe(false);
    const stored = (await getReport(made.id))!;
    expect(stored.record.screenshot).not.toBeNull();
    expect(await getScreenshot(made.id)).toBeNull();
    expect(stored.delivery.status).toBe('waiting');
    spy.mockRestore();

    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (this.name === 'reports') throw quota();
        return original.apply(this, args);
      });
    }
    await expect(createReport({ source: 'popup', tabId: 7 }, T0)).rejects.toThrow('There is no room left on this computer to keep the report');
  });

  it('removes a report only once the DSL has it; one still waiting is refused and kept with its picture', async () => {
    const { fetcher } = receiver(() => 503);
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    await deliverDue(T0, fetcher);
    await expect(removeReport(made.id)).rejects.toThrow('has not reached the DSL yet');
    expect(await getReport(made.id)).toBeTruthy();
    expect(await getScreenshot(made.id)).not.toBeNull();

    const up = receiver(() => 200);
    const waiting = (await getReport(made.id))!.delivery;
    await deliverDue(waiting.status === 'waiting' ? waiting.nextTryAt : 0, up.fetcher);
    await removeReport(made.id);
    expect(await getReport(made.id)).toBeUndefined();
    expect(await getScreenshot(made.id)).toBeNull();
  });

  it('a report kept for passing on by hand counts as delivered only when the staff member says so, marked as theirs', async () => {
    await writeLocalLayer({ reportWebhookUrl: '' });
    forgetCachedConfig();
    const made = await createReport({ source: 'popup', tabId: 7 }, T0);
    await expect(removeReport(made.id)).rejects.toThrow();
    const passed = await markPassedOn(made.id, T0 + 5000);
    expect(passed.delivery).toMatchObject({ status: 'delivered', via: 'file', deliveredAt: T0 + 5000 });
    // Saying so twice changes nothing.
    expect((await markPassedOn(made.id, T0 + 9000)).delivery).toMatchObject({ deliveredAt: T0 + 5000 });
    await removeReport(made.id);
    expect(await getReport(made.id)).toBeUndefined();
  });
});
