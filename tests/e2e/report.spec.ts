import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { EXTENSION_ID } from './support/constants';
import { auditLog, choose, hasInterstitial, importSettings, interstitial, openSite, siteActions } from './support/contact';
import { hoursAroundNow } from './support/hours';
import { REPORT_SECRET, reportingSchool, startReportServer, type ReportServer } from './support/report-server';
import { verifyWebhook } from '../../utils/report/sign';
import { popupFor } from './support/options-steps';


test.describe('report to the DSL', () => {
  let server: ReportServer;
  test.beforeEach(async ({ context }) => {
    server = await startReportServer();
    await reportingSchool(context, server);
  });
  test.afterEach(async () => server.close());

  test('one press sends a signed report; the popup says "received" only once the server has it', async ({ context, worker }) => {
    await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    const popup = await popupFor(context, worker, 'https://x.com/ellie.smith09');
    await expect(popup.getByText('You are on X (Twitter).')).toBeVisible();
    expect((await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([]);

    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    const status = popup.getByRole('status').filter({ hasText: /^Report CL-/ });
    await expect(status).toContainText("The DSL's system received it at", { timeout: 15_000 });
    expect(server.unique()).toHaveLength(1);
    const [got] = server.received;
    expect(await verifyWebhook(got!.headers as Record<string, string>, got!.body, REPORT_SECRET)).toBe(true);
    const body = JSON.parse(got!.body);
    expect(body.record).toMatchObject({ url: 'https://x.com/ellie.smith09', network: 'x', staffName: 'Alex Morgan', schoolName: 'Oakfield Primary', category: 'other', source: 'popup' });
    expect(status).toContainText(body.record.reference);
    // A popup opened as a page has no activeTab grant (only a click on the toolbar, a shortcut or the
    // menu gives one), so the browser refuses the picture: the report goes without it and says so.
    expect(body.record.screenshot).toBeNull();
    await expect(status).toContainText('The browser did not allow a picture of the page from here');
  });

  test('a nude or sexual image of a child: the guidance is shown and no picture is ever taken or sent', async ({ context, worker }) => {
    await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    const popup = await popupFor(context, worker, 'https://x.com/ellie.smith09');
    await popup.getByLabel('What is it about?').selectOption({ label: 'A nude or sexual image of a child' });
    await expect(popup.getByRole('note')).toContainText('Never view, copy, print, share, save or store');
    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    await expect(popup.getByRole('status').filter({ hasText: /^Report CL-/ })).toContainText("The DSL's system received it at", { timeout: 15_000 });
    const body = JSON.parse(server.received[0]!.body);
    expect(body.record.category).toBe('indecent-image');
    expect(body.record.screenshot).toBeNull();
    expect(body.screenshot).toBeNull();
  });

  test('"Report this contact to the DSL" on the interstitial makes a real report (contact from a pupil) and delivers it', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
    const frame = await interstitial(page);
    await choose(frame, 'Report this contact to the DSL');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    await expect.poll(() => server.unique().length, { timeout: 15_000 }).toBe(1);
    const body = JSON.parse(server.received[0]!.body);
    expect(body.record).toMatchObject({ url: 'https://x.com/ellie.smith09', network: 'x', category: 'pupil-contact', source: 'interstitial' });
    expect(await siteActions(page)).toEqual([]);
    expect((await auditLog(worker))[0]).toMatchObject({ decision: 'reported' });
  });

  test('the popup lists the rules that apply on each network: references on LinkedIn, not on X; and what working hours mean now', async ({ context, worker }) => {
    await importSettings(context, { policyPack: 'alderley-edge-primary', workingHours: hoursAroundNow(-60, 120, [], 'warn') });
    await openSite(context, 'linkedin', 'profile', 'https://www.linkedin.com/in/jordan-rivers/');
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const onLinkedIn = await popupFor(context, worker, 'https://www.linkedin.com/in/jordan-rivers/');
    await expect(onLinkedIn.getByText('You are on LinkedIn.')).toBeVisible();
    await expect(onLinkedIn.getByRole('heading', { name: 'Do not give references online' })).toBeVisible();
    await expect(onLinkedIn.locator('#hours-now')).toContainText('social media pages show a reminder');
    const onX = await popupFor(context, worker, 'https://x.com/jordanrivers');
    await expect(onX.getByText('You are on X (Twitter).')).toBeVisible();
    await expect(onX.getByRole('heading', { name: 'Do not give references online' })).toHaveCount(0);
    // The working-hours rule leads while it is in force.
    const pack = JSON.parse(readFileSync('rules/packs/alderley-edge-primary.json', 'utf8')) as { rules: { title: string; contexts: string[] }[] };
    const hoursTitles = pack.rules.filter((r) => r.contexts.includes('hours')).map((r) => r.title);
    expect(hoursTitles).toContain(await onX.getByRole('heading', { level: 3 }).first().textContent());
    expect((await new AxeBuilder({ page: onX }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([]);
  });

  test('with no report address the report is kept, and its evidence file saves: every field, the hashes, no script', async ({ context, worker }) => {
    await importSettings(context, { reportWebhookUrl: '' });
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const popup = await popupFor(context, worker, 'https://x.com/jordanrivers');
    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    const status = popup.getByRole('status').filter({ hasText: /^Report CL-/ });
    await expect(status).toContainText('Your school has not set up automatic sending');
    const reference = /CL-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await status.textContent())!)![0];
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save the evidence file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`chalkline-report-${reference}.html`);
    const html = readFileSync(await file.path(), 'utf8');
    expect(html).toContain(reference);
    expect(html).toContain('https://x.com/jordanrivers');
    expect(html).toMatch(/[0-9a-f]{64}/);
    expect(html.toLowerCase()).not.toContain('<script');
    expect(server.received).toHaveLength(0);
    // Kept until the staff member says they passed it on; then it reads as theirs, not as received.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#you`);
    const item = options.getByRole('listitem').filter({ hasText: reference });
    await expect(item.getByRole('button', { name: `Remove ${reference} from this computer` })).toHaveCount(0);
    await item.getByRole('button', { name: `I have passed ${reference} on to the DSL` }).click();
    await expect(item).toContainText('You said you passed it on to the DSL at');
    await expect(item).not.toContainText('received');
    expect((await new AxeBuilder({ page: options }).include('section[aria-labelledby="reports-heading"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([]);
  });

  test('a note added after the DSL has the report reaches them too, as a new revision; an empty note is refused in plain words', async ({ context, worker }) => {
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const popup = await popupFor(context, worker, 'https://x.com/jordanrivers');
    await popup.getByRole('button', { name: 'Report to DSL' }).click();
    const status = popup.getByRole('status').filter({ hasText: /^Report CL-/ });
    await expect(status).toContainText("The DSL's system received it at", { timeout: 15_000 });

    await popup.getByRole('button', { name: 'Add note' }).click();
    await expect(popup.getByRole('alert')).toHaveText('Write the note first: the box is empty.');
    await popup.getByLabel('Add a note').fill('He messaged again at 9pm asking for my number.');
    await popup.getByRole('button', { name: 'Add note' }).click();
    await expect(popup.getByRole('alert')).toHaveCount(0);
    await expect.poll(() => server.unique().length, { timeout: 15_000 }).toBe(2);
    const [first, second] = server.received.map((r) => ({ id: String(r.headers['webhook-id']), body: JSON.parse(r.body) }));
    expect(second!.id).toBe(`${first!.id}.1`);
    expect(second!.body).toMatchObject({ revision: 1, record: first!.body.record, notes: [{ text: 'He messaged again at 9pm asking for my number.' }] });
    await expect(status).toContainText("The DSL's system received it at");
    expect(await verifyWebhook(server.received[1]!.headers as Record<string, string>, server.received[1]!.body, REPORT_SECRET)).toBe(true);
  });
});
