import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './support/browser';
import { EXTENSION_ID } from './support/constants';

interface ExtensionFixtures {
  /** Extra Chromium switches for this test's browser, e.g. ['--ignore-certificate-errors']. */
  launchArgs: string[];
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens one of the extension's own pages, e.g. `openExtensionPage('options.html')`. */
  openExtensionPage: (path: string) => Promise<Page>;
}

/** Playwright test with Chalkline loaded into real Chromium; every later issue builds on these fixtures. */
export const test = base.extend<ExtensionFixtures>({
  launchArgs: [[], { option: true }],
  context: async ({ launchArgs }, use) => {
    const context = await launchWithExtension({ args: launchArgs });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      // Pages show "Loading…" (aria-busy) until the settings are read, and on a new profile Chromium
      // answers the first storage.managed read only after 3–5 s (more under load): wait for it once here.
      await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached', timeout: 20_000 });
      return page;
    });
  },
});

export { expect, EXTENSION_ID };
