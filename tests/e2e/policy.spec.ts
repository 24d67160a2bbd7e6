import { expect, test } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/browser';
import { EXTENSION_ID } from './support/constants';
import { readSettingsLayer } from './support/config';
import { policyTestProfile, withEnterprisePolicy } from './support/policy';

// Real enterprise policy: a JSON file under /etc/chromium/policies/managed, read by Chromium at start-up
// and delivered to the extension through storage.managed, checked against public/managed_schema.json.
test.describe('enterprise policy', () => {
  const profile = policyTestProfile();

  test('a policy value arrives, wins over the local value, shows as locked and leaves the local value intact', async () => {
    // 1. The staff member sets their own value, with no policy in place.
    let context = await launchWithExtension({ userDataDir: profile() });
    let page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
    await page.getByLabel('School name').fill('My Own Name For It');
    await page.getByRole('button', { name: 'Save school details' }).click();
    await expect(page.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');
    await page.getByLabel('Remind me to review my privacy settings every (days)').fill('60');
    await page.getByRole('button', { name: 'Save privacy review and log' }).click();
    await expect(page.locator('#privacy-outcome').getByRole('status')).toHaveText('Privacy review and log settings saved');
    await context.close();

    // 2. The school applies policy for one key.
    await withEnterprisePolicy({ schoolName: 'Greenfield High School' }, async () => {
      context = await launchWithExtension({ userDataDir: profile() });
      const worker = await extensionWorker(context);
      await expect.poll(() => worker.evaluate(async () => (await chrome.storage.managed.get()).schoolName)).toBe('Greenfield High School');
      page = await context.newPage();
      await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
      const name = page.getByLabel(/School name/);
      await expect(name).toHaveValue('Greenfield High School');
      await expect(name).toBeDisabled();
      await expect(page.locator('label', { hasText: 'School name' })).toContainText('Set by your school');
      // Keys the policy does not set stay the staff member's.
      await expect(page.getByLabel(/review my privacy settings/)).toHaveValue('60');
      await expect(page.getByLabel(/review my privacy settings/)).toBeEnabled();
      // Saving the section never writes over the policy, and never loses the local value.
      await page.getByRole('button', { name: 'Save school details' }).click();
      await expect(page.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');
      const local = await readSettingsLayer(worker);
      expect(local?.schoolName).toBe('My Own Name For It');
      await context.close();
    });

    // 3. Policy removed: the staff member's own value is back.
    context = await launchWithExtension({ userDataDir: profile() });
    page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
    await expect(page.getByLabel('School name')).toHaveValue('My Own Name For It');
    await expect(page.getByLabel('School name')).toBeEnabled();
    await context.close();
  });

  test('a policy value of the right type but invalid is reported and the previous value stays in force', async () => {
    await withEnterprisePolicy({ workingHours: { mode: 'warn', timeZone: 'Mars/Olympus_Mons' }, privacyReviewDays: 30 }, async () => {
      const context = await launchWithExtension({ userDataDir: profile() });
      const page = await context.newPage();
      await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText("Your school's IT policy has a problem");
      await expect(alert).toContainText('workingHours.timeZone');
      await expect(page.getByLabel(/Time zone/)).toHaveValue('Europe/London');
      await expect(page.getByLabel(/Time zone/)).toBeEnabled();
      await expect(page.getByLabel(/review my privacy settings/)).toHaveValue('30');
      await expect(page.getByLabel(/review my privacy settings/)).toBeDisabled();
      await context.close();
    });
  });
});
