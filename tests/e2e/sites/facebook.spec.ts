import { expect, test } from '../fixtures';
import { choose, interstitial, loadSchool, openSite, siteActions, rerender } from '../support/contact';
import { heldThenCancelled, pageCannotReadRoster, passedByRelativeException, passedOnce, warnedThenContinued } from '../support/contact-steps';

const PROFILE_ADD_FRIEND = '[data-pagelet="ProfileActions"] [role="button"][aria-label="Add friend"]';

// Facebook with the model policy pack: pupils block (relative exception), parents warn, everyone else passes.
test.describe('Facebook contact guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a roster pupil is held, the friend request never happens, and Cancel is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/ellie.smith09');
    await page.locator(`${PROFILE_ADD_FRIEND} span span`).click();
    await heldThenCancelled(page, worker, { network: 'facebook', action: 'friend' });
  });

  test('someone not on the roster passes with no interstitial, and the friend request happens once', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/jordanrivers');
    await page.locator(PROFILE_ADD_FRIEND).click();
    await passedOnce(page, { action: 'add-friend', who: 'jordanrivers' });
  });

  test('a parent in People you may know warns and can be added with "Continue anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'suggestions', 'https://www.facebook.com/friends/suggestions');
    await page.locator('.card', { hasText: 'Grace Patel' }).getByRole('button', { name: 'Add friend' }).click();
    await warnedThenContinued(page, worker, { action: 'add-friend', who: 'gracepatel' });
  });

  test('the relative exception needs a reason, then the friend request happens once and the reason is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/ellie.smith09');
    await page.locator(PROFILE_ADD_FRIEND).click();
    await passedByRelativeException(page, worker, { action: 'add-friend', who: 'ellie.smith09' });
  });

  test('the page cannot read who matched: nothing roster-derived is in its DOM, and the frame is closed to it', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/ellie.smith09');
    await page.locator('[data-pagelet="ProfileActions"]').getByRole('button', { name: 'Message' }).click();
    await pageCannotReadRoster(page);
  });

  test('a friend request from a pupil is held; one from someone else is confirmed once', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'requests', 'https://www.facebook.com/friends/requests');
    await page.locator('.row', { hasText: 'Ellie Smith' }).getByText('Confirm').click();
    const frame = await interstitial(page);
    await choose(frame, 'Cancel');
    await page.locator('.row', { hasText: 'Jordan Rivers' }).getByText('Confirm').click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'confirm', who: 'jordanrivers' }]);
  });

  test('a button the site re-rendered after the click still gets the replayed click', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'suggestions', 'https://www.facebook.com/friends/suggestions');
    await page.locator('.card', { hasText: 'Ellie Smith' }).getByRole('button', { name: 'Add friend' }).click();
    const frame = await interstitial(page);
    // The site re-renders while the click is held: the button the person clicked is gone.
    await rerender(page);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('My daughter');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'add-friend', who: 'ellie.smith09' }]);
  });
});
