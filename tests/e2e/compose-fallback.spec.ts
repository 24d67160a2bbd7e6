import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CLEAN, cleanSentOnce, heldThenEdited, postedAnywayOnce, RISKY, typeInto, type ComposeBox } from './support/compose-steps';
import { hasInterstitial, interstitial, loadSchool, siteActions } from './support/contact';
import { serveFixture } from './support/sites';

// The fallback reader on a guarded host: compose boxes in markup no network reader knows
// (tests/fixtures/fallback/unknown-composer.html, served at a Facebook address).
async function openUnknown(context: BrowserContext): Promise<Page> {
  await serveFixture(context, 'https://www.facebook.com/**', 'fallback/unknown-composer.html');
  const page = await context.newPage();
  await page.goto('https://www.facebook.com/composer/new');
  await page.waitForFunction(() => (window as unknown as { __settled?: boolean }).__settled === true);
  return page;
}

const writer: ComposeBox = {
  open: async (page) => page.locator('#writer'),
  send: (page) => page.getByRole('button', { name: 'Post' }).click(),
  action: 'post',
};
const note: ComposeBox = {
  open: async (page) => page.locator('#note'),
  send: (page) => page.keyboard.press('Control+Enter'),
  action: 'post',
};

test.describe('compose guard fallback for boxes no network reader knows', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a risky text sent with a control named Post is held; edit keeps it, "Post anyway" posts it once', async ({ context, worker }) => {
    const page = await openUnknown(context);
    await heldThenEdited(page, worker, writer);
    // A pupil named in a public post: the rule forbids it, so going ahead needs a reason.
    await postedAnywayOnce(page, worker, writer, undefined, 'Checking the fallback with a made-up post');
  });

  test('a clean text goes out once, with no frame', async ({ context }) => {
    const page = await openUnknown(context);
    await cleanSentOnce(page, writer, CLEAN);
  });

  test('Ctrl+Enter in a text box is held when the text is risky', async ({ context, worker }) => {
    const page = await openUnknown(context);
    await heldThenEdited(page, worker, note);
  });

  test('a search box is not a compose box: Ctrl+Enter there is never held', async ({ context }) => {
    const page = await openUnknown(context);
    await typeInto(page, page.locator('#search'), RISKY);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'search', text: RISKY }]);
    expect(hasInterstitial(page)).toBe(false);
  });

  test('plain Enter in a box we do not know is a new line, never held', async ({ context }) => {
    const page = await openUnknown(context);
    await typeInto(page, page.locator('#writer'), RISKY);
    await page.keyboard.press('Enter');
    await page.keyboard.type('second line');
    await expect(page.locator('#writer')).toContainText('second line');
    expect(hasInterstitial(page)).toBe(false);
    // The Post control still is held.
    await writer.send(page);
    await interstitial(page);
  });
});
