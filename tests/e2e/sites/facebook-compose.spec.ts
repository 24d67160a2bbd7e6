import { test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, postedAnywayOnce, type ComposeBox } from '../support/compose-steps';
import { loadSchool, openSite } from '../support/contact';

// Facebook with the model policy pack: the post dialog sends with its Post button; comments and
// messages (facebook.com/messages, where Messenger moved in 2026) send with Enter.
const post: ComposeBox = {
  open: async (page) => {
    await page.getByRole('button', { name: "What's on your mind, Sam?" }).click();
    return page.getByRole('dialog', { name: 'Create post' }).getByRole('textbox');
  },
  send: (page) => page.getByRole('dialog', { name: 'Create post' }).getByRole('button', { name: 'Post', exact: true }).click(),
  action: 'post',
};
const comment: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: /^Write a comment/ }).first(),
  send: (page) => page.keyboard.press('Enter'),
  action: 'comment',
};
const message: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: 'Message' }),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};
const REASON = 'Shared with her parents’ written consent';

test.describe('Facebook compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a post naming a pupil is held at Post; posting anyway needs a reason and posts once', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'feed', 'https://www.facebook.com/');
    await heldThenEdited(page, worker, post);
    await postedAnywayOnce(page, worker, post, undefined, REASON);
  });

  test('a comment naming a pupil is held on Enter; a clean comment goes out once', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'feed', 'https://www.facebook.com/');
    await heldThenEdited(page, worker, comment);
    await postedAnywayOnce(page, worker, comment, undefined, REASON);
    const clean = await openSite(context, 'facebook', 'feed', 'https://www.facebook.com/');
    await cleanSentOnce(clean, comment);
  });

  test('a risky message at facebook.com/messages is held on Enter and sent once with "Send anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'facebook', 'messages', 'https://www.facebook.com/messages/t/100052345678901');
    await heldThenEdited(page, worker, message);
    await postedAnywayOnce(page, worker, message);
  });
});
