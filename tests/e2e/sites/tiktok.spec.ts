import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { choose, auditLog, hasInterstitial, interstitial, loadSchool, openSite, siteActions, rerender } from '../support/contact';
import { heldThenCancelled, pageCannotReadRoster, passedByRelativeException, passedOnce, warnedThenContinued } from '../support/contact-steps';

/** Hovers a suggested account in the sidebar and returns its card's Follow button. */
async function cardFollow(page: Page, handle: string) {
  await page.locator('[data-e2e="suggest-user-title"]', { hasText: handle }).hover();
  return page.locator('[data-e2e="user-card-follow"]');
}
const requestButton = (page: Page, who: string, name: string) =>
  page.locator('[data-e2e="inbox-list-item"]', { hasText: who }).getByRole('button', { name, exact: true });

// TikTok with the model policy pack: pupils block (relative exception), parents warn, everyone else passes.
test.describe('TikTok contact guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a roster pupil is held, the follow never happens, and Cancel is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'tiktok', 'profile', 'https://www.tiktok.com/@ellie.smith09');
    await page.locator('[data-e2e="follow-button"] .TUXButton-label').click();
    await heldThenCancelled(page, worker, { network: 'tiktok', action: 'follow' });
  });

  test('someone not on the roster passes with no interstitial, and the follow happens once', async ({ context }) => {
    const page = await openSite(context, 'tiktok', 'profile', 'https://www.tiktok.com/@jordanrivers');
    await page.locator('[data-e2e="follow-button"]').click();
    await passedOnce(page, { action: 'follow', who: 'jordanrivers' });
  });

  test('a parent in "Suggested accounts" warns and can be followed with "Continue anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'tiktok', 'suggested', 'https://www.tiktok.com/foryou');
    await (await cardFollow(page, 'gracepatel')).click();
    await warnedThenContinued(page, worker, { action: 'follow', who: 'gracepatel' }, { network: 'tiktok' });
  });

  test('the relative exception needs a reason, then the follow happens once and the reason is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'tiktok', 'profile', 'https://www.tiktok.com/@ellie.smith09');
    await page.locator('[data-e2e="follow-button"]').click();
    await passedByRelativeException(page, worker, { action: 'follow', who: 'ellie.smith09' });
  });

  test('the page cannot read who matched: nothing roster-derived is in its DOM, and the frame is closed to it', async ({ context }) => {
    const page = await openSite(context, 'tiktok', 'profile', 'https://www.tiktok.com/@ellie.smith09');
    await page.locator('[data-e2e="message-button"]').click();
    await pageCannotReadRoster(page);
  });

  test('a follow request from a pupil is held; one from someone else is accepted once', async ({ context, worker }) => {
    const page = await openSite(context, 'tiktok', 'requests', 'https://www.tiktok.com/messages?lang=en');
    await requestButton(page, 'Ellie Smith', 'Accept').click();
    const frame = await interstitial(page);
    await choose(frame, 'Cancel');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect((await auditLog(worker))[0]).toMatchObject({ network: 'tiktok', action: 'accept', role: 'pupil', decision: 'cancelled' });
    await requestButton(page, 'Jordan Rivers', 'Accept').click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'accept', who: 'jordanrivers' }]);
  });

  test('a button the site re-rendered after the click still gets the replayed click', async ({ context }) => {
    const page = await openSite(context, 'tiktok', 'suggested', 'https://www.tiktok.com/foryou');
    await (await cardFollow(page, 'ellie.smith09')).click();
    const frame = await interstitial(page);
    // The site re-renders while the click is held: the button the person clicked is gone.
    await rerender(page);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('My daughter');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'follow', who: 'ellie.smith09' }]);
  });
});
