import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIXTURES } from './support/constants';
import { stopServiceWorker } from './support/hours';
import { startRosterServer, type RosterServer } from './support/roster-server';
import { checkName } from './support/options-steps';

const ROSTER_V1 = readFileSync(`${FIXTURES}/roster/e2e-school.csv`, 'utf8');
const ROSTER_V2 = readFileSync(`${FIXTURES}/roster/e2e-school-v2.csv`, 'utf8');
const csv = (body: string, etag: string) => ({ status: 200, body, headers: { 'Content-Type': 'text/csv; charset=utf-8', ETag: etag } });
const V1_COUNTS = 'Pupils: 5. Former pupils: 1. Parents and carers: 2. Staff: 1.';

const file = (name: string, body: string | Buffer) => ({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });

/** The stored roster indexes by generation, read (or first changed) in the options page, which shares the worker's IndexedDB. */
function storedIndexes(page: Page, spoil = false): Promise<Record<number, unknown>> {
  return page.evaluate(async (spoilIt) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => Object.assign(indexedDB.open('chalkline'), { onsuccess(this: IDBOpenDBRequest) { resolve(this.result); }, onerror: reject }));
    const done = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => Object.assign(request, { onsuccess: () => resolve(request.result), onerror: reject }));
    const store = db.transaction('rosterIndex', 'readwrite').objectStore('rosterIndex');
    const keys = (await done(store.getAllKeys())) as number[];
    const out: Record<number, unknown> = {};
    for (const key of keys) {
      if (spoilIt) await done(store.put({ format: 0 }, key));
      out[key] = ((await done(store.get(key))) as { format?: unknown }).format;
    }
    db.close();
    return out;
  }, spoil);
}

test.describe('roster file import', () => {
  test('a roster file is imported, counted by role, and "Check a name" finds people by variants', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await expect(page.getByText('No roster is loaded yet.')).toBeVisible();
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', ROSTER_V1));
    await expect(page.getByText('The roster was imported')).toBeVisible();
    await expect(page.getByText(V1_COUNTS)).toBeVisible();

    await expect(await checkName(page, 'Eleanor Smith')).toContainText('Eleanor (Ellie) Smith: pupil, Year 9');
    await expect(await checkName(page, 'SMITH, Ellie ✨')).toContainText('Eleanor (Ellie) Smith: pupil, Year 9');
    await expect(await checkName(page, 'Zoe Muller')).toContainText('Zoë Müller: pupil, Year 11');
    await expect(await checkName(page, 'Nobody Here', 'ellie.smith09')).toContainText('handle on roster');
    await expect(await checkName(page, 'Emma Watson')).toContainText('Nobody on the roster matches.');
    await page.getByLabel('Bio', { exact: true }).fill('Year 10 • netball • she/her');
    await expect(await checkName(page, 'Jess Unknown')).toContainText('looks like a pupil');
  });

  test('a stopped worker answers from the index stored with the roster, and rebuilds one it cannot use', async ({ context, openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', ROSTER_V1));
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    expect(await storedIndexes(page)).toEqual({ 1: 1 });

    await stopServiceWorker(context, page);
    await page.waitForTimeout(300);
    await expect(await checkName(page, 'SMITH, Ellie ✨')).toContainText('Eleanor (Ellie) Smith: pupil, Year 9');

    expect(await storedIndexes(page, true)).toEqual({ 1: 0 });
    await stopServiceWorker(context, page);
    await page.waitForTimeout(300);
    await expect(await checkName(page, 'Nell Smith')).toContainText('Eleanor (Ellie) Smith: pupil, Year 9');
    await expect.poll(() => storedIndexes(page)).toEqual({ 1: 1 });
  });

  test('bad rows are listed by row, column and reason, and the good rows are kept', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    const withBadRows = `${ROSTER_V1}Tom,Jones,,teacherr,,,,\nAmy,Hill,,pupil,Year 9,31/02/2012,,\n`;
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', withBadRows));
    await expect(page.getByText('The roster was imported')).toBeVisible();
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await page.getByText(/Rows with problems: 2/).first().click();
    await expect(page.getByText(/Row 11, role:/).first()).toBeVisible();
    await expect(page.getByText(/Row 12, date_of_birth:/).first()).toBeVisible();
    // A child's date of birth is never repeated back, even a wrong one.
    expect(await page.locator('body').innerText()).not.toContain('31/02/2012');
  });

  test('a Windows-1252 file from an older MIS export keeps its accented names', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    const latin1 = Buffer.from('Legal Forename,Legal Surname,Year Group,DOB\r\nZoë,Renée-Dupré,9,14/05/2012\r\n', 'latin1');
    await page.getByLabel('Import roster file').setInputFiles(file('sims.csv', latin1));
    await expect(page.getByText('The roster was imported')).toBeVisible();
    await expect(await checkName(page, 'Zoe Renee-Dupre')).toContainText('Zoë Renée-Dupré: pupil, Year 9');
  });

  test('Remove roster asks first, then removes it', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import roster file').setInputFiles(file('pupils.csv', ROSTER_V1));
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await page.getByRole('button', { name: 'Remove roster' }).click();
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await page.getByRole('button', { name: 'Remove roster' }).click();
    await page.getByRole('button', { name: 'Yes, remove the roster' }).click();
    await expect(page.getByText('No roster is loaded yet.')).toBeVisible();
    await expect(await checkName(page, 'Ellie Smith')).toContainText('No roster is loaded');
  });
});

test.describe('roster sync from the school’s address', () => {
  let server: RosterServer;
  test.use({ launchArgs: ['--ignore-certificate-errors'] });
  test.beforeEach(async () => {
    server = await startRosterServer(csv(ROSTER_V1, '"v1"'));
  });
  test.afterEach(async () => server.close());

  async function setRosterUrl(page: Page) {
    await page.getByLabel('Roster address').fill(server.url);
    await page.getByRole('button', { name: 'Save roster address' }).click();
    // Saving a new address schedules a fetch straight away (the sync alarm).
    await expect(page.getByText(V1_COUNTS)).toBeVisible({ timeout: 15_000 });
  }

  test('fetches on a new address, then asks conditionally: 304 keeps the roster', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await setRosterUrl(page);
    expect(server.requests).toHaveLength(1);
    server.reply = { status: 304, headers: { ETag: '"v1"' } };
    await page.getByRole('button', { name: 'Fetch roster now' }).click();
    await expect(page.getByText('The roster address has no changes')).toBeVisible();
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    await expect(page.getByText(V1_COUNTS)).toBeVisible();

    server.reply = csv(ROSTER_V2, '"v2"');
    await page.getByRole('button', { name: 'Fetch roster now' }).click();
    await expect(page.getByText('Pupils: 3. Former pupils: 0. Parents and carers: 1. Staff: 1.')).toBeVisible();
  });
});
