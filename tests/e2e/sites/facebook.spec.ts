import { expect, test } from '../fixtures';
import { auditLog, hasInterstitial, interstitial, loadSchool, openSite, siteActions, whatThePageSees } from '../support/contact';

const PROFILE_ADD_FRIEND = '[data-pagelet="ProfileActions"] [role="button"][aria-label="Add friend"]';

// Facebook with the model policy pack: pupils block (relative exception), parents warn, everyone else passes.
test.describe('Facebook contact guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a roster pupil is held, the friend request never happens, and Cancel is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/ellie.smith09');
    await page.locator(`${PROFILE_ADD_FRIEND} span span`).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('Do not');
    await expect(frame.getByRole('alertdialog')).toContainText('Eleanor (Ellie) Smith');
    await expect(frame.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await siteActions(page)).toEqual([]);
    await frame.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect(await siteActions(page)).toEqual([]);
    expect((await auditLog(worker))[0]).toMatchObject({ network: 'facebook', action: 'friend', role: 'pupil', decision: 'cancelled' });
  });

  test('someone not on the roster passes with no interstitial, and the friend request happens once', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/jordanrivers');
    await page.locator(PROFILE_ADD_FRIEND).click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'add-friend', who: 'jordanrivers' }]);
    expect(hasInterstitial(page)).toBe(false);
  });

  test('a parent in People you may know warns and can be added with "Continue anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'suggestions', 'https://www.facebook.com/friends/suggestions');
    await page.locator('.card', { hasText: 'Grace Patel' }).getByRole('button', { name: 'Add friend' }).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('parent or carer');
    await frame.getByRole('button', { name: 'Continue anyway' }).click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'add-friend', who: 'gracepatel' }]);
    expect((await auditLog(worker))[0]).toMatchObject({ role: 'parent', decision: 'proceeded' });
  });

  test('the relative exception needs a reason, then the friend request happens once and the reason is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/ellie.smith09');
    await page.locator(PROFILE_ADD_FRIEND).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByRole('button', { name: 'Go ahead and keep my reason' }).click();
    await expect(frame.getByRole('alert')).toContainText('Please write a short reason');
    expect(await siteActions(page)).toEqual([]);
    await frame.getByLabel('Why is this allowed?').fill('Ellie is my niece');
    await frame.getByRole('button', { name: 'Go ahead and keep my reason' }).click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'add-friend', who: 'ellie.smith09' }]);
    expect((await auditLog(worker))[0]).toMatchObject({ decision: 'exception', exception: 'relative', reason: 'Ellie is my niece' });
  });

  test('the page cannot read who matched: nothing roster-derived is in its DOM, and the frame is closed to it', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'profile', 'https://www.facebook.com/ellie.smith09');
    await page.locator('[data-pagelet="ProfileActions"]').getByRole('button', { name: 'Message' }).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('Year 9');
    const seen = await whatThePageSees(page);
    expect(seen.canReadFrame).toBe(false);
    for (const words of ['Eleanor', 'Year 9', "on your school's roster"]) {
      expect(seen.text).not.toContain(words);
      expect(seen.html).not.toContain(words);
    }
    expect(await siteActions(page)).toEqual([]);
  });

  test('a friend request from a pupil is held; one from someone else is confirmed once', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'requests', 'https://www.facebook.com/friends/requests');
    await page.waitForTimeout(400); // after the page's own re-render
    await page.locator('.row', { hasText: 'Ellie Smith' }).getByText('Confirm').click();
    const frame = await interstitial(page);
    await frame.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.row', { hasText: 'Jordan Rivers' }).getByText('Confirm').click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'confirm', who: 'jordanrivers' }]);
  });

  test('a button the site re-rendered after the click still gets the replayed click', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'suggestions', 'https://www.facebook.com/friends/suggestions');
    // Click before the page's own re-render at 300 ms replaces every button.
    await page.locator('.card', { hasText: 'Ellie Smith' }).getByRole('button', { name: 'Add friend' }).click();
    const frame = await interstitial(page);
    await page.waitForTimeout(400);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('My daughter');
    await frame.getByRole('button', { name: 'Go ahead and keep my reason' }).click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'add-friend', who: 'ellie.smith09' }]);
  });
});
