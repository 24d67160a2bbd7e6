import { test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, postedAnywayOnce, type ComposeBox } from '../support/compose-steps';
import { loadSchool, openSite } from '../support/contact';

// X with the model policy pack: the post composer sends with its Post button or Ctrl+Enter (plain
// Enter is a new line); the older DM composer and Chat (inside an open shadow root) send with Enter.
const post: ComposeBox = {
  open: async (page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first(),
  send: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
  action: 'post',
};
const postByKeys: ComposeBox = { ...post, send: (page) => page.keyboard.press('Control+Enter') };
const dm: ComposeBox = {
  open: async (page) => page.locator('[data-testid="dmComposerTextInput"]'),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};
const chat: ComposeBox = {
  open: async (page) => page.locator('[data-testid="dm-composer-textarea"]'),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};
const REASON = 'Her parents asked me to thank her publicly';

test.describe('X compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a post naming a pupil is held at Post; posting anyway needs a reason and posts once', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'home', 'https://x.com/home');
    await heldThenEdited(page, worker, post);
    await postedAnywayOnce(page, worker, post, undefined, REASON);
  });

  test('Ctrl+Enter in the composer is held too; a clean post goes out once', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'home', 'https://x.com/home');
    await heldThenEdited(page, worker, postByKeys);
    const clean = await openSite(context, 'x', 'home', 'https://x.com/home');
    await cleanSentOnce(clean, postByKeys);
  });

  test('the older DM composer: a risky message is held on Enter and sent once with "Send anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'messages', 'https://x.com/messages/1003-9000');
    await heldThenEdited(page, worker, dm);
    await postedAnywayOnce(page, worker, dm);
  });

  test('Chat, inside its shadow root: a risky message is held on Enter and sent once with "Send anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'x', 'chat', 'https://x.com/i/chat/1003-9000');
    await heldThenEdited(page, worker, chat);
    await postedAnywayOnce(page, worker, chat);
  });
});
