import { expect, test } from '../fixtures';
import { openSite } from '../support/contact';
import { cardIsAccessible, cardSays, hideCard, noCard, oakfieldSchool } from '../support/profile-steps';

// The own-profile audit on Facebook, with the model pack ("Keep your school and job off your profile").
// The own bio says "Year 4 teacher …" and Intro says "Works at Oakfield Primary School"; Jo Parker's
// profile names the school too, and is not ours (tests/unit/sites/facebook-profile.test.ts records
// what the auditor finds).
test.describe('Facebook own-profile audit', () => {
  test.beforeEach(async ({ context }) => oakfieldSchool(context));

  test('your own profile: a quiet card says what names the school or the job, with the clause; Hide removes it', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'own-profile', 'https://www.facebook.com/alex.morgan.5');
    await cardSays(page, ['In your bio: “Year 4 teacher”', 'In your work details: “Oakfield Primary School”']);
    await cardIsAccessible(page, /Where this rule comes from/);
    await hideCard(page);
  });

  test("silent on someone else's profile that names the school: the card comes on your own, and goes when you leave it", async ({ context }) => {
    const page = await openSite(context, 'facebook', 'own-profile', 'https://www.facebook.com/oakfield.parent');
    await noCard(page);
    // The banner's account button opens a menu whose first link is one's own profile.
    await page.getByRole('button', { name: 'Your profile', exact: true }).click();
    await page.getByRole('dialog', { name: 'Your profile' }).getByRole('link', { name: 'Alex Morgan', exact: true }).click();
    await expect(page).toHaveURL('https://www.facebook.com/alex.morgan.5');
    await cardSays(page, ['In your work details: “Oakfield Primary School”']);
    // Facebook's router pushes history: Back returns to Jo's profile in the same page.
    await page.goBack();
    await expect(page).toHaveURL('https://www.facebook.com/oakfield.parent');
    await expect(page.getByRole('main').getByRole('heading', { name: 'Jo Parker', level: 1 })).toBeVisible();
    await noCard(page);
  });

  test('the workplace form is read as you type: the card goes once the company no longer names the school', async ({ context }) => {
    const page = await openSite(context, 'facebook', 'own-profile', 'https://www.facebook.com/alex.morgan.5/about_work_and_education');
    await cardSays(page, ['In your work details: “Oakfield Primary School”']);
    await page.getByRole('button', { name: 'Edit workplace', exact: true }).click();
    const company = page.getByRole('group', { name: 'Edit workplace' }).getByLabel('Company', { exact: true });
    await expect(company).toHaveValue('Oakfield Primary School');
    await cardSays(page, ['In your work details: “Oakfield Primary School”']);
    await company.fill('Leeds City Council');
    await noCard(page);
    await company.fill('OPS');
    await cardSays(page, ['In your work details: “OPS”']);
  });
});
