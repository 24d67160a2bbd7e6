import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { launchWithExtension } from '../support/browser';
import { EXTENSION_ID, PROJECT_ROOT } from '../support/constants';
import { interstitial, loadSchool, openSite } from '../support/contact';
import { policyTestProfile, withEnterprisePolicy } from '../support/policy';

/**
 * Faults in what a school's enterprise policy delivers (a real policy file under /etc/chromium, so these
 * run in the enterprise-policy project, one at a time). Values of the wrong kind are left out; a broken
 * pack is reported and not used; a pack delivered by policy cannot be replaced from below.
 */
const MODEL = JSON.parse(readFileSync(`${PROJECT_ROOT}rules/packs/model.json`, 'utf8')) as { rules: { id: string; summary: string }[] };
const OAKFIELD_SUMMARY = 'Oakfield rule 4.2: never befriend or follow a pupil online.';
const oakfieldPack = () => ({
  ...MODEL,
  id: 'oakfield-2026',
  name: 'Oakfield Primary School',
  rules: MODEL.rules.map((r) => (r.id === 'no-contact-with-pupils' ? { ...r, summary: OAKFIELD_SUMMARY } : r)),
});

test.describe('fault: what the school’s policy delivers', () => {
  const profile = policyTestProfile();

  test('the school’s own pack, delivered by policy, is the one that speaks; a local file with its id is refused', async () => {
    await withEnterprisePolicy({ policyPack: 'oakfield-2026', schoolPack: JSON.stringify(oakfieldPack()) }, async () => {
      const context = await launchWithExtension({ userDataDir: profile() });
      await loadSchool(context);
      const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
      await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
      await expect((await interstitial(page, 15_000)).getByRole('alertdialog')).toContainText(OAKFIELD_SUMMARY);

      const options = await context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
      const swapped = { ...oakfieldPack(), rules: MODEL.rules.map((r) => ({ ...r, severity: 'inform' })) };
      await options.getByLabel('Import policy pack').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(swapped)) });
      await expect(options.getByRole('alert')).toContainText("is the pack your school's IT policy sets and locks");
      await context.close();
    });
  });

  test('a broken pack in policy is reported on the options page and not used: the model pack speaks instead', async () => {
    await withEnterprisePolicy({ policyPack: 'oakfield-2026', schoolPack: '{"id": "oakfield-2026", "name": "Oakfield", "rules": [' }, async () => {
      const context = await launchWithExtension({ userDataDir: profile() });
      const options = await context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
      const alert = options.getByRole('alert');
      await expect(alert).toContainText("Your school's IT policy has a problem", { timeout: 15_000 });
      await expect(alert).toContainText('schoolPack');
      await expect(alert).toContainText('not valid JSON');
      await loadSchool(context);
      const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
      await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
      const dialog = (await interstitial(page, 15_000)).getByRole('alertdialog');
      await expect(dialog).toContainText(MODEL.rules.find((r) => r.id === 'no-contact-with-pupils')!.summary.slice(0, 60));
      await context.close();
    });
  });

  test('values of the wrong kind in policy are left out, and the staff member’s own values stay theirs', async () => {
    // Chromium itself sets aside a value whose type the schema refuses (chrome://policy lists it), so
    // Chalkline never receives it. A value of the right type that Chalkline cannot use (a date that
    // does not exist) does arrive, and the options page names it for the IT team.
    const policy = { privacyReviewDays: 'often', schoolOwnedDevice: 'yes', schoolName: 'Greenfield High School', workingHours: { mode: 'block', closures: ['2026-13-01'] } };
    await withEnterprisePolicy(policy, async () => {
      const context = await launchWithExtension({ userDataDir: profile() });
      const options = await context.newPage();
      await options.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
      // The well-formed value arrives and is locked…
      await expect(options.getByLabel(/School name/)).toHaveValue('Greenfield High School', { timeout: 15_000 });
      await expect(options.getByLabel(/School name/)).toBeDisabled();
      // …the wrong-typed ones never take effect and lock nothing.
      await expect(options.getByLabel(/review my privacy settings/)).toHaveValue('90');
      await expect(options.getByLabel(/review my privacy settings/)).toBeEnabled();
      await expect(options.getByLabel(/school-owned computer/)).not.toBeChecked();
      await expect(options.getByLabel(/school-owned computer/)).toBeEnabled();
      const problem = options.getByRole('alert').filter({ hasText: "Your school's IT policy has a problem" });
      await expect(problem).toContainText('workingHours.closures[0] "2026-13-01" is not a real date');
      // …and that key falls back: the working-hours section is the staff member's to edit.
      await expect(options.getByRole('button', { name: 'Save working hours' })).toBeEnabled();
      await context.close();
    });
  });
});
