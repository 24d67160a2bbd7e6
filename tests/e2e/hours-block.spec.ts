import AxeBuilder from '@axe-core/playwright';
import { NETWORKS } from '@/utils/sites/networks';
import { expect, test } from './fixtures';
import { badgeText, blockedUrl, blockingIs, hoursAroundNow, setSettings, stopServiceWorker } from './support/hours';
import { serveFixture } from './support/sites';

const FIXTURE: Record<string, string> = {
  x: 'sites/x-profile.html',
  facebook: 'sites/facebook-profile.html',
  instagram: 'sites/instagram-profile.html',
  linkedin: 'sites/linkedin-profile.html',
  tiktok: 'sites/tiktok-profile.html',
};
const fixtureFor = (id: string) => FIXTURE[id] ?? 'pages/plain.html';

test.describe('working hours, block mode', () => {
  test('a navigation to every network lands on the blocked page, and the page is never requested', async ({ context, worker }) => {
    await setSettings(worker, { schoolName: 'Oak Hill School', policyPack: 'alderley-edge-primary', workingHours: hoursAroundNow(-60, 120) });
    await blockingIs(worker, true);
    const page = await context.newPage();
    for (const network of NETWORKS) {
      const url = `${network.home}some/page?ref=1`;
      const served = await serveFixture(context, `${new URL(network.home).origin}/**`, fixtureFor(network.id));
      await page.goto(url);
      await expect(page, network.id).toHaveURL(blockedUrl(url));
      expect(served.hits(), `${network.id} was requested`).toBe(0);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal social media is paused');
    await expect(page.getByText('It is working time at Oak Hill School. The working day ends at')).toBeVisible();
    // Alderley's own words, with the clause they come from.
    await expect(page.getByText('Employees must limit their personal use of social media on their own equipment to their official rest breaks')).toBeVisible();
    await expect(page.getByText('Social media usage during working hours').first()).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'web.whatsapp.com/some/page' })).toContainText('(this tab)');
    await expect.poll(() => badgeText(worker), { timeout: 15_000 }).toBe('⏸');

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('a break now lets the page through, and the badge counts the break down', async ({ context, worker }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120, [[-10, 30]]) });
    await expect.poll(() => badgeText(worker), { timeout: 15_000 }).toMatch(/^(29|30)m$/);
    await blockingIs(worker, false);
    const served = await serveFixture(context, 'https://x.com/**', fixtureFor('x'));
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await expect(page).toHaveURL('https://x.com/home');
    expect(served.hits()).toBe(1);
  });

  test('an open tab is swept when a period starts, and reopens with one click at the break', async ({ context, worker }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(60, 120) });
    const served = await serveFixture(context, 'https://www.facebook.com/**', fixtureFor('facebook'));
    const page = await context.newPage();
    await page.goto('https://www.facebook.com/groups/feed/');
    await expect(page).toHaveTitle('Facebook');

    // The period starts now.
    await setSettings(worker, { workingHours: hoursAroundNow(0, 120) });
    await page.waitForURL(blockedUrl('https://www.facebook.com/groups/feed/'), { timeout: 15_000 });
    const item = page.getByRole('listitem').filter({ hasText: 'facebook.com/groups/feed/' });
    await expect(item).toContainText('Facebook');
    await expect(item.getByRole('button')).toHaveCount(0);
    await expect(page.getByText('You can reopen these pages when the working day ends')).toBeVisible();

    // A break starts: the page says so at once and offers the page back.
    await setSettings(worker, { workingHours: hoursAroundNow(-1, 120, [[-1, 20]]) });
    await expect(page.getByText('Your break has started.')).toBeVisible({ timeout: 15_000 });
    await item.getByRole('button', { name: 'Reopen Facebook' }).click();
    await page.waitForURL('https://www.facebook.com/groups/feed/');
    expect(served.hits()).toBe(2);
  });

  test('an official school account stays open; the rest of the network does not', async ({ context, worker }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120), officialAccounts: ['https://x.com/OakHillSchool*'] });
    await blockingIs(worker, true);
    const served = await serveFixture(context, 'https://x.com/**', fixtureFor('x'));
    const page = await context.newPage();
    await page.goto('https://x.com/OakHillSchool/status/1');
    await expect(page).toHaveURL('https://x.com/OakHillSchool/status/1');
    expect(served.hits()).toBe(1);
    await page.goto('https://x.com/home');
    await expect(page).toHaveURL(blockedUrl('https://x.com/home'));
    expect(served.hits()).toBe(1);
  });

  test('a page that changes address inside a single-page site is sent to the blocked page', async ({ context, worker }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120), officialAccounts: ['https://x.com/OakHillSchool'] });
    await blockingIs(worker, true);
    await serveFixture(context, 'https://x.com/**', fixtureFor('x'));
    const page = await context.newPage();
    await page.goto('https://x.com/OakHillSchool');
    await page.evaluate(() => history.pushState({}, '', '/home'));
    await page.waitForURL(blockedUrl('https://x.com/home'));
  });

  test('a service worker stopped mid-period still blocks, and wakes to explain', async ({ context, worker, openExtensionPage }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120) });
    await blockingIs(worker, true);
    const options = await openExtensionPage('options.html#school');
    await stopServiceWorker(context, options);
    await options.close();
    const served = await serveFixture(context, 'https://www.instagram.com/**', fixtureFor('instagram'));
    const page = await context.newPage();
    await page.goto('https://www.instagram.com/');
    await expect(page).toHaveURL(blockedUrl('https://www.instagram.com/'));
    expect(served.hits()).toBe(0);
    // The page's question starts a new worker, which still knows it is working time.
    await expect(page.getByText('It is working time.')).toBeVisible();
  });

  test('a school-owned computer is paused at all times', async ({ context, worker }) => {
    await setSettings(worker, { schoolOwnedDevice: true, workingHours: { mode: 'block', termDates: [{ start: '2020-01-06', end: '2020-01-10' }] } });
    await blockingIs(worker, true);
    await serveFixture(context, 'https://www.linkedin.com/**', fixtureFor('linkedin'));
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal social media is paused on this computer');
    await expect(page.getByText('Personal social media stays paused on this computer.')).toBeVisible();
  });

  test('the options page says what the saved hours mean right now', async ({ worker, openExtensionPage }) => {
    const options = await openExtensionPage('options.html#you');
    await expect(options.locator('#hours-now')).toHaveText(/working hours are not being enforced/);
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120) });
    await expect(options.locator('#hours-now')).toHaveText(/Right now: personal social media is paused until \d\d:\d\d\./, { timeout: 15_000 });
  });
});
