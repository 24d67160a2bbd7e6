import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo, Worker } from '@playwright/test';
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

/** The banner's own dialog, where going on asks for a reason. */
function dialog(page: Page) {
  return page.frameLocator(BANNER).getByRole('dialog', { name: 'Before you continue' });
}

/** Opens the reason dialog from the strip's "Continue". */
async function openDialog(page: Page) {
  await banner(page).getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

/** Presses the dialog's "Continue", which makes the frame go away, with a real click (./support/frames). */
async function pressContinue(page: Page): Promise<void> {
  await pressInFrame(page, dialog(page).getByRole('button', { name: 'Continue', exact: true }));
}

/** The frame's height as drawn in the page, once it has fitted itself to the strip at this width. */
async function stripHeight(page: Page): Promise<number> {
  let last = -1;
  // Settled when two looks a moment apart agree: the strip reports its height through the background.
  await expect
    .poll(async () => {
      const previous = last;
      last = (await page.locator(BANNER).boundingBox())!.height;
      return previous === last && last < page.viewportSize()!.height;
    })
    .toBe(true);
  return last;
}

/** What the person sees, at a desktop width and a phone's, kept with the test's results. */
async function picture(page: Page, info: TestInfo, name: string, widths = [1280, 360]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    if (!(await dialog(page).isVisible())) await stripHeight(page);
    const path = info.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path });
    await info.attach(`${name}-${width}`, { path, contentType: 'image/png' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Axe's WCAG 2.2 AA findings inside the banner's frame. */
async function axe(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).include(BANNER).withTags(WCAG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
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
    await expect(region.getByRole('heading', { level: 1 })).toHaveText(/^Working time at Oak Hill School until \d\d:\d\d$/);
    // The clause is one press away in the strip.
    const clause = 'Employees must limit their personal use of social media on their own equipment to their official rest breaks';
    await expect(region.getByText(clause)).toBeHidden();
    await region.getByRole('button', { name: 'See the rule' }).click();
    await expect(region.getByText(/^The working day ends at \d\d:\d\d\.$/)).toBeVisible();
    await expect(region.getByText(clause)).toBeVisible();
    await region.getByRole('button', { name: 'See the rule' }).click();
    await expect(page.locator(BANNER)).toHaveCount(1);
    // A strip across the top that pushes the page down by its height: nothing in the page's flow is under it.
    const height = await stripHeight(page);
    expect((await page.locator(BANNER).boundingBox())!.y).toBe(0);
    expect(height).toBeLessThanOrEqual(64);
    expect(await page.evaluate(() => document.body.getBoundingClientRect().top)).toBeGreaterThanOrEqual(height - 1);
    expect(await page.evaluate((y) => document.elementFromPoint(20, y)?.tagName, height + 20)).not.toBe('IFRAME');

    const asked = await openDialog(page);
    await expect(asked.getByText(clause)).toBeVisible();
    await asked.getByRole('radio', { name: 'School business' }).check();
    await pressContinue(page);
    await expect(page.locator(BANNER)).toHaveCount(0);
    await expect.poll(() => auditLog(worker)).toMatchObject([
      { network: 'x', action: 'use-in-working-hours', role: 'none', decision: 'proceeded', exception: 'school-business', packId: 'alderley-edge-primary' },
    ]);

    // The same tab is not asked again in this stretch of working time.
    await page.reload();
    await expect(page).toHaveTitle('X');
    await page.waitForTimeout(500);
    await expect(page.locator(BANNER)).toHaveCount(0);

    const options = await openExtensionPage('options.html#you');
    const log = options.getByRole('region', { name: 'Your log' });
    await expect(log).toContainText('Used X (Twitter) in working hours — reason: school business');
    await expect(log).toContainText('Went ahead');
  });

  test('"Something else" needs a note: without one an error is announced and nothing is logged', async ({ context, worker }) => {
    await warnNow(worker);
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/jordanrivers');
    const asked = await openDialog(page);
    await asked.getByRole('radio', { name: 'Something else' }).check();
    await asked.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(asked.getByRole('alert')).toHaveText('Please say what the reason is.');
    await expect(asked.getByLabel('Your reason')).toBeFocused();
    await expect(asked.getByLabel('Your reason')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(BANNER)).toHaveCount(1);
    expect(await auditLog(worker)).toEqual([]);

    // With a note it goes through, and the note is what the log keeps.
    await asked.getByLabel('Your reason').fill('Checking a safeguarding report');
    await pressContinue(page);
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

  test('the strip and its dialog pass axe (WCAG 2.2 AA), at a desktop width and a phone\'s, and work from the keyboard', async ({ context, worker }) => {
    await warnNow(worker);
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/jordanrivers');
    const region = banner(page);
    await expect(region.getByRole('heading', { level: 1 })).toBeVisible();
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await stripHeight(page);
      expect(await axe(page), `strip at ${width}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // First in the page's tab order, as it is first on screen: the rule, then the two choices.
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: 'See the rule' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(region.getByRole('button', { name: 'Close this tab' })).toBeFocused();
    await page.keyboard.press('Tab');
    const onward = region.getByRole('button', { name: 'Continue', exact: true });
    await expect(onward).toBeFocused();
    await page.keyboard.press('Enter');
    // A modal over the whole page, that takes the focus.
    const asked = dialog(page);
    await expect(asked).toBeVisible();
    await expect(asked.getByRole('heading', { name: 'Before you continue' })).toBeFocused();
    await expect.poll(async () => (await page.locator(BANNER).boundingBox())!.height).toBe(800);
    await expect(asked.getByRole('group', { name: 'Why do you need this site now?' })).toBeVisible();
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axe(page), `dialog at ${width}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const name of ['Continue', 'Back']) {
      const size = (await asked.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(Math.min(size.width, size.height), name).toBeGreaterThanOrEqual(24);
    }
    // Tab stays in the dialog, round from its last link to its first control and back.
    await asked.getByRole('link', { name: 'Why am I seeing this?' }).focus();
    await page.keyboard.press('Tab');
    const inside = page.frames().find((f) => f.url().includes('hours-banner.html'))!;
    const firstHasFocus = () => inside.evaluate(() => document.querySelector('dialog')!.querySelector('summary, input, button, textarea, a') === document.activeElement);
    await expect.poll(firstHasFocus).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect(asked.getByRole('link', { name: 'Why am I seeing this?' })).toBeFocused();

    // Escape goes back to the strip, with the focus where it was; so does "Back".
    await page.keyboard.press('Escape');
    await expect(asked).toBeHidden();
    await expect(onward).toBeFocused();
    expect(await stripHeight(page)).toBeLessThanOrEqual(64);
    await page.keyboard.press('Enter');
    await expect(asked).toBeVisible();
    await asked.getByRole('button', { name: 'Back' }).click();
    await expect(asked).toBeHidden();
    await expect(onward).toBeFocused();
    expect(await auditLog(worker)).toEqual([]);

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
    expect(seen.text).not.toMatch(/working time/i);
    expect(seen.text).not.toContain('Employees must limit');
  });

  test('a compact strip with one primary choice; the dialog keeps its choices in view on a phone and at 200% zoom', async ({ context, worker }, info) => {
    await warnNow(worker);
    await serveSite(context, 'x', 'profile', 'https://x.com/**');
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    const region = banner(page);
    await expect(region.getByRole('heading', { level: 1 })).toBeVisible();

    // "Close this tab" is the filled button; "Continue" is outlined, as big, and always there.
    const close = region.getByRole('button', { name: 'Close this tab' });
    const onward = region.getByRole('button', { name: 'Continue', exact: true });
    await expect(close).toHaveClass('primary');
    await expect(onward).toHaveClass('secondary');
    const look = (el: Element) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, colour: style.color, border: style.borderTopColor };
    };
    const [filled, outlined] = [await close.evaluate(look), await onward.evaluate(look)];
    expect(outlined.background).toBe('rgb(255, 255, 255)');
    expect(filled.background).not.toBe(outlined.background);
    expect(filled.background).toBe(outlined.border);

    // One line at a desktop width, two on a phone, three at most at 200% zoom (1280 × 800 seen as 640 × 400).
    for (const [width, height, most] of [
      [1280, 800, 64],
      [360, 800, 120],
      [640, 400, 120],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await stripHeight(page), `strip at ${width} × ${height}`).toBeLessThanOrEqual(most);
      for (const button of [close, onward]) {
        const box = (await button.boundingBox())!;
        expect(box.height, `${width}`).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width, `${width}`).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `no sideways scrolling at ${width}`).toBeLessThanOrEqual(0);
    }
    await picture(page, info, 'hours-strip');

    // The dialog's own words scroll; its choices stay on screen without scrolling the page.
    const asked = await openDialog(page);
    for (const [width, height] of [
      [360, 800],
      [640, 400],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(async () => (await page.locator(BANNER).boundingBox())!.height).toBe(height);
      for (const name of ['Continue', 'Back']) {
        const box = (await asked.getByRole('button', { name, exact: true }).boundingBox())!;
        expect(box.y, `${name} at ${width} × ${height}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${name} at ${width} × ${height}`).toBeLessThanOrEqual(height);
        expect(box.x + box.width, `${name} at ${width} × ${height}`).toBeLessThanOrEqual(width);
      }
    }
    await picture(page, info, 'hours-dialog');
    const zoomed = info.outputPath('hours-dialog-zoom-640x400.png');
    await page.setViewportSize({ width: 640, height: 400 });
    await page.screenshot({ path: zoomed });
    await info.attach('hours-dialog-zoom-640x400', { path: zoomed, contentType: 'image/png' });
  });
});
