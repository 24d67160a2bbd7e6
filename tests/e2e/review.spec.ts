import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { EXTENSION_ID } from './support/constants';
import { NETWORK_REVIEW } from '../../utils/review/network-steps';
import { REVIEW_ITEMS } from '../../utils/review/items';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

async function openReview(page: Page) {
  await page.goto(`chrome-extension://${EXTENSION_ID}/review.html`);
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
}

test.describe('privacy review', () => {
  test("the model pack's reasons speak as the model, with other schools' clauses only as where they came from", async ({ context }) => {
    const page = await context.newPage();
    await openReview(page);
    await page.getByText('Why your school asks').click();
    const why = page.locator('details', { has: page.getByText('Why your school asks') }).first();
    await expect(why.locator('.policy-model').first()).toContainText("Your school's policy (model)");
    // Another school's words sit behind "Where this rule comes from", each named as drawn from that school.
    const sources = why.locator('details', { hasText: 'Where this rule comes from' }).first();
    await sources.locator('summary').click();
    await expect(sources.locator('cite').first()).toHaveText(/^Drawn from .+'s policy, .+:$/);
    expect(await why.locator('cite').evaluateAll((cites) => cites.filter((c) => !c.textContent!.startsWith('Drawn from')).length)).toBe(0);
  });

  test('on first run the alarm raises the reminder, with Start review and Remind me tomorrow, and the badge and popup show it is due', async ({ context, worker }) => {
    // The first review is due at install (WASPS 2.3.3): the alarm set then fires with no page open.
    await expect
      .poll(() => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 45_000, intervals: [500] })
      .toContain('privacy-review');
    expect(await badge(worker)).toBe('🔒');
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toContain('Your privacy review is due.');
    // The popup says so too, with the way in.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html`);
    await expect(popup.getByText('Your privacy review is due.')).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Start your privacy review' })).toHaveAttribute('href', `chrome-extension://${EXTENSION_ID}/review.html`);
  });

  test('ticks are saved as they go and survive a reload; Finish review records the date and what was confirmed', async ({ context, worker }) => {
    const page = await context.newPage();
    await openReview(page);
    await expect(page.getByRole('status').first()).toHaveText('Your first privacy review is due now.');
    await page.getByRole('checkbox', { name: 'Facebook' }).check();
    await page.getByRole('checkbox', { name: 'X (Twitter)' }).check();
    const facebook = page.getByRole('region', { name: 'Facebook' });
    await facebook.getByRole('checkbox', { name: REVIEW_ITEMS_LABEL.audience }).check();
    // Keyboard: from the first item's settings link, Tab moves on through the page and Space ticks a box.
    await facebook.getByRole('link').first().focus();
    for (let i = 0; i < 6 && !(await facebook.getByRole('checkbox', { name: REVIEW_ITEMS_LABEL['approve-followers'] }).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(facebook.getByRole('checkbox', { name: REVIEW_ITEMS_LABEL['approve-followers'] })).toBeChecked();
    await expect(page.getByText(/^Your ticks were saved at/)).toBeVisible();
    await expect(facebook.getByText('2 of 7 checked.')).toBeVisible();

    await page.reload();
    await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
    await expect(page.getByRole('checkbox', { name: 'Facebook' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Instagram' })).not.toBeChecked();
    await expect(page.getByRole('region', { name: 'Facebook' }).getByRole('checkbox', { name: REVIEW_ITEMS_LABEL.audience })).toBeChecked();
    await expect(page.getByRole('region', { name: 'Facebook' }).getByRole('checkbox', { name: REVIEW_ITEMS_LABEL['approve-followers'] })).toBeChecked();
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);

    // Not everything ticked: Finish asks first, and says what will be recorded.
    await page.getByRole('button', { name: 'Finish review' }).click();
    await expect(page.getByText('You have ticked 2 of 14. Finish anyway?')).toBeVisible();
    await page.getByRole('button', { name: 'Keep going' }).click();
    for (const region of ['Facebook', 'X (Twitter)']) {
      for (const box of await page.getByRole('region', { name: region }).getByRole('checkbox').all()) await box.check();
    }
    await page.getByRole('button', { name: 'Finish review' }).click();
    await expect(page.getByRole('status').first()).toContainText('Review finished and recorded. Your next one is due on');
    const history = page.getByRole('region', { name: 'Your past reviews' }).getByRole('listitem');
    await expect(history).toHaveCount(1);
    await expect(history.first()).toContainText('Facebook, X (Twitter) (14 of 14 checked)');
    await expect.poll(() => badge(worker)).toBe('');

    await page.reload();
    await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
    await expect(page.getByRole('status').first()).toContainText('Your next privacy review is due on');
    await expect(page.getByRole('checkbox', { name: 'Facebook' })).not.toBeChecked();
  });

  test("each network's links are the ones in the data, https on the network's own host, and open in a new tab", async ({ context }) => {
    const page = await context.newPage();
    await openReview(page);
    const hosts: Record<string, RegExp> = { facebook: /^www\.facebook\.com$/, x: /^x\.com$/, instagram: /^www\.instagram\.com$/, linkedin: /^www\.linkedin\.com$/, tiktok: /^www\.tiktok\.com$/ };
    const names: Record<string, string> = { facebook: 'Facebook', x: 'X (Twitter)', instagram: 'Instagram', linkedin: 'LinkedIn', tiktok: 'TikTok' };
    for (const [id, review] of Object.entries(NETWORK_REVIEW)) {
      await page.getByRole('checkbox', { name: names[id], exact: true }).check();
      const region = page.getByRole('region', { name: names[id], exact: true });
      const links = region.getByRole('link', { name: `Open ${names[id]}'s settings for this (new tab)` });
      const expected = REVIEW_ITEMS.map((item) => review[item].link?.url).filter((u): u is string => Boolean(u));
      await expect(links).toHaveCount(expected.length);
      const hrefs = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
      expect(hrefs.map(([href]) => href)).toEqual(expected);
      for (const [href, target, rel] of hrefs) {
        const url = new URL(href!);
        expect(url.protocol).toBe('https:');
        expect(url.host).toMatch(hosts[id]!);
        expect([target, rel]).toEqual(['_blank', 'noreferrer']);
      }
    }
    expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
});

/** The checkbox words, as the review page shows them (British English locale). */
const REVIEW_ITEMS_LABEL = {
  audience: 'Only friends or approved followers can see my posts, including older ones',
  'approve-followers': 'I approve new friends and followers before they can see my posts',
} as const;
