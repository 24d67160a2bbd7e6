import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readSettingsLayer } from './support/config';
import { FIXTURES } from './support/constants';

const calendar = (name: string) => `${FIXTURES}/calendars/${name}`;
type Stored = { workingHours?: { termDates: { start: string; end: string }[]; closures: string[] } } | undefined;

test.describe('importing term dates from a school calendar', () => {
  test('a school year is previewed, then saved as terms and closures; INSET days stay working days', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import term dates (iCalendar)').setInputFiles(calendar('school-year-2026-27.ics'));

    const preview = page.getByRole('group', { name: 'Term dates in “school-year-2026-27.ics”' });
    await expect(preview).toBeFocused();
    await expect(preview).toContainText('Found 3 terms, 16 closure days and 4 INSET days (INSET days stay working days)');
    await expect(preview.getByRole('listitem').first()).toHaveText('Tue 1 September 2026 to Fri 18 December 2026');
    await preview.getByText('Events not used (4)').click();
    await expect(preview).toContainText('Parents’ Evening (Years 3, 4 and 5), Tue 13 October 2026: not a term, holiday or INSET day');
    expect(await readSettingsLayer(worker)).toBeUndefined(); // nothing changes before "Use these dates"

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    await preview.getByRole('button', { name: 'Use these dates' }).click();
    await expect(page.locator('#hours-outcome').getByRole('status')).toContainText('Term dates saved: 3 terms and 16 closure days');
    const stored = (await readSettingsLayer(worker)) as Stored;
    expect(stored?.workingHours?.termDates).toEqual([
      { start: '2026-09-01', end: '2026-12-18' },
      { start: '2027-01-04', end: '2027-03-25' },
      { start: '2027-04-12', end: '2027-07-21' },
    ]);
    expect(stored?.workingHours?.closures).toHaveLength(16);
    expect(stored?.workingHours?.closures).toContain('2026-10-26');
    expect(stored?.workingHours?.closures).toContain('2027-05-03');
    for (const inset of ['2026-09-01', '2026-09-02', '2026-10-23', '2027-01-04']) expect(stored?.workingHours?.closures).not.toContain(inset);
    // The form shows them as rows of date pickers, one per term.
    await expect(page.getByLabel('Term 1, first day')).toHaveValue('2026-09-01');
    await expect(page.getByLabel('Term 3, last day')).toHaveValue('2027-07-21');
    await expect(page.getByLabel('Term 4, first day')).toHaveCount(0);
  });

  test('closure days already saved are kept when term dates are imported', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByRole('button', { name: 'Add a closure day' }).click();
    await page.getByLabel('Closure day 1', { exact: true }).fill('2026-11-05');
    await page.getByRole('button', { name: 'Save working hours' }).click();
    await expect(page.locator('#hours-outcome').getByRole('status')).toHaveText('Working hours saved');

    await page.getByLabel('Import term dates (iCalendar)').setInputFiles(calendar('term-markers-2026-27.ics'));
    await page.getByRole('button', { name: 'Use these dates' }).click();
    await expect(page.locator('#hours-outcome').getByRole('status')).toContainText('Term dates saved: 3 terms');
    const stored = (await readSettingsLayer(worker)) as Stored;
    expect(stored?.workingHours?.closures).toHaveLength(17);
    expect(stored?.workingHours?.closures).toContain('2026-11-05');
  });

  test('Cancel leaves the settings alone and returns focus to the file input', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    const input = page.getByLabel('Import term dates (iCalendar)');
    await input.setInputFiles(calendar('school-year-2026-27.ics'));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: 'Use these dates' })).toHaveCount(0);
    await expect(input).toBeFocused();
    expect(await readSettingsLayer(worker)).toBeUndefined();
  });

  test('a broken file or a saved web page is refused with a plain reason and nothing changes', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    const input = page.getByLabel('Import term dates (iCalendar)');
    await input.setInputFiles(calendar('broken-download.ics'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nothing was changed: “broken-download.ics” could not be used');
    await expect(alert).toContainText('This calendar file is incomplete or damaged');
    await expect(page.getByRole('button', { name: 'Use these dates' })).toHaveCount(0);

    await input.setInputFiles(calendar('term-dates-page.ics'));
    await expect(alert).toContainText('This file is a web page, not a calendar');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    expect(await readSettingsLayer(worker)).toBeUndefined();
  });
});
