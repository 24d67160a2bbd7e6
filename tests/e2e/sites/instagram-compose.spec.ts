import { test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, postedAnywayOnce, type ComposeBox } from '../support/compose-steps';
import { loadSchool, openSite } from '../support/contact';

// Instagram with the model policy pack. A pupil named in a caption or a comment is public: it blocks,
// so posting anyway needs a reason. In a message it warns.
const caption: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: 'Write a caption...' }),
  send: (page) => page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }).click(),
  action: 'caption',
};
const comment: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: 'Add a comment…' }),
  send: (page) => page.keyboard.press('Enter'),
  action: 'comment',
};
const message: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: 'Message' }),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};
const REASON = 'Her parents asked me to share it';

test.describe('Instagram compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a caption naming a pupil is held at Share; posting anyway needs a reason and shares once', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'create', 'https://www.instagram.com/');
    await heldThenEdited(page, worker, caption);
    await postedAnywayOnce(page, worker, caption, undefined, REASON);
  });

  test('a comment naming a pupil is held on Enter; a clean comment goes out once', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'post', 'https://www.instagram.com/p/C0ffee1/');
    await heldThenEdited(page, worker, comment);
    await postedAnywayOnce(page, worker, comment, undefined, REASON);
    const clean = await openSite(context, 'instagram', 'post', 'https://www.instagram.com/p/C0ffee1/');
    await cleanSentOnce(clean, comment);
  });

  test('a risky direct message is held and sent once with "Send anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'instagram', 'direct', 'https://www.instagram.com/direct/t/17842055330100002/');
    await heldThenEdited(page, worker, message);
    await postedAnywayOnce(page, worker, message);
  });
});
