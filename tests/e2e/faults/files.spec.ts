import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { FIXTURES } from '../support/constants';
import { readSettingsLayer } from '../support/config';
import { checkName } from '../support/options-steps';

/**
 * Faults in the files a school or a staff member gives Chalkline: settings files, roster files and
 * policy packs that are malformed, huge or saved in another encoding. A file that can be read is read
 * whole; one that cannot is refused in plain words, and what was in force before stays.
 */
const ROSTER_V1 = readFileSync(`${FIXTURES}/roster/e2e-school.csv`, 'utf8');
const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body><form>Email</form></body></html>';
const V1_COUNTS = 'Pupils: 5. Former pupils: 1. Parents and carers: 2. Staff: 1.';
const json = (value: unknown) => ({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
const file = (name: string, body: string | Buffer) => ({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
/** UTF-16 little-endian with a byte-order mark: what Notepad and Excel call "Unicode". */
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
/** Windows-1252, as older Windows editors save: é is one byte (0xE9), ’ is 0x92. */
const cp1252 = (text: string) => Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

test.describe('fault: settings files', () => {
  test('a settings file of 5 MB is refused unread, in plain words, and nothing changes', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import settings file').setInputFiles(json({ schoolName: 'Before School' }));
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 1');
    const huge = { schoolName: 'Huge', schoolAliases: Array.from({ length: 50_000 }, (_, i) => `Alias number ${i} of a very long list`) };
    await page.getByLabel('Import settings file').setInputFiles(json(huge));
    await expect(page.getByRole('alert')).toContainText('is too large to be a settings file (over 1 MB)');
    expect(await readSettingsLayer(worker)).toEqual({ schoolName: 'Before School' });
  });

  test('a settings file saved as "Unicode" (UTF-16) by Notepad is read, accents and all', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    const name = 'Ysgol Gynradd Gymraeg Bro Môr — St Mary’s';
    await page.getByLabel('Import settings file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: utf16(JSON.stringify({ schoolName: name })) });
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 1');
    expect(await readSettingsLayer(worker)).toEqual({ schoolName: name });
    await expect(page.getByLabel('School name')).toHaveValue(name);
  });

  test('a settings file in Windows-1252 is read with its characters, not mangled', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import settings file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: cp1252('{"schoolName": "École Sainte-Thérèse’s"}') });
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 1');
    expect(await readSettingsLayer(worker)).toEqual({ schoolName: 'École Sainte-Thérèse’s' });
  });

  test('a picture chosen by mistake is refused as not JSON, and nothing changes', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.getByLabel('Import settings file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect(page.getByRole('alert')).toContainText('is not valid JSON');
    expect(await readSettingsLayer(worker)).toBeUndefined();
  });

  test('an invalid settings file is rejected with a message per key and nothing is applied', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import settings file').setInputFiles(json({ schoolName: 'Before School' }));
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 1');
    const before = await readSettingsLayer(worker);

    await page.getByLabel('Import settings file').setInputFiles(
      json({
        schoolName: 'After School',
        workingHours: { mode: 'sometimes', closures: ['2026-02-30'] },
        privacyReviewDays: 'ninety',
        favouriteColour: 'blue',
      }),
    );
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nothing was changed');
    await expect(alert).toContainText('workingHours.mode');
    await expect(alert).toContainText('must be one of: "block", "warn", "off"');
    await expect(alert).toContainText('workingHours.closures[0]');
    await expect(alert).toContainText('is not a real date');
    await expect(alert).toContainText('privacyReviewDays');
    await expect(alert).toContainText('favouriteColour');
    expect(await readSettingsLayer(worker)).toEqual(before);
    await expect(page.getByLabel('School name')).toHaveValue('Before School');
  });

  test('a file that is not JSON is rejected with where the problem is', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import settings file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "schoolName": "Oops",\n}') });
    await expect(page.getByRole('alert')).toContainText('is not valid JSON: the problem is at line 3');
    expect(await readSettingsLayer(worker)).toBeUndefined();
  });

});

test.describe('fault: roster files', () => {
  test('a file that is not a roster is refused whole and the roster in force stays', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', ROSTER_V1));
    await expect(page.getByText(V1_COUNTS)).toBeVisible();

    await page.getByLabel('Import roster file').setInputFiles(file('roster.csv', LOGIN_PAGE));
    await expect(page.getByRole('alert')).toContainText('The roster was not changed');
    await expect(page.getByRole('alert')).toContainText(/web page/i);
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await expect(await checkName(page, 'Ellie Smith')).toContainText('pupil, Year 9');
  });

  test('a roster file over 50 MB is refused whole, and the roster in force stays', async ({ openExtensionPage }) => {
    test.setTimeout(60_000);
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', ROSTER_V1));
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    const row = 'Amelia,Longname-Surname,Millie,pupil,Year 8,2013-04-01,,\n';
    // Playwright hands over files this large only by path.
    const dir = mkdtempSync(join(tmpdir(), 'chalkline-big-'));
    writeFileSync(join(dir, 'everyone.csv'), ROSTER_V1 + row.repeat(Math.ceil((51 * 1024 * 1024) / row.length)));
    await page.getByLabel('Import roster file').setInputFiles(join(dir, 'everyone.csv'));
    rmSync(dir, { recursive: true, force: true });
    await expect(page.getByRole('alert')).toContainText('The roster was not changed', { timeout: 30_000 });
    await expect(page.getByRole('alert')).toContainText('50 MB');
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
  });

  test('a spreadsheet (.xlsx) chosen instead of its CSV is refused in plain words, and the roster in force stays', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', ROSTER_V1));
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    // An .xlsx is a zip archive: "PK\x03\x04" and compressed bytes.
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256))]);
    await page.getByLabel('Import roster file').setInputFiles({ name: 'pupils.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await expect(page.getByRole('alert')).toContainText('The roster was not changed');
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await expect(await checkName(page, 'Ellie Smith')).toContainText('pupil, Year 9');
  });

  test('a roster saved as Excel "Unicode text" (UTF-16, tab-separated) is read with its accented names', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    const tsv = ROSTER_V1.replace(/,/g, '\t');
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.txt', utf16(tsv)));
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await expect(await checkName(page, 'Zoe Muller')).toContainText('Zoë Müller: pupil, Year 11');
    await expect(await checkName(page, "Siobhan O'Brien")).toContainText('Siobhán O');
  });
});

test.describe('fault: policy pack files', () => {
  test('a pack file of 3 MB is refused unread, and the packs on offer do not change', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    const options = await page.getByLabel(/Policy pack/).locator('option').allTextContents();
    const huge = JSON.stringify({ id: 'huge-pack', name: 'Huge', padding: 'x'.repeat(3_000_000) });
    await page.getByLabel('Import policy pack').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
    await expect(page.getByRole('alert')).toContainText('is too large to be a policy pack (over 2 MB)');
    expect(await page.getByLabel(/Policy pack/).locator('option').allTextContents()).toEqual(options);
  });
});
