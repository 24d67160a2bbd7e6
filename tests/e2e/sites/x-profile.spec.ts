import { expect, test } from '../fixtures';
import { openSite } from '../support/contact';
import { cardIsAccessible, cardSays, hideCard, noCard, oakfieldSchool } from '../support/profile-steps';

// The own-profile audit on X, with the model pack ("Keep your school and job off your profile").
test.describe('X own-profile audit', () => {
  test.beforeEach(async ({ context }) => oakfieldSchool(context));

  test('your own profile: a quiet card says what names the school or the job, with the clause; Hide removes it', async ({ context }) => {
    const page = await openSite(context, 'x', 'own-profile', 'https://x.com/alexmorgan');
    await cardSays(page, ['In your bio: “Year 4 teacher at Oakfield Primary”']);
    await cardIsAccessible(page, /Where this rule comes from/);
    await hideCard(page);
  });

  test("silent on someone else's profile that names the school: the card goes when you leave your own, and comes back", async ({ context }) => {
    const page = await openSite(context, 'x', 'own-profile', 'https://x.com/oakfieldfan');
    await noCard(page);
    await page.getByRole('link', { name: 'Profile', exact: true }).click();
    await expect(page).toHaveURL('https://x.com/alexmorgan');
    await cardSays(page, ['Oakfield Primary']);
    await page.getByRole('link', { name: 'Sam Taylor' }).first().click();
    await expect(page).toHaveURL('https://x.com/oakfieldfan');
    await noCard(page);
  });

  test('the edit form is read as you type: the card goes once the bio no longer names the school or the job', async ({ context }) => {
    const page = await openSite(context, 'x', 'own-profile', 'https://x.com/settings/profile');
    await cardSays(page, ['In your bio: “Year 4 teacher at Oakfield Primary”']);
    await page.locator('textarea[name="description"]').fill('Tea, books and hills.');
    await noCard(page);
    await page.locator('textarea[name="description"]').fill('Tea, books and hills. #OakfieldPrimary');
    await cardSays(page, ['In your bio: “#OakfieldPrimary”']);
  });
});
