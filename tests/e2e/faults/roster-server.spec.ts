import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { FIXTURES } from '../support/constants';
import { startRosterServer, type RosterServer } from '../support/roster-server';
import { checkName } from '../support/options-steps';

/**
 * Faults of the school's roster address: what a misconfigured, broken or hostile server can send.
 * In every case the roster in force stays, and the options page says what went wrong in plain words.
 */
const ROSTER_V1 = readFileSync(`${FIXTURES}/roster/e2e-school.csv`, 'utf8');
const ROSTER_V2 = readFileSync(`${FIXTURES}/roster/e2e-school-v2.csv`, 'utf8');
const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body><form>Email</form></body></html>';
const csv = (body: string, etag: string) => ({ status: 200, body, headers: { 'Content-Type': 'text/csv; charset=utf-8', ETag: etag } });
const V1_COUNTS = 'Pupils: 5. Former pupils: 1. Parents and carers: 2. Staff: 1.';

test.describe('fault: the roster address', () => {
  test.use({ launchArgs: ['--ignore-certificate-errors'] });
  let server: RosterServer;
  test.beforeEach(async () => {
    server = await startRosterServer(csv(ROSTER_V1, '"v1"'));
  });
  test.afterEach(async () => server.close());

  const setUrl = async (page: Page) => {
    await page.getByLabel('Roster address').fill(server.url);
    await page.getByRole('button', { name: 'Save roster address' }).click();
    await expect(page.getByText(V1_COUNTS)).toBeVisible({ timeout: 15_000 });
  };

  test('a redirect to a plain http address is not read, and the roster in force stays', async ({ openExtensionPage }) => {
    // The http address answers, with CORS and a roster, so only Chalkline's own check can refuse it.
    const plain = createServer((req, res) => {
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since' };
      if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
      res.writeHead(200, { ...cors, 'Content-Type': 'text/csv' }).end(ROSTER_V2);
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    try {
      const page = await openExtensionPage('options.html#school');
      await setUrl(page);
      server.reply = { status: 302, headers: { Location: `http://localhost:${(plain.address() as AddressInfo).port}/roster.csv` } };
      await page.getByRole('button', { name: 'Fetch roster now' }).click();
      // The browser follows it (the http server allows everything), so only Chalkline's check can refuse.
      await expect(page.getByRole('alert')).toContainText('not secure (not https)');
      await expect(page.getByText(V1_COUNTS)).toBeVisible();
    } finally {
      plain.close();
    }
  });

  test('a body of 1 GB with no length is stopped at 50 MB, and the roster in force stays', async ({ openExtensionPage }) => {
    test.setTimeout(60_000);
    const page = await openExtensionPage('options.html#school');
    await setUrl(page);
    server.reply = { status: 200, headers: { 'Content-Type': 'text/csv' }, streamBytes: 1024 * 1024 * 1024 };
    await page.getByRole('button', { name: 'Fetch roster now' }).click();
    await expect(page.getByRole('alert')).toContainText('larger than 50 MB', { timeout: 45_000 });
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    // Chalkline stopped reading soon after 50 MB: the server never got to write the whole gigabyte.
    expect(server.streamed).toBeLessThan(200 * 1024 * 1024);
  });

  test('a server error or a sign-in page instead of the file keeps the roster in force', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await setUrl(page);

    server.reply = { status: 500, body: 'oops' };
    await page.getByRole('button', { name: 'Fetch roster now' }).click();
    await expect(page.getByRole('alert')).toContainText('answered “500');
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await expect(page.getByText(/The last fetch did not work/)).toBeVisible();

    server.reply = { status: 200, body: LOGIN_PAGE, headers: { 'Content-Type': 'text/html' } };
    await page.getByRole('button', { name: 'Fetch roster now' }).click();
    await expect(page.getByRole('alert')).toContainText(/web page/i);
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
    await expect(await checkName(page, 'Ellie Smith')).toContainText('pupil, Year 9');
  });

  test('a server that never answers times out and the roster in force stays', async ({ openExtensionPage }) => {
    test.setTimeout(60_000);
    const page = await openExtensionPage('options.html#school');
    await setUrl(page);
    server.reply = { ...csv(ROSTER_V2, '"v2"'), delayMs: 40_000 };
    await page.getByRole('button', { name: 'Fetch roster now' }).click();
    await expect(page.getByRole('alert')).toContainText('did not answer in time', { timeout: 30_000 });
    await expect(page.getByText(V1_COUNTS)).toBeVisible();
  });
});
