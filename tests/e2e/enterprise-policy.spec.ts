import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SETTINGS_KEYS, type SettingsKey } from '../../utils/config/schema';
import { extensionWorker, launchWithExtension } from './support/browser';
import { readSettingsLayer } from './support/config';
import { EXTENSION_ID, PROJECT_ROOT } from './support/constants';
import { policyTestProfile, withEnterprisePolicy, writeEnterprisePolicy } from './support/policy';

/**
 * A school rolling Chalkline out: every settings key delivered by a real policy file, as Google Admin,
 * a GPO or a Linux policy file delivers it. Each arrives, wins over what the staff member set, and shows
 * as locked where it is edited; a change to the policy reaches an open page without a restart.
 */
const MODEL = JSON.parse(readFileSync(`${PROJECT_ROOT}rules/packs/model.json`, 'utf8')) as Record<string, unknown>;
const PACK = { ...MODEL, id: 'oakfield-2026', name: 'Oakfield Primary School 2026', source: 'oakfield-2026' };

const POLICY: Record<SettingsKey, unknown> = {
  schoolName: 'Oakfield Primary School',
  schoolAliases: ['OPS', 'Oakfield'],
  schoolWebsite: 'oakfield-primary.example.sch.uk',
  policyPack: 'oakfield-2026',
  schoolPack: JSON.stringify(PACK),
  dsl: { name: 'Sam Okafor', email: 'dsl@oakfield-primary.example.sch.uk', phone: '01632 960123' },
  staffName: 'Alex Morgan',
  reportWebhookUrl: 'https://reports.oakfield-primary.example.sch.uk/hook',
  reportWebhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  reportFormat: 'teams',
  roster: { url: 'https://mis.oakfield-primary.example.sch.uk/roster.csv', refreshMinutes: 120 },
  workingHours: { mode: 'warn', timeZone: 'Europe/Dublin', week: { mon: { hours: [['08:00', '16:00']], breaks: [] } }, termDates: [], closures: ['2026-12-21'] },
  privacyReviewDays: 60,
  logRetentionDays: 200,
  schoolOwnedDevice: true,
  officialAccounts: ['https://x.com/OakfieldPrimary*'],
};

/**
 * Where each key is edited, and what it shows when the policy above sets it: a label and the value
 * its control holds. `schoolPack` has no box of its own: it shows as the pack the school chose.
 */
const SHOWN: Record<SettingsKey, { view: 'school' | 'you'; label: string; value: string | boolean }[]> = {
  schoolName: [{ view: 'school', label: 'School name', value: 'Oakfield Primary School' }],
  schoolAliases: [{ view: 'school', label: 'Other names for the school', value: 'OPS\nOakfield' }],
  schoolWebsite: [{ view: 'school', label: 'School website', value: 'oakfield-primary.example.sch.uk' }],
  policyPack: [{ view: 'school', label: 'Policy pack', value: 'oakfield-2026' }],
  schoolPack: [{ view: 'school', label: 'Policy pack', value: 'oakfield-2026' }],
  dsl: [
    { view: 'school', label: "DSL's name", value: 'Sam Okafor' },
    { view: 'school', label: "DSL's e-mail address", value: 'dsl@oakfield-primary.example.sch.uk' },
    { view: 'school', label: "DSL's phone number (optional)", value: '01632 960123' },
  ],
  staffName: [{ view: 'you', label: 'Your name (on your reports)', value: 'Alex Morgan' }],
  reportWebhookUrl: [{ view: 'school', label: 'Report delivery address (webhook)', value: 'https://reports.oakfield-primary.example.sch.uk/hook' }],
  reportWebhookSecret: [{ view: 'school', label: 'Report signing secret', value: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }],
  reportFormat: [{ view: 'school', label: 'What the report address expects', value: 'teams' }],
  roster: [
    { view: 'school', label: 'Roster address', value: 'https://mis.oakfield-primary.example.sch.uk/roster.csv' },
    { view: 'school', label: 'Fetch the roster again every (minutes)', value: '120' },
  ],
  workingHours: [
    { view: 'school', label: 'During working hours', value: 'warn' },
    { view: 'school', label: 'Time zone', value: 'Europe/Dublin' },
    { view: 'school', label: 'Monday working hours 1, to', value: '16:00' },
    { view: 'school', label: 'Closure day 1', value: '2026-12-21' },
  ],
  privacyReviewDays: [{ view: 'school', label: 'Remind me to review my privacy settings every (days)', value: '60' }],
  logRetentionDays: [{ view: 'school', label: 'Keep my log for (days)', value: '200' }],
  schoolOwnedDevice: [{ view: 'school', label: 'This is a school-owned computer', value: true }],
  officialAccounts: [{ view: 'school', label: 'Official school accounts', value: 'https://x.com/OakfieldPrimary*' }],
};

