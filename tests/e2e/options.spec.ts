import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSettingsLayer } from './support/config';
import { axeViolations as axe } from './support/screens';
const json = (value: unknown) => ({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

/** Every box on the page shows all it holds, and the page never scrolls sideways, at this width. */
async function fitsAt(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type=file]):not([type=checkbox]):not([type=radio]), select')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.getAttribute('aria-label') ?? el.id),
  );
  expect(cut).toEqual([]);
}

test.describe('options page: the school settings', () => {
  test('a new computer opens on the school settings; both views pass axe and fit a phone and 200% zoom', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    await expect(page.getByRole('heading', { level: 1, name: "Your school's settings for Chalkline" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'School settings' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByLabel('Import settings file')).toBeVisible();
    await expect(page.getByLabel('Import roster file')).toBeVisible();
    await expect(page.getByLabel('School name')).toHaveValue('');
    await expect(page.getByLabel('Policy pack', { exact: true })).toHaveValue('model');
    await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
    await expect(page.getByLabel('Monday working hours 1, from')).toHaveValue('08:30');
    await expect(page.getByLabel('Monday working hours 1, to')).toHaveValue('15:30');
    expect(await axe(page)).toEqual([]);
    for (const width of [360, 400, 640]) await fitsAt(page, width);

    // Keyboard only: the other view is one link away, and reading starts at its heading.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: 'For you' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Chalkline: for you' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('link', { name: 'For you' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByLabel('Import settings file')).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    for (const width of [360, 640]) await fitsAt(page, width);
  });

  test('each section saves on its own, and what is typed in another is kept and marked unsaved', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('School name').fill('Hill Top Academy');
    const school = page.getByRole('region', { name: 'School', exact: true });
    await expect(school).toContainText('You have changes here that are not saved yet.');

    await page.getByLabel("DSL's name").fill('Jo Bloggs');
    await page.getByLabel("DSL's e-mail address").fill('dsl@hilltop.sch.uk');
    await page.getByRole('button', { name: 'Save DSL and reports' }).click();
    const saved = page.locator('#dsl-outcome').getByRole('status');
    await expect(saved).toHaveText('DSL and report settings saved');
    await expect(saved).toBeFocused();
    await expect.poll(async () => ((await readSettingsLayer(worker)) as { dsl?: { email?: string } } | undefined)?.dsl?.email).toBe('dsl@hilltop.sch.uk');
    expect((await readSettingsLayer(worker))?.schoolName).toBeUndefined();
    // The school's name, typed but not saved, is still there and still marked.
    await expect(page.getByLabel('School name')).toHaveValue('Hill Top Academy');
    await expect(school).toContainText('You have changes here that are not saved yet.');
    await expect(page.getByRole('region', { name: 'Designated Safeguarding Lead (DSL) and reports' })).not.toContainText('not saved yet');

    await page.getByRole('button', { name: 'Save school details' }).click();
    await expect(page.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');
    await expect(school).not.toContainText('not saved yet');
    const stored = (await readSettingsLayer(worker)) as Record<string, unknown>;
    expect(stored.schoolName).toBe('Hill Top Academy');
    expect(stored.dsl).toEqual({ name: 'Jo Bloggs', email: 'dsl@hilltop.sch.uk' });
  });

  test('the week is set with time pickers, rows added, copied and removed, and saved as periods', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Time zone').selectOption('Europe/Dublin');
    await page.getByLabel('Monday working hours 1, to').fill('16:00');
    await page.getByRole('button', { name: 'Add a break' }).first().click();
    await page.getByLabel('Monday breaks 3, from').fill('14:00');
    await page.getByLabel('Monday breaks 3, to').fill('14:10');
    await page.getByRole('button', { name: 'Remove Monday breaks 1' }).click();
    await page.getByRole('button', { name: "Use Monday's times for Tuesday to Friday" }).click();
    await expect(page.getByLabel('Friday working hours 1, to')).toHaveValue('16:00');
    await page.getByRole('button', { name: 'Remove Sunday working hours 1' }).waitFor({ state: 'detached' }); // Sunday has none
    await page.getByRole('button', { name: 'Add a term' }).click();
    await page.getByLabel('Term 1, first day').fill('2026-09-03');
    await page.getByLabel('Term 1, last day').fill('2026-10-23');
    await page.getByRole('button', { name: 'Save working hours' }).click();
    await expect(page.locator('#hours-outcome').getByRole('status')).toHaveText('Working hours saved');
    const hours = ((await readSettingsLayer(worker)) as { workingHours: { timeZone: string; week: Record<string, { hours: string[][]; breaks: string[][] }>; termDates: unknown } }).workingHours;
    expect(hours.timeZone).toBe('Europe/Dublin');
    expect(hours.week.mon).toEqual({ hours: [['08:30', '16:00']], breaks: [['12:00', '13:00'], ['14:00', '14:10']] });
    expect(hours.week.thu).toEqual(hours.week.mon);
    expect(hours.week.sun).toEqual({ hours: [], breaks: [] });
    expect(hours.termDates).toEqual([{ start: '2026-09-03', end: '2026-10-23' }]);
  });

  test('a section refuses bad values, names each in the form\'s words, links to it, and saves nothing', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByRole('button', { name: 'Add working hours' }).first().click();
    await page.getByLabel('Monday working hours 2, from').fill('16:00');
    await page.getByRole('button', { name: 'Save working hours' }).click();
    const alert = page.locator('#hours-outcome').getByRole('alert');
    await expect(alert).toContainText('Nothing in this section was saved');
    await expect(alert).toBeFocused();
    const problem = alert.getByRole('link', { name: 'Monday working hours, row 2: needs both a start time and an end time' });
    await expect(problem).toBeVisible();
    await expect(page.getByLabel('Monday working hours 2, to')).toHaveAttribute('aria-invalid', 'true');
    // Keyboard only: from the summary, Tab to the problem and Enter takes focus to that row.
    await page.keyboard.press('Tab');
    await expect(problem).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Monday working hours 2, from')).toBeFocused();

    await page.getByLabel("DSL's e-mail address").fill('not-an-email');
    await page.getByRole('button', { name: 'Save DSL and reports' }).click();
    // The value itself is quoted, so nobody has to hunt for it.
    await expect(page.locator('#dsl-outcome').getByRole('alert')).toContainText(`DSL's e-mail address: "not-an-email"`);
    expect(await axe(page)).toEqual([]);
    expect(await readSettingsLayer(worker)).toBeUndefined();
  });

  test('a settings file replaces only the keys it holds; a bad one quotes each bad value by path', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('School name').fill('Hill Top Academy');
    await page.getByRole('button', { name: 'Save school details' }).click();
    await expect(page.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');

    await page.getByLabel('Import settings file').setInputFiles(json({ workingHours: { closures: ['2026-12-21', '2026-13-01'] } }));
    await expect(page.locator('#settings-outcome').getByRole('alert')).toContainText('workingHours.closures[1] "2026-13-01" is not a real date');

    await page.getByLabel('Import settings file').setInputFiles(json({ dsl: { name: 'Jo Bloggs', email: 'dsl@hilltop.sch.uk' }, workingHours: { mode: 'warn' } }));
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 2');
    await expect(page.getByLabel("DSL's e-mail address")).toHaveValue('dsl@hilltop.sch.uk');
    await expect(page.getByLabel('During working hours')).toHaveValue('warn');
    await expect(page.getByLabel('School name')).toHaveValue('Hill Top Academy');
    const stored = (await readSettingsLayer(worker)) as Record<string, { email?: string; mode?: string }>;
    expect(stored.schoolName).toBe('Hill Top Academy');
    expect(stored.dsl?.email).toBe('dsl@hilltop.sch.uk');
  });

  test('exported settings import back unchanged', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('School name').fill('Export Test School');
    await page.getByRole('button', { name: 'Save school details' }).click();
    await page.getByLabel('Tuesday breaks 1, from').fill('10:00');
    await page.getByLabel('Tuesday breaks 1, to').fill('10:20');
    await page.getByLabel('Tuesday breaks 2, from').fill('12:15');
    await page.getByRole('button', { name: 'Save working hours' }).click();
    await expect(page.locator('#hours-outcome').getByRole('status')).toHaveText('Working hours saved');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    const exported = JSON.parse((await (await download.createReadStream()).toArray()).join('')) as { schoolName: string; workingHours: { week: { tue: { breaks: string[][] } } } };
    expect(exported.schoolName).toBe('Export Test School');
    expect(exported.workingHours.week.tue.breaks).toEqual([['10:00', '10:20'], ['12:15', '13:00']]);
  });

  test('a school policy pack file is validated and then offered as a choice', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
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
    await page.getByRole('button', { name: 'Save school details' }).click();
    await expect(page.locator('#school-outcome').getByRole('status')).toHaveText('School details saved');
    await expect.poll(async () => (await readSettingsLayer(worker))?.policyPack).toBe('oak-hill-2026');
  });
});

