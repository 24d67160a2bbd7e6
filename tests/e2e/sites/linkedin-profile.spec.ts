import { expect, test } from '../fixtures';
import { openSite } from '../support/contact';
import { cardIsAccessible, cardSays, hideCard, noCard, oakfieldSchool, profileCard } from '../support/profile-steps';

const OWN = 'https://www.linkedin.com/in/alex-morgan-teach/';
const GOVERNOR = 'https://www.linkedin.com/in/oakfield-governor/';
const CLEAN_HEADLINE = 'Reader, walker and spreadsheet fan';

// The own-profile audit on LinkedIn, with the model pack ("Keep your school and job off your profile").
test.describe('LinkedIn own-profile audit', () => {
  test.beforeEach(async ({ context }) => oakfieldSchool(context));

  test('your own profile: a quiet card says what names the school or the job, with the clause; Hide removes it', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'own-profile', OWN);
    await cardSays(page, ['In your headline: “Class Teacher at Oakfield Primary School”']);
    await cardIsAccessible(page, /Where this rule comes from/);
    await hideCard(page);
  });

  test("silent on someone else's profile that names the school: the card comes on your own, and goes when you go back", async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'own-profile', GOVERNOR);
    await noCard(page);
    // "People also viewed" links to the staff member's own profile; the site moves there with pushState.
    await page.getByRole('complementary').getByRole('link', { name: 'Alex Morgan' }).click();
    await expect(page).toHaveURL(OWN);
    await cardSays(page, ['In your headline: “Class Teacher at Oakfield Primary School”']);
    await page.goBack();
    await expect(page).toHaveURL(GOVERNOR);
    await noCard(page);
  });

  test('the Edit intro dialog is read as you type: a clean headline leaves only the position on the card', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'own-profile', `${OWN}edit/intro/`);
    const dialog = page.getByRole('dialog', { name: 'Edit intro' });
    await cardSays(page, ['In your headline: “Class Teacher at Oakfield Primary School”']);
    // The headline is the dialog's only contenteditable (Tiptap) and has no accessible name (see the fixture).
    await dialog.locator('[contenteditable="true"]').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(CLEAN_HEADLINE);
    await expect(dialog.locator('[contenteditable="true"]')).toHaveText(CLEAN_HEADLINE);
    // Every position the fixture offers names a school or a job, so the card stays, without the headline.
    await expect(profileCard(page).getByText('In your headline:')).toHaveCount(0);
    await cardSays(page, ['In your work details: “Class Teacher at Oakfield Primary School”']);
  });

  test('the 2024 headline textarea is read as typed too', async ({ context }) => {
    const page = await openSite(context, 'linkedin', 'own-profile', `${OWN}edit/intro/?headline=textarea`);
    const dialog = page.getByRole('dialog', { name: 'Edit intro' });
    await cardSays(page, ['In your headline: “Class Teacher at Oakfield Primary School”']);
    await dialog.getByLabel('Headline*', { exact: true }).fill(CLEAN_HEADLINE);
    await expect(profileCard(page).getByText('In your headline:')).toHaveCount(0);
    await cardSays(page, ['In your work details: “Class Teacher at Oakfield Primary School”']);
  });
});
