import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { choose, auditLog, hasInterstitial, interstitial, loadSchool, openSite, siteActions, rerender } from '../support/contact';
import { heldThenCancelled, pageCannotReadRoster, passedByRelativeException, passedOnce, warnedThenContinued } from '../support/contact-steps';

/** Instagram's buttons carry no test ids: find them by their accessible name, as a person would. */
const headerButton = (page: Page, name: string) => page.locator('main header').getByRole('button', { name, exact: true });
const rowButton = (page: Page, who: string, name: string) => page.locator('.row, .card', { hasText: who }).getByRole('button', { name, exact: true });

// Instagram with the model policy pack: pupils block (relative exception), parents warn, everyone else passes.
test.describe('Instagram contact guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a roster pupil is held, the follow never happens, and Cancel is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'profile', 'https://www.instagram.com/ellie.smith09/');
    await headerButton(page, 'Follow').locator('div[dir="auto"]').click();
    await heldThenCancelled(page, worker, { network: 'instagram', action: 'follow' });
  });

  test('someone not on the roster passes with no interstitial, and the follow happens once', async ({ context }) => {
    const page = await openSite(context, 'instagram', 'profile', 'https://www.instagram.com/jordanrivers/');
    await headerButton(page, 'Follow').click();
    await passedOnce(page, { action: 'follow', who: 'jordanrivers' });
  });

  test('a parent in "Suggested for you" warns and can be followed with "Continue anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'suggestions', 'https://www.instagram.com/explore/people/');
    await rowButton(page, 'Grace Patel', 'Follow').click();
    await warnedThenContinued(page, worker, { action: 'follow', who: 'gracepatel' }, { network: 'instagram' });
  });

  test('the relative exception needs a reason, then the follow happens once and the reason is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'profile', 'https://www.instagram.com/ellie.smith09/');
    await headerButton(page, 'Follow').click();
    await passedByRelativeException(page, worker, { action: 'follow', who: 'ellie.smith09' });
  });

  test('the page cannot read who matched: nothing roster-derived is in its DOM, and the frame is closed to it', async ({ context }) => {
    const page = await openSite(context, 'instagram', 'profile', 'https://www.instagram.com/ellie.smith09/');
    await headerButton(page, 'Message').click();
    await pageCannotReadRoster(page);
  });

  test('a follow request from a pupil is held; one from someone else is confirmed once', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'requests', 'https://www.instagram.com/accounts/activity/?followRequests=1');
    await rowButton(page, 'Ellie Smith', 'Confirm').click();
    const frame = await interstitial(page);
    await choose(frame, 'Cancel');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect((await auditLog(worker))[0]).toMatchObject({ network: 'instagram', action: 'accept', role: 'pupil', decision: 'cancelled' });
    await rowButton(page, 'Jordan Rivers', 'Confirm').click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'confirm', who: 'jordanrivers' }]);
  });

  test('a button the site re-rendered after the click still gets the replayed click', async ({ context }) => {
    const page = await openSite(context, 'instagram', 'profile', 'https://www.instagram.com/jordanrivers/');
    await rowButton(page, 'Ellie Smith', 'Follow').click();
    const frame = await interstitial(page);
    // The site re-renders while the click is held: the button the person clicked is gone.
    await rerender(page);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('My daughter');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'follow', who: 'ellie.smith09' }]);
  });
});
