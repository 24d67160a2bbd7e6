import { expect, test } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/browser';
import { DEMO_BUILD, EXTENSION_ID } from './support/constants';

// What `npm start` loads: the demo build seeds a fictional school on first install, and only then.
test('the npm start demo build opens with the demo school configured', async () => {
  const context = await launchWithExtension({ build: DEMO_BUILD });
  try {
    await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect(page.getByLabel('School name')).toHaveValue('Oakfield Primary School');
    await expect(page.getByLabel("DSL's e-mail address")).toHaveValue('dsl@oakfield-primary.example.sch.uk');
    await expect(page.getByRole('textbox', { name: 'Term dates' })).toHaveValue(/2026-09-02 to 2026-10-23/);
    await expect(page.getByText('Pupils: 6. Former pupils: 1. Parents and carers: 3. Staff: 2.')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Ollie Okafor');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('#check-result')).toContainText('Oliver (Ollie) Okafor: pupil, Year 5');
  } finally {
    await context.close();
  }
});
