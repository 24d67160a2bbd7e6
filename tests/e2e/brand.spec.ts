import { expect, test } from './fixtures';
import { EXTENSION_ID } from './support/constants';
import { interstitial, loadSchool, openSite } from './support/contact';
import { axeViolations } from './support/screens';

// Who is speaking: every frame and page says Chalkline, and links to what Chalkline is.
test.describe('Chalkline says who it is', () => {
  test('"What is Chalkline?" is plain, accessible and fits a phone', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('why.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is Chalkline?');
    await expect(page.getByRole('main')).toContainText('Nothing about your browsing, what you type or whom you contact is sent anywhere');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('the warning over a social network names Chalkline, and its last link says why it is there', async ({ context }) => {
    await loadSchool(context);
    const page = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
    await page.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
    const frame = await interstitial(page);
    const dialog = frame.getByRole('alertdialog');
    await expect(dialog.locator('.brand')).toHaveText('Chalkline');
    const why = dialog.getByRole('link', { name: 'Why am I seeing this?' });
    // Last in the dialog: Cancel keeps the focus, and the link comes after every choice.
    await expect(frame.getByRole('button', { name: 'Cancel' })).toBeFocused();
    const last = await frame.evaluate(() => [...document.querySelectorAll('[role=alertdialog] a, [role=alertdialog] button, [role=alertdialog] summary')].at(-1)?.textContent);
    expect(last).toBe('Why am I seeing this?');
    const [opened] = await Promise.all([context.waitForEvent('page'), why.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${EXTENSION_ID}/why.html`);
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText('What is Chalkline?');
    // The warning is still there, waiting for the person's choice.
    await expect(dialog).toBeVisible();
  });

  for (const path of ['options.html', 'review.html', 'popup.html']) {
    test(`${path} carries the mark, the name and the link`, async ({ openExtensionPage }) => {
      const page = await openExtensionPage(path);
      await expect(page.locator('.brand').first()).toContainText('Chalkline');
      await expect(page.getByRole('link', { name: 'Why am I seeing this?' })).toHaveAttribute('href', `chrome-extension://${EXTENSION_ID}/why.html`);
    });
  }
});
