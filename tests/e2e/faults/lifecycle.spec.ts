import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { extensionWorker, launchWithExtension } from '../support/browser';
import { EXTENSION_ID } from '../support/constants';
import { importSettings, openSite, SCHOOL_ROSTER } from '../support/contact';
import { stopServiceWorker } from '../support/hours';
import { REPORT_SECRET, reportingSchool, startReportServer, type ReportServer } from '../support/report-server';
import { popupFor } from '../support/options-steps';

/**
 * Faults of the extension's own life: its worker stopped part-way through work, the browser restarted
 * with work queued. Nothing a person entered or reported is lost, and nothing is half done.
 */
const V1_COUNTS = 'Pupils: 5. Former pupils: 1. Parents and carers: 2. Staff: 1.';

test.describe('fault: reports on their way', () => {
  let server: ReportServer;
  test.beforeEach(async ({ context }) => {
    server = await startReportServer();
    await reportingSchool(context, server);
  });
  test.afterEach(async () => server.close());

  test('server down: the report waits, says so honestly, and is delivered once when the server is back', async ({ context, worker }) => {
    test.setTimeout(120_000);
    server.status = 503;
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const popup = await popupFor(context, worker, 'https://x.com/jordanrivers');
    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    await expect(popup.getByRole('status').filter({ hasText: /^Report CL-/ })).toContainText('Not sent yet', { timeout: 15_000 });
    expect(server.unique()).toHaveLength(0);
    await popup.close();
    // The worker stops between tries, as Chrome stops it after 30 s idle: the alarm starts it again.
    const helper = await context.newPage();
    await stopServiceWorker(context, helper);
    await helper.close();
    server.status = 200;
    // The retry alarm (Chromium runs alarms no sooner than 30 s) delivers it with no page open.
    await expect.poll(() => server.unique().length, { timeout: 75_000, intervals: [1000] }).toBe(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.received).toHaveLength(1);
    // The options page lists it with where it is now, with no popup having stayed open.
    const reference = JSON.parse(server.received[0]!.body).record.reference as string;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#you`);
    const item = options.getByRole('region', { name: 'Your reports to the DSL' }).getByRole('listitem').filter({ hasText: reference });
    await expect(item).toContainText("The DSL's system received it at");
    await expect(item.getByRole('button', { name: `Save the evidence file for ${reference}` })).toBeVisible();
  });

  test('popup closed while the report is on its way: it still arrives, once, and the options page says so', async ({ context, worker }) => {
    let answer!: () => void;
    server.hold = new Promise((resolve) => (answer = resolve));
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const popup = await popupFor(context, worker, 'https://x.com/jordanrivers');
    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    await expect(popup.getByRole('status').filter({ hasText: /^Report CL-/ })).toContainText('Sending it to the DSL now');
    await expect.poll(() => server.started, { timeout: 15_000 }).toBe(1);
    await popup.close();
    answer();
    await expect.poll(() => server.received.length, { timeout: 15_000 }).toBe(1);
    const reference = JSON.parse(server.received[0]!.body).record.reference as string;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#you`);
    const item = options.getByRole('region', { name: 'Your reports to the DSL' }).getByRole('listitem').filter({ hasText: reference });
    await expect(item).toContainText("The DSL's system received it at");
    expect(server.started).toBe(1);
    // Once the DSL has it, it may be removed from this computer, after saying what that means.
    await item.getByRole('button', { name: `Remove ${reference} from this computer` }).click();
    await expect(item).toContainText('The DSL keeps their copy');
    await item.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(options.getByRole('listitem').filter({ hasText: reference })).toHaveCount(0);
  });

});

