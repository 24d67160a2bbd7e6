import { expect, test } from '../fixtures';
import { openSite } from '../support/contact';
import { cardIsAccessible, cardSays, hideCard, noCard, oakfieldSchool } from '../support/profile-steps';

// The own-profile audit on Instagram, with the model pack ("Keep your school and job off your profile").
// The own bio is "Teacher 🍎 @oakfieldprimary": the @mention names the school; a bare "Teacher" in a bio
// is not flagged (tests/unit/sites/instagram-profile.test.ts records what the auditor finds).
test.describe('Instagram own-profile audit', () => {
  test.beforeEach(async ({ context }) => oakfieldSchool(context));

  test('your own profile: a quiet card says what names the school, with the clause; Hide removes it', async ({ context }) => {
    const page = await openSite(context, 'instagram', 'own-profile', 'https://www.instagram.com/alexmorgan.teach/');
    await cardSays(page, ['In your bio: “@oakfieldprimary”']);
    await cardIsAccessible(page, /Where this rule comes from/);
    await hideCard(page);
  });

  test("silent on someone else's profile that names the school: the card goes when you leave your own, and comes back", async ({ context }) => {
    const page = await openSite(context, 'instagram', 'own-profile', 'https://www.instagram.com/oakfield.mum/');
    await noCard(page);
    // The side navigation's Profile link: "alexmorgan.teach's profile picture Profile".
    await page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: /Profile$/ }).click();
    await expect(page).toHaveURL('https://www.instagram.com/alexmorgan.teach/');
    await cardSays(page, ['In your bio: “@oakfieldprimary”']);
    // The bio's @mention leads to the school's own account: someone else's profile.
    await page.getByRole('link', { name: '@oakfieldprimary', exact: true }).click();
    await expect(page).toHaveURL('https://www.instagram.com/oakfieldprimary/');
    await noCard(page);
  });

  test('the edit form is read as you type: the card goes once the bio no longer names the school or the job', async ({ context }) => {
    const page = await openSite(context, 'instagram', 'own-profile', 'https://www.instagram.com/accounts/edit/');
    await cardSays(page, ['In your bio: “@oakfieldprimary”']);
    const bio = page.getByLabel('Bio', { exact: true });
    await bio.fill('Tea, books and hills.');
    await noCard(page);
    await bio.fill('Year 4 teacher at Oakfield Primary');
    await cardSays(page, ['In your bio: “Year 4 teacher at Oakfield Primary”']);
  });
});