async function openView(page: Page, view: 'school' | 'you'): Promise<void> {
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#${view}`);
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached', timeout: 20_000 });
}

test.describe('rolling out to a whole school: every setting by enterprise policy', () => {
  const profile = policyTestProfile();

  test('every key arrives, wins over the staff member\'s own value, and shows locked; their own value is kept underneath', async () => {
    test.setTimeout(90_000);
    expect(Object.keys(SHOWN).sort()).toEqual([...SETTINGS_KEYS].sort()); // a new setting needs a row here
    // The staff member's own choices first, with no policy.
    let context = await launchWithExtension({ userDataDir: profile() });
    let page = await context.newPage();
    await openView(page, 'school');
    await page.getByLabel('School name').fill('My Own Name For It');
    await page.getByRole('button', { name: 'Save school details' }).click();
    await expect(page.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');
    await context.close();

    await withEnterprisePolicy(POLICY, async () => {
      context = await launchWithExtension({ userDataDir: profile() });
      page = await context.newPage();
      for (const view of ['school', 'you'] as const) {
        await openView(page, view);
        await expect(page.getByLabel('School name').or(page.getByRole('heading', { name: 'Chalkline: for you' })).first()).toBeVisible();
        for (const [key, rows] of Object.entries(SHOWN)) {
          for (const row of rows.filter((r) => r.view === view)) {
            // A locked field's label ends with "Set by your school", so match the label's start.
            const control = page.getByLabel(new RegExp(`^${String(row.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
            if (typeof row.value === 'boolean') await expect(control, key).toBeChecked({ checked: row.value, timeout: 15_000 });
            else await expect(control, key).toHaveValue(row.value, { timeout: 15_000 });
            await expect(control, `${key} is locked`).toBeDisabled();
          }
        }
      }
      // Whole sections set by the school have nothing to save, and say so.
      await openView(page, 'school');
      await expect(page.getByRole('region', { name: 'Working hours', exact: true })).toContainText("Your school's IT team sets everything in this section");
      await expect(page.getByRole('button', { name: 'Save school details' })).toHaveCount(0);
      await expect(page.locator('label', { hasText: 'School name' })).toContainText('Set by your school');
      // Nothing the school set was written over what the staff member chose.
      expect((await readSettingsLayer(await extensionWorker(context)))?.schoolName).toBe('My Own Name For It');
      await context.close();
    });
  });

  test('a change to the policy reaches an open options page without restarting Chalkline', async () => {
    test.setTimeout(90_000);
    await withEnterprisePolicy({ schoolName: 'Oakfield Primary School' }, async () => {
      const context = await launchWithExtension({ userDataDir: profile() });
      const page = await context.newPage();
      await openView(page, 'school');
      const name = page.getByLabel('School name');
      await expect(name).toHaveValue('Oakfield Primary School', { timeout: 15_000 });

      // The IT team changes the policy; the browser picks it up on its next refresh, forced here as an
      // admin would from chrome://policy.
      writeEnterprisePolicy({ schoolName: 'Oakfield Primary Academy', privacyReviewDays: 45 });
      const admin = await context.newPage();
      await admin.goto('chrome://policy');
      await admin.getByRole('button', { name: /reload policies/i }).click();
      await expect(name).toHaveValue('Oakfield Primary Academy', { timeout: 20_000 });
      await expect(page.getByLabel('Remind me to review my privacy settings every (days)')).toHaveValue('45');
      await expect(page.getByLabel('Remind me to review my privacy settings every (days)')).toBeDisabled();
      await context.close();
    });
  });
});
