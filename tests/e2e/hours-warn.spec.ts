import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import type { AuditEntry } from '@/utils/contact/types';
import { pressInFrame } from './support/frames';
import { badgeText, hoursAroundNow, setSettings } from './support/hours';
import { serveSite } from './support/sites';

// Warn mode: in working time the page loads as usual, with a banner across the top; going on takes a
// reason, which is kept in the staff member's own log.
const BANNER = 'iframe[src*="hours-banner.html"]';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Working time now (an hour ago until two hours on, every day, UTC), warn mode. */
async function warnNow(worker: Worker, extra: Record<string, unknown> = {}): Promise<void> {
  await setSettings(worker, { schoolName: 'Oak Hill School', policyPack: 'alderley-edge-primary', workingHours: hoursAroundNow(-60, 120, [], 'warn'), ...extra });
  // The badge turns to "!" once the worker has applied the new settings.
  await expect.poll(() => badgeText(worker), { timeout: 15_000 }).toBe('!');
}

/**
 * The local audit log, newest first, read from the extension's IndexedDB in its service worker. Before
 * anything is logged there is no database: say so, rather than create an empty one the extension would
 * then not upgrade.
 */
function auditLog(worker: Worker): Promise<AuditEntry[]> {
  return worker.evaluate(
    () =>
      new Promise<AuditEntry[]>((resolve, reject) => {
        const open = indexedDB.open('chalkline');
        let missing = false;
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction!.abort();
        };
        open.onerror = () => (missing ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('audit')) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as AuditEntry[]).sort((a, b) => b.time - a.time));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The banner's region inside its frame, once the frame has loaded. */
function banner(page: Page) {
  return page.frameLocator(BANNER).getByRole('region', { name: 'Working-hours reminder' });
}

/** Presses a button that makes the frame go away, with a real click (./support/frames). */
async function pressAndLeave(page: Page, name: string): Promise<void> {
  await pressInFrame(page, banner(page).getByRole('button', { name, exact: true }));
}

test.describe('working hours, warn mode', () => {
  test('the page loads with a banner that quotes the rule; going on for school business closes it and logs why', async ({ context, worker, openExtensionPage }) => {
    await warnNow(worker);
    const served = await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/jordanrivers');
    await expect(page).toHaveURL('https://x.com/jordanrivers');
    await expect(page).toHaveTitle('X');
    expect(served.hits()).toBe(1);

    const region = banner(page);
    await expect(region.getByRole('heading', { level: 1 })).toHaveText("It's working time at Oak Hill School");
    await expect(region.getByText(/^The working day ends at \d\d:\d\d\.$/)).toBeVisible();
    await expect(region.getByText('Employees must limit their personal use of social media on their own equipment to their official rest breaks')).toBeVisible();
    await expect(page.locator(BANNER)).toHaveCount(1);
    // A strip across the top, not a cover over the page: the page below it is still there to use.
    const box = (await page.locator(BANNER).boundingBox())!;
    expect(box.y).toBe(0);
    expect(box.height).toBeLessThan(page.viewportSize()!.height / 2);
    expect(await page.evaluate((y) => document.elementFromPoint(20, y)?.tagName, box.height + 20)).not.toBe('IFRAME');

    await region.getByRole('button', { name: 'Continue — I have a reason' }).click();
    await region.getByRole('radio', { name: 'School business' }).check();
    await pressAndLeave(page, 'Continue');
    await expect(page.locator(BANNER)).toHaveCount(0);
    await expect.poll(() => auditLog(worker)).toMatchObject([
      { network: 'x', action: 'use-in-working-hours', role: 'none', decision: 'proceeded', exception: 'school-business', packId: 'alderley-edge-primary' },
    ]);

    // The same tab is not asked again in this stretch of working time.
    await page.reload();
    await expect(page).toHaveTitle('X');
    await page.waitForTimeout(500);
    await expect(page.locator(BANNER)).toHaveCount(0);

    const options = await openExtensionPage('options.html');
    const log = options.getByRole('region', { name: 'Your log' });
    await expect(log).toContainText('Used X (Twitter) in working hours — reason: school business');
    await expect(log).toContainText('Went ahead');
  });

  test('"Something else" needs a note: without one an error is announced and nothing is logged', async ({ context, worker }) => {
    await warnNow(worker);
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/jordanrivers');
    const region = banner(page);
    await region.getByRole('button', { name: 'Continue — I have a reason' }).click();
    await region.getByRole('radio', { name: 'Something else' }).check();
    await region.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(region.getByRole('alert')).toHaveText('Please say what the reason is.');
    await expect(region.getByLabel('Your reason')).toBeFocused();
    await expect(region.getByLabel('Your reason')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(BANNER)).toHaveCount(1);
    expect(await auditLog(worker)).toEqual([]);

    // With a note it goes through, and the note is what the log keeps.
    await region.getByLabel('Your reason').fill('Checking a safeguarding report');
    await pressAndLeave(page, 'Continue');
    await expect(page.locator(BANNER)).toHaveCount(0);
    await expect.poll(() => auditLog(worker)).toMatchObject([{ action: 'use-in-working-hours', reason: 'Checking a safeguarding report' }]);
    expect((await auditLog(worker))[0]).not.toHaveProperty('exception');
  });

  test('"Close this tab" closes the tab and logs nothing', async ({ context, worker }) => {
    await warnNow(worker);
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/jordanrivers');
    const button = banner(page).getByRole('button', { name: 'Close this tab' });
    await button.waitFor();
    // The tab may close before Playwright hears back from the click: the close is what counts.
    await Promise.all([page.waitForEvent('close'), button.dispatchEvent('click').catch(() => undefined)]);
    expect(await auditLog(worker)).toEqual([]);
  });

  test('an official school account shows no banner; moving on to the feed in the same page does', async ({ context, worker }) => {
    await warnNow(worker, { officialAccounts: ['https://x.com/OakHillSchool*'] });
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const official = await context.newPage();
    await official.goto('https://x.com/OakHillSchool/status/1');
    // Another tab shows its banner, so the background has answered by now.
    const feed = await context.newPage();
    await feed.goto('https://x.com/home');
    await expect(banner(feed)).toBeVisible();
    await expect(official.locator(BANNER)).toHaveCount(0);
    await expect(official).toHaveURL('https://x.com/OakHillSchool/status/1');

    // A single-page site changes address without loading a page: the banner follows.
    await official.evaluate(() => history.pushState({}, '', '/home'));
    await expect(banner(official)).toBeVisible();
  });

  test('an open page gets the banner when working time starts, and loses it when a break starts', async ({ context, worker }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(60, 120, [], 'warn') });
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await expect(page).toHaveTitle('X');

    await warnNow(worker);
    await expect(banner(page)).toBeVisible();
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120, [[-1, 20]], 'warn') });
    await expect(page.locator(BANNER)).toHaveCount(0);
    // The page itself was never touched: no reload, no redirect.
    await expect(page).toHaveURL('https://x.com/home');
  });

  test('the banner passes axe (WCAG 2.2 AA), is reached from the keyboard, and is closed to the page', async ({ context, worker }) => {
    await warnNow(worker);
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/jordanrivers');
    const region = banner(page);
    await expect(region.getByRole('heading', { level: 1 })).toBeVisible();
    const axe = async () => (await new AxeBuilder({ page }).include(BANNER).withTags(WCAG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    expect(await axe()).toEqual([]);

    // First in the page's tab order, as it is first on screen; both choices are ordinary buttons.
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: 'Close this tab' })).toBeFocused();
    await page.keyboard.press('Tab');
    const reveal = region.getByRole('button', { name: 'Continue — I have a reason' });
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(reveal).toHaveAttribute('aria-expanded', 'true');
    await expect(region.getByRole('group', { name: 'Why do you need this site now?' })).toBeVisible();
    // The frame grew to fit the reasons, and still leaves the page below it.
    await expect.poll(async () => (await page.locator(BANNER).boundingBox())!.height).toBeGreaterThan(250);
    expect(await axe()).toEqual([]);
    for (const name of ['Close this tab', 'Continue — I have a reason', 'Continue']) {
      const size = (await region.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(Math.min(size.width, size.height), name).toBeGreaterThanOrEqual(24);
    }

    // The page's own scripts see a frame, but not into it, and none of its words are in the page.
    const seen = await page.evaluate((selector) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector)!;
      let canRead = false;
      try {
        canRead = frame.contentDocument !== null || frame.contentWindow?.document !== undefined;
      } catch {
        // Cross-origin: exactly what we want.
      }
      return { canRead, text: document.documentElement.outerHTML };
    }, BANNER);
    expect(seen.canRead).toBe(false);
    expect(seen.text).not.toContain('working time');
    expect(seen.text).not.toContain('Employees must limit');
  });
});
