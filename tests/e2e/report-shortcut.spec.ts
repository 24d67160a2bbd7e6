import { createHash } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/browser';
import { importSettings, loadSchool, openSite } from './support/contact';
import { displayMissing, startDisplay, type Display } from './support/display';
import { startReportServer, type ReportServer } from './support/report-server';

// The picture of the page needs the person to have invoked Chalkline on it (activeTab): here real key
// presses, through a virtual display, into a windowed Chromium.

/** A windowed browser on a virtual display, showing one X profile page with the report receiver set. */
async function windowed(settings: Record<string, unknown>, body: (s: { context: BrowserContext; page: Page; display: Display; server: ReportServer }) => Promise<void>) {
  const missing = displayMissing();
  test.skip(missing !== null, `Keyboard shortcut test ${missing}`);
  test.setTimeout(60_000);
  const display = await startDisplay();
  const server = await startReportServer();
  const context = await launchWithExtension({ display: display.name });
  try {
    await extensionWorker(context);
    await loadSchool(context);
    await importSettings(context, { reportWebhookUrl: server.url, ...settings });
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    // Only the network's page is left, so it is the tab in view.
    for (const p of context.pages()) if (p !== page) await p.close();
    await page.bringToFront();
    display.pointAt(400, 400);
    await body({ context, page, display, server });
  } finally {
    await context.close();
    await server.close();
    display.stop();
  }
}

/** The PNG in a webhook body, checked against the hashes the record carries. */
function checkPicture(body: { record: { screenshot: { sha256: string } }; screenshot: { base64: string; sha256: string } }) {
  const png = Buffer.from(body.screenshot.base64, 'base64');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(createHash('sha256').update(png).digest('hex')).toBe(body.record.screenshot.sha256);
  expect(body.screenshot.sha256).toBe(body.record.screenshot.sha256);
}

test('the shortcut (Ctrl+Shift+Y) reports the page in view with its picture; the PNG arrives and its SHA-256 matches', async () => {
  await windowed({}, async ({ context, display, server }) => {
    const worker = await extensionWorker(context);
    // The browser gave the shortcut its suggested keys (it leaves them unset when they clash).
    expect((await worker.evaluate(() => chrome.commands.getAll())).find((c) => c.name === 'report-to-dsl')?.shortcut).toBe('Ctrl+Shift+Y');
    display.press('ctrl+shift+y');
    await expect.poll(() => server.unique().length, { timeout: 20_000 }).toBe(1);
    const body = JSON.parse(server.received[0]!.body);
    expect(body.record).toMatchObject({ source: 'shortcut', url: 'https://x.com/jordanrivers', network: 'x' });
    checkPicture(body);
  });
});

test('Teams format: an Adaptive Card under 28 KB with the reference and both hashes, and never the picture', async () => {
  await windowed({ reportFormat: 'teams' }, async ({ display, server }) => {
    display.press('ctrl+shift+y');
    await expect.poll(() => server.unique().length, { timeout: 20_000 }).toBe(1);
    const raw = server.received[0]!.body;
    expect(Buffer.byteLength(raw)).toBeLessThan(28 * 1024);
    const message = JSON.parse(raw);
    expect(message.type).toBe('message');
    expect(message.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = message.attachments[0].content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const facts = Object.fromEntries((card.body.find((b: { type: string }) => b.type === 'FactSet').facts as { title: string; value: string }[]).map((f) => [f.title, f.value]));
    expect(facts['Reference']).toMatch(/^CL-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(facts['Record SHA-256']).toMatch(/^[0-9a-f]{64}$/);
    // A picture was taken (its hash is on the card) but the card carries none: no PNG, no image element.
    expect(facts['Screenshot SHA-256']).toMatch(/^[0-9a-f]{64}$/);
    expect(raw).not.toContain('iVBOR');
    expect(raw).not.toContain('"Image"');
  });
});
