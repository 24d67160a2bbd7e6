import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { EXTENSION_ID } from './constants';

/** The popup, opened as a page about the tab showing `url` (a toolbar popup cannot be clicked headless). */
export async function popupFor(context: BrowserContext, worker: Worker, url: string): Promise<Page> {
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tabId=${tabId}`);
  await popup.locator('main[aria-busy="true"]').waitFor({ state: 'detached', timeout: 20_000 });
  return popup;
}

/** Asks "Check a name" on the options page; resolves to the result area. */
export async function checkName(page: Page, name: string, handle = ''): Promise<Locator> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Handle', { exact: true }).fill(handle);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  return page.locator('#check-result');
}
