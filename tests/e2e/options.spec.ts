import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readSettingsLayer } from './support/config';

const json = (value: unknown) => ({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

test.describe('options page', () => {
  test('renders the settings form with its import controls and passes axe (WCAG 2.2 AA)', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Chalkline settings' })).toBeVisible();
    await expect(page.getByLabel('Import settings file')).toBeVisible();
    await expect(page.getByLabel('School name')).toHaveValue('');
    await expect(page.getByLabel('Policy pack', { exact: true })).toHaveValue('model');
    await expect(page.getByLabel('Monday working hours')).toHaveValue('08:30-15:30');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('a valid settings file is imported and replaces only the keys it holds', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html');
    await page.getByLabel('School name').fill('Hill Top Academy');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Your settings are saved');

    await page.getByLabel('Import settings file').setInputFiles(
      json({ dsl: { name: 'Jo Bloggs', email: 'dsl@hilltop.sch.uk' }, workingHours: { mode: 'warn' } }),
    );
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 2');
    await expect(page.getByLabel("DSL's e-mail address")).toHaveValue('dsl@hilltop.sch.uk');
    await expect(page.getByLabel('During working hours')).toHaveValue('warn');
    await expect(page.getByLabel('School name')).toHaveValue('Hill Top Academy');
    const stored = (await readSettingsLayer(worker)) as Record<string, { email?: string; mode?: string }>;
    expect(stored.schoolName).toBe('Hill Top Academy');
    expect(stored.dsl?.email).toBe('dsl@hilltop.sch.uk');
  });

  test('the form refuses bad values, names the field and keeps the saved settings', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html');
    await page.getByLabel('Monday working hours').fill('half eight till four');
    await page.getByLabel("DSL's e-mail address").fill('not-an-email');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your settings were not saved');
    await expect(alert).toBeFocused();
    // Staff read the field's own label, not the setting's path.
    const mondayProblem = alert.getByRole('link', { name: /Monday working hours: could not read “half eight till four”/ });
    await expect(mondayProblem).toBeVisible();
    await expect(page.getByLabel("DSL's e-mail address")).toHaveAttribute('aria-invalid', 'true');
    // Keyboard only: from the summary, Tab to the first problem and Enter takes focus to the field.
    await page.keyboard.press('Tab');
    await expect(mondayProblem).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Monday working hours')).toBeFocused();
    expect(await readSettingsLayer(worker)).toBeUndefined();
  });

  test('exported settings import back unchanged', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await page.getByLabel('School name').fill('Export Test School');
    await page.getByLabel('Tuesday breaks').fill('10:00-10:20, 12:15-13:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('saved');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    const exported = JSON.parse((await (await download.createReadStream()).toArray()).join('')) as { schoolName: string; workingHours: { week: { tue: { breaks: string[][] } } } };
    expect(exported.schoolName).toBe('Export Test School');
    expect(exported.workingHours.week.tue.breaks).toEqual([['10:00', '10:20'], ['12:15', '13:00']]);
  });

  test('a school policy pack file is validated and then offered as a choice', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    const pack = {
      id: 'oak-hill-2026',
      name: 'Oak Hill School 2026',
      source: 'oak-hill-2026',
      version: '2026',
      description: 'Oak Hill’s own policy.',
      rules: [
        {
          id: 'no-pupils',
          title: 'Do not befriend pupils',
          summary: 'Staff must not connect with pupils.',
          severity: 'block',
          contexts: ['contact'],
          conditions: { roles: ['pupil'] },
          citations: [{ clause: '3.1', quote: 'Staff must not befriend pupils.' }],
        },
      ],
    };
    await page.getByLabel('Import policy pack').setInputFiles(json({ ...pack, rules: [{ ...pack.rules[0], severity: 'maybe' }] }));
    await expect(page.getByRole('alert')).toContainText('rules[0].severity');
    await page.getByLabel('Import policy pack').setInputFiles(json(pack));
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Loaded the policy pack “Oak Hill School 2026”. Rules in it: 1');
    await page.getByLabel('Policy pack', { exact: true }).selectOption('oak-hill-2026');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('saved');
  });
});

test('a button that cannot be pressed looks it: grey, not the blue of one that can', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const log = page.getByRole('region', { name: 'Your log' });
  const exportButton = log.getByRole('button', { name: 'Export log (CSV)' });
  await expect(exportButton).toBeDisabled(); // nothing in the log yet
  const look = (name: string) => page.getByRole('button', { name, exact: true }).first().evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(await exportButton.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(243, 242, 241)');
  expect(await look('Save settings')).toBe('rgb(29, 79, 145)');
});
