import { expect, test } from '../fixtures';
import { choose, auditLog, hasInterstitial, interstitial, loadSchool, openSite, siteActions, rerender } from '../support/contact';
import { pageCannotReadRoster, passedByRelativeException, passedOnce } from '../support/contact-steps';

const profile = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

// LinkedIn with the model policy pack: pupils block (relative exception), parents warn, everyone else
// passes — except recommendations, which warn for anyone (never give references on networking sites).
test.describe('LinkedIn contact guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a roster pupil is held, the connect never happens, and Cancel is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('ellie-smith-09'));
    await page.locator('main [aria-label="Invite Ellie Smith to connect"] .artdeco-button__text').click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('heading', { name: 'Do not befriend pupils' })).toBeVisible();
    await expect(frame.getByRole('alertdialog')).toContainText('Eleanor (Ellie) Smith');
    await expect(frame.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await siteActions(page)).toEqual([]);
    await choose(frame, 'Cancel');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect(await siteActions(page)).toEqual([]);
    expect((await auditLog(worker))[0]).toMatchObject({ network: 'linkedin', action: 'connect', role: 'pupil', decision: 'cancelled' });
  });

  test('someone not on the roster passes with no interstitial, and the connect happens once', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('jordanrivers'));
    await page.locator('main [aria-label="Invite Jordan Rivers to connect"]').click();
    await passedOnce(page, { action: 'connect', who: 'jordanrivers' });
    await expect(page.locator('main [aria-label^="Pending"]')).toBeVisible();
  });

  test('a parent in "People also viewed" warns and can be connected with "Continue anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('jordanrivers'));
    await page.locator('aside li', { hasText: 'Grace Patel' }).getByRole('button', { name: 'Invite Grace Patel to connect' }).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('parent or carer');
    await choose(frame, 'Continue anyway');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'connect', who: 'gracepatel' }]);
    expect((await auditLog(worker))[0]).toMatchObject({ action: 'connect', role: 'parent', decision: 'proceeded' });
  });

  test('the relative exception needs a reason, then the connect happens once and the reason is logged', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('ellie-smith-09'));
    await page.locator('main [aria-label="Invite Ellie Smith to connect"]').click();
    await passedByRelativeException(page, worker, { action: 'connect', who: 'ellie-smith-09' });
  });

  test('the page cannot read who matched: nothing roster-derived is in its DOM, and the frame is closed to it', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('ellie-smith-09'));
    await page.locator('main [aria-label="Message Ellie Smith"] svg').click();
    await pageCannotReadRoster(page);
  });

  test('an invitation from a pupil is held; one from someone else is accepted once', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'invitations', 'https://www.linkedin.com/mynetwork/invitation-manager/');
    await page.getByRole('button', { name: 'Accept Ellie Smith’s invitation' }).click();
    const frame = await interstitial(page);
    await choose(frame, 'Cancel');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    await page.getByRole('button', { name: 'Accept Jordan Rivers’s invitation' }).click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'accept', who: 'jordanrivers' }]);
    await expect(page.locator('li', { hasText: 'Jordan Rivers is now a connection' })).toBeVisible();
  });

  test('a pupil in "People you may know" is held; someone else is connected once', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'pymk', 'https://www.linkedin.com/mynetwork/');
    await page.locator('.discover-entity-type-card', { hasText: 'Ellie Smith' }).getByText('Connect').click();
    const frame = await interstitial(page);
    await choose(frame, 'Cancel');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect((await auditLog(worker))[0]).toMatchObject({ action: 'connect', role: 'pupil', decision: 'cancelled' });
    await page.locator('.discover-entity-type-card', { hasText: 'Jordan Rivers' }).getByText('Connect').click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'connect', who: 'jordanrivers' }]);
  });

  test('opening More is never held, and a recommendation warns even for someone not on the roster', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('jordanrivers'));
    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('button', { name: 'More actions' })).toHaveAttribute('aria-expanded', 'true');
    expect(hasInterstitial(page)).toBe(false);
    await page.getByRole('button', { name: 'Recommend Jordan Rivers' }).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('heading', { name: 'Do not give references online' })).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(await siteActions(page)).toEqual([]);
    await choose(frame, 'Continue anyway');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'recommend', who: 'jordanrivers' }]);
    expect((await auditLog(worker))[0]).toMatchObject({ action: 'recommend', ruleId: 'no-references-online', decision: 'proceeded' });
  });

  test('a button the site re-rendered after the click still gets the replayed click', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'profile', profile('jordanrivers'));
    await page.locator('aside li', { hasText: 'Ellie Smith' }).getByRole('button', { name: 'Invite Ellie Smith to connect' }).click();
    const frame = await interstitial(page);
    // The site re-renders while the click is held: the button the person clicked is gone.
    await rerender(page);
    await frame.getByRole('button', { name: 'They are my relative' }).click();
    await frame.getByLabel('Why is this allowed?').fill('My daughter');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'connect', who: 'ellie-smith-09' }]);
  });
});
