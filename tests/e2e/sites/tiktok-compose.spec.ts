import { test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, postedAnywayOnce, type ComposeBox } from '../support/compose-steps';
import { loadSchool, openSite } from '../support/contact';

// TikTok with the model policy pack: comments and messages are sent with Enter.
const comment: ComposeBox = {
  open: async (page) => page.locator('[data-e2e="comment-input"] [contenteditable="true"]'),
  send: (page) => page.keyboard.press('Enter'),
  action: 'comment',
};
const message: ComposeBox = {
  open: async (page) => page.locator('[data-e2e="message-input-area"] [contenteditable="true"]'),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};

test.describe('TikTok compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a comment naming a pupil is held; posting anyway needs a reason and posts once', async ({ context, worker }) => {
    const page = await openSite(context, 'tiktok', 'video', 'https://www.tiktok.com/@gracepatel/video/7301000000000000100');
    await heldThenEdited(page, worker, comment);
    await postedAnywayOnce(page, worker, comment, undefined, 'Her mum asked me to post it');
  });

  test('a risky message is held and sent once with "Send anyway"; a clean one goes at once', async ({ context, worker }) => {
    const page = await openSite(context, 'tiktok', 'messages', 'https://www.tiktok.com/messages?u=jordanrivers');
    await heldThenEdited(page, worker, message);
    await postedAnywayOnce(page, worker, message);
    const clean = await openSite(context, 'tiktok', 'messages', 'https://www.tiktok.com/messages?u=jordanrivers');
    await cleanSentOnce(clean, message);
  });
});
