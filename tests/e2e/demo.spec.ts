import { expect, test } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/browser';
import { DEMO_BUILD, EXTENSION_ID } from './support/constants';

// What `npm start` loads: the demo build seeds a fictional school on first install, and only then.
test('the npm start demo build opens with the demo school configured', async () => {
  const context = await launchWithExtension({ build: DEMO_BUILD });
  try {
    await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
    await expect(page.getByLabel('School name')).toHaveValue('Oakfield Primary School');
    await expect(page.getByLabel("DSL's e-mail address")).toHaveValue('dsl@oakfield-primary.example.sch.uk');
    await expect(page.getByLabel('Term 1, first day')).toHaveValue('2026-09-02');
    await expect(page.getByLabel('Term 1, last day')).toHaveValue('2026-10-23');
    await expect(page.getByText('Pupils: 6. Former pupils: 1. Parents and carers: 3. Staff: 2.')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Ollie Okafor');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('#check-result')).toContainText('Oliver (Ollie) Okafor: pupil, Year 5');
  } finally {
    await context.close();
  }
});

test('the npm start profile has the toolbar icon pinned, and Chromium keeps it so', async () => {
  const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  // @ts-expect-error: a plain .mjs tool, without types.
  const { pinInProfile } = await import('../tools/demo-profile.mjs');
  const profile = mkdtempSync(join(tmpdir(), 'chalkline-demo-'));
  try {
    pinInProfile(profile, EXTENSION_ID);
    const context = await launchWithExtension({ build: DEMO_BUILD, userDataDir: profile });
    await extensionWorker(context);
    await context.close();
    // Chromium rewrote the preferences on the way out, with everything of its own, and the pin still there.
    const prefs = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
    expect(prefs.extensions.pinned_extensions).toEqual([EXTENSION_ID]);
    expect(Object.keys(prefs).length).toBeGreaterThan(3);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