test.describe('options page: for you', () => {
  test('says in sentences what Chalkline does here, whose policy, who the DSL is, and when the review is due', async ({ openExtensionPage, worker }) => {
    const page = await openExtensionPage('options.html#school');
    await page.getByLabel('Import settings file').setInputFiles(json({ schoolName: 'Oak Hill School', dsl: { name: 'Sam Patel', email: 'dsl@oakhill.sch.uk' } }));
    await expect(page.locator('#settings-outcome').getByRole('status')).toContainText('Settings updated: 2');
    await page.getByLabel('Import roster file').setInputFiles({
      name: 'roster.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('first_name,last_name,role\nEllie,Smith,pupil\nJo,Smith,parent\nAmir,Khan,pupil\n'),
    });
    await expect(page.getByText('The roster was imported')).toBeVisible();

    await page.goto(page.url().replace(/#.*$/, '#you'));
    await page.reload();
    const here = page.getByRole('region', { name: 'What Chalkline does for you here' });
    await expect(here).toContainText("It keeps you inside Oak Hill School's social-media policy");
    await expect(here).toContainText('pupils: 2, former pupils: 0, parents and carers: 1');
    await expect(here).toContainText('Your Designated Safeguarding Lead is Sam Patel (dsl@oakhill.sch.uk).');
    await expect(here).toContainText('Right now:');
    const review = page.getByRole('region', { name: 'Your privacy review' });
    await expect(review).toContainText('Your next check is due');
    await expect(review.getByRole('link', { name: 'Check my privacy settings' })).toHaveAttribute('href', /review\.html$/);

    await page.getByLabel('Your name (on your reports)').fill('Alex Teacher');
    await page.getByRole('button', { name: 'Save your name' }).click();
    await expect(page.locator('#you-outcome').getByRole('status')).toHaveText('Your name is saved');
    await expect.poll(async () => (await readSettingsLayer(worker))?.staffName).toBe('Alex Teacher');
  });
});

test('links into a view land there: the popup\'s "Your log", and "On this page" within the school settings', async ({ openExtensionPage }) => {
  // A computer with nothing set up opens on the school settings, but a link to the log still finds it.
  const page = await openExtensionPage('options.html#audit-heading');
  await expect(page.getByRole('heading', { level: 1, name: 'Chalkline: for you' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your log' })).toBeInViewport();

  await page.getByRole('link', { name: 'School settings' }).click();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Working hours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Your school's settings for Chalkline" })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Working hours' })).toBeInViewport();
});

test('a button that cannot be pressed looks it: grey, not the blue of one that can', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#you');
  const log = page.getByRole('region', { name: 'Your log' });
  const exportButton = log.getByRole('button', { name: 'Export log (CSV)' });
  await expect(exportButton).toBeDisabled(); // nothing in the log yet
  expect(await exportButton.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(243, 242, 241)');
  expect(await page.getByRole('button', { name: 'Save your name' }).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 79, 145)');
});
