import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { choose, hasInterstitial, interstitial, loadSchool, openSite, siteActions, rerender } from '../support/contact';
import { heldThenCancelled, pageCannotReadRoster, passedByRelativeException, passedOnce, warnedThenContinued } from '../support/contact-steps';

// X with the model policy pack: pupils block (relative exception), parents warn, everyone else passes.
test.describe('X contact guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a roster pupil is held, the follow never happens, and Cancel is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"] span span').click();
    await heldThenCancelled(page, worker, { network: 'x', action: 'follow' });
  });

  test('someone not on the roster passes with no interstitial, and the follow happens once', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
    await passedOnce(page, { action: 'follow', who: 'jordanrivers' });
  });

  test('a parent in "Who to follow" warns and can be followed with "Continue anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    await page.locator('aside [data-testid="UserCell"]', { hasText: 'Grace Patel' }).locator('[data-testid$="-follow"]').click();
    await warnedThenContinued(page, worker, { action: 'follow', who: 'gracepatel' });
  });

  test('the relative exception needs a reason, then the follow happens once and the reason is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
    await passedByRelativeException(page, worker, { action: 'follow', who: 'ellie.smith09' });
  });

  test('the interstitial passes axe (WCAG 2.2 AA) and is keyboard operable: Tab stays inside, Escape cancels', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
    const frame = await interstitial(page);
    const results = await new AxeBuilder({ page }).include('iframe').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      names.push(await frame.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    // "Why am I seeing this?" comes last, after every choice.
    expect(names).toEqual([
      'Report this contact to the DSL',
      'They are my relative',
      expect.stringMatching(/^Where this rule comes from \(\d+ clauses of other schools' policies\)$/),
      'Why am I seeing this?',
      'Cancel',
      'Report this contact to the DSL',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect(await siteActions(page)).toEqual([]);
  });

  test('the page cannot read who matched: nothing roster-derived is in its DOM, and the frame is closed to it', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator('[data-testid="sendDMFromProfile"]').click();
    await pageCannotReadRoster(page);
  });

  test('a follower request from a pupil is held; one from someone else is accepted once', async ({ context }) => {
    const page = await openSite(context, 'x', 'requests', 'https://x.com/follower_requests');
    await page.locator('[data-testid="UserCell"]', { hasText: 'Ellie Smith' }).getByText('Accept').click();
    const frame = await interstitial(page);
    await choose(frame, 'Cancel');
    await page.locator('[data-testid="UserCell"]', { hasText: 'Jordan Rivers' }).getByText('Accept').click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'accept', who: 'jordanrivers' }]);
  });

  test('a button the site re-rendered after the click still gets the replayed click', async ({ context }) => {
    const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    await page.locator('aside [data-testid="UserCell"]', { hasText: 'Ellie Smith' }).locator('[data-testid$="-follow"]').click();
    const frame = await interstitial(page);
    // The site re-renders while the click is held: the button the person clicked is gone.
    await rerender(page);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('My daughter');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'follow', who: 'ellie.smith09' }]);
  });
});
