import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadSchool, openSite } from './support/contact';
import { blockedUrl, hoursAroundNow, setSettings } from './support/hours';
import { popupFor } from './support/options-steps';
import { serveFixture } from './support/sites';

// Flows whose other tests use the mouse, done here by keyboard alone (the warning, the compose hold, the
// banner, the options page and the review have their own keyboard tests beside their mouse ones).

/** Presses Tab until the focused element matches, failing rather than looping for ever. */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('Report to DSL from the popup, by keyboard alone: choose what it is about, press, and the report is made', async ({ context, worker }) => {
  await loadSchool(context);
  await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
  const popup = await popupFor(context, worker, 'https://x.com/ellie.smith09');
  await tabTo(popup, '#report-category');
  const category = popup.getByLabel('What is it about?');
  const before = await category.inputValue();
  await popup.keyboard.press('ArrowUp');
  await expect(category).not.toHaveValue(before);
  const chosen = await category.inputValue();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Report to DSL' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: /^Report CL-/ })).toContainText('is saved on this computer', { timeout: 15_000 });
  // The report carries the category chosen by keyboard.
  const reports = await worker.evaluate(
    () =>
      new Promise<{ record: { category: string } }[]>((resolve, reject) => {
        const open = indexedDB.open('chalkline');
        open.onsuccess = () => {
          const request = open.result.transaction('reports').objectStore('reports').getAll();
          request.onsuccess = () => resolve(request.result as { record: { category: string } }[]);
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(reports.map((r) => r.record.category)).toEqual([chosen]);
});

test('the pack editor, by keyboard alone: name, a rule turned off, and the pack file saved', async ({ openExtensionPage }) => {
  const editor = await openExtensionPage('pack-editor.html');
  await tabTo(editor, '#editor-school');
  await editor.keyboard.type('Oakfield Primary School');
  await tabTo(editor, '#rule-1-on');
  await editor.keyboard.press('Space');
  await expect(editor.getByLabel('Use "Do not befriend former pupils under 19"')).not.toBeChecked();
  await tabTo(editor, 'button:not(.secondary):not(.small)', 400);
  await expect(editor.getByRole('button', { name: 'Save the pack file' })).toBeFocused();
  const [file] = await Promise.all([editor.waitForEvent('download'), editor.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('oakfield-primary-school-policy.json');
});

test('the blocked page, by keyboard alone: when the break starts, the paused page reopens from its button', async ({ context, worker }) => {
  await setSettings(worker, { workingHours: hoursAroundNow(60, 120) });
  const served = await serveFixture(context, 'https://www.facebook.com/**', 'sites/facebook-profile.html');
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/groups/feed/');
  await setSettings(worker, { workingHours: hoursAroundNow(0, 120) });
  await page.waitForURL(blockedUrl('https://www.facebook.com/groups/feed/'), { timeout: 15_000 });
  await setSettings(worker, { workingHours: hoursAroundNow(-1, 120, [[-1, 20]]) });
  await expect(page.getByText('Your break has started.')).toBeVisible({ timeout: 15_000 });
  // From the top of the page: the "What is Chalkline?" link comes first, then the page's own button.
  await tabTo(page, 'a[href]');
  await expect(page.getByRole('link')).toBeFocused();
  await tabTo(page, 'button');
  await expect(page.getByRole('button', { name: 'Reopen Facebook' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL('https://www.facebook.com/groups/feed/');
  expect(served.hits()).toBe(2);
});