test('fault: the browser is closed with a report still waiting; it is delivered, once, after the next start', async () => {
  test.setTimeout(120_000);
  const server = await startReportServer();
  const profile = mkdtempSync(join(tmpdir(), 'chalkline-restart-'));
  try {
    server.status = 503;
    let context = await launchWithExtension({ userDataDir: profile });
    let worker = await extensionWorker(context);
    await importSettings(context, { staffName: 'Alex Morgan', reportWebhookUrl: server.url, reportWebhookSecret: REPORT_SECRET });
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const popup = await popupFor(context, worker, 'https://x.com/jordanrivers');
    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    const status = popup.getByRole('status').filter({ hasText: /^Report CL-/ });
    await expect(status).toContainText('Not sent yet', { timeout: 15_000 });
    const reference = (await status.textContent())!.match(/CL-[A-Z0-9-]+/)![0];
    await context.close();

    // The receiver is back; the browser starts again and nobody opens anything.
    server.status = 200;
    context = await launchWithExtension({ userDataDir: profile });
    worker = await extensionWorker(context);
    await expect.poll(() => server.unique().length, { timeout: 60_000, intervals: [500] }).toBe(1);
    expect(JSON.parse(server.received.at(-1)!.body).record.reference).toBe(reference);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#you`);
    await expect(options.getByRole('region', { name: 'Your reports to the DSL' }).getByRole('listitem').filter({ hasText: reference })).toContainText("The DSL's system received it at");
    expect(server.unique()).toHaveLength(1);
    await context.close();
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('fault: the worker is stopped in the middle of a roster import; the roster is the old one or the whole new one, never part of one', async ({ context, openExtensionPage }) => {
  const page = await openExtensionPage('options.html#school');
  await page.getByLabel('Import roster file').setInputFiles({ name: 'pupils.csv', mimeType: 'text/csv', buffer: Buffer.from(SCHOOL_ROSTER) });
  await expect(page.getByText(V1_COUNTS)).toBeVisible();

  // 150,000 more pupils: a long enough import that the stop usually lands while it runs.
  const more = Array.from({ length: 150_000 }, (_, i) => `Pupil${i},Surname${i % 997},,pupil,Year ${7 + (i % 5)},2012-05-14,,`).join('\n');
  await page.getByLabel('Import roster file').setInputFiles({ name: 'everyone.csv', mimeType: 'text/csv', buffer: Buffer.from(`${SCHOOL_ROSTER}${more}\n`) });
  const helper = await context.newPage();
  await stopServiceWorker(context, helper);
  await helper.close();

  // Whatever the page was told is true, and the roster in force is one whole roster.
  const counts = page.getByRole('region', { name: 'Roster' }).getByText(/Pupils: \d+\./);
  await expect(counts).toContainText(/Pupils: (5|150005)\. Former pupils: 1\. Parents and carers: 2\. Staff: 1\.$/, { timeout: 30_000 });
  const outcome = page.getByRole('alert').or(page.getByText('The roster was imported'));
  await expect(outcome.first()).toBeVisible({ timeout: 20_000 });
  const text = (await outcome.first().textContent()) ?? '';
  if (/imported/.test(text)) await expect(counts).toContainText('Pupils: 150005.');
  else expect(text).toMatch(/interrupted|not changed/);
  await page.getByLabel('Name', { exact: true }).fill('Ellie Smith');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('#check-result')).toContainText('pupil, Year 9');
});

test('fault: a content script cannot read Chalkline’s settings, packs or signing secret', async ({ context, worker }) => {
  await importSettings(context, { schoolName: 'Oakfield Primary', reportWebhookUrl: 'https://reports.example/hook', reportWebhookSecret: REPORT_SECRET });
  await expect.poll(() => worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)))).not.toContain('whsec_');
  const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
  // Run code in the content script's own world (what a compromised page would try to reach through it).
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated')).toBe(true);
  const world = worlds.find((w) => w.auxData?.type === 'isolated')!;
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const seen = {};
      try { seen.local = JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { seen.local = 'refused: ' + e.message; }
      try { seen.idb = String(await new Promise((res) => { const r = indexedDB.open('chalkline'); r.onsuccess = () => res(Array.from(r.result.objectStoreNames).join(',')); r.onerror = () => res('none'); })); } catch (e) { seen.idb = 'refused'; }
      return seen;
    })()`,
  });
  const seen = result.value as { local: string; idb: string };
  // storage.local holds no settings (and on Chromium is closed to content scripts altogether)…
  expect(seen.local).not.toContain('whsec_');
  expect(seen.local).not.toContain('Oakfield');
  // …and the IndexedDB a content script opens is the web page's own, not Chalkline's.
  expect(seen.idb).not.toContain('config');
  await cdp.detach();
});
