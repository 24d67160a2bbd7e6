import { expect, test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, postedAnywayOnce, type ComposeBox } from '../support/compose-steps';
import { auditLog, choose, interstitial, loadSchool, openSite, siteActions } from '../support/contact';

// LinkedIn with the model policy pack: the share box (Quill) posts with its Post button, comments
// (TipTap/ProseMirror) with Comment, messages with Enter; a recommendation is a reference.
const post: ComposeBox = {
  open: async (page) => page.getByRole('dialog').getByRole('textbox', { name: 'Text editor for creating content' }),
  send: (page) => page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }).click(),
  action: 'post',
};
const comment: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: 'Text editor for creating comment' }).first(),
  // The submit inside the comment's own form (the post's action bar has a "Comment" button too).
  send: (page) => page.locator('form:has([aria-label="Text editor for creating comment"])').first().getByRole('button', { name: 'Comment', exact: true }).click(),
  action: 'comment',
};
const message: ComposeBox = {
  open: async (page) => page.locator('main .msg-form__contenteditable'),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};
const REASON = 'Agreed with the head and her parents';

test.describe('LinkedIn compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a post naming a pupil is held at Post; posting anyway needs a reason and posts once', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'feed', 'https://www.linkedin.com/feed/?shareActive=true');
    await heldThenEdited(page, worker, post);
    await postedAnywayOnce(page, worker, post, undefined, REASON);
  });

  test('a comment naming a pupil is held at Comment; a clean comment goes out once', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'feed', 'https://www.linkedin.com/feed/');
    await heldThenEdited(page, worker, comment);
    await postedAnywayOnce(page, worker, comment, undefined, REASON);
    const clean = await openSite(context, 'linkedin', 'feed', 'https://www.linkedin.com/feed/');
    await cleanSentOnce(clean, comment);
  });

  test('a risky message is held on Enter and sent once with "Send anyway"', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'messaging', 'https://www.linkedin.com/messaging/thread/2-am9yZGFuLXJpdmVycw==/');
    await heldThenEdited(page, worker, message);
    await postedAnywayOnce(page, worker, message);
  });

  test('a recommendation, however kind, is held as a reference with the clause', async ({ context, worker }) => {
    const page = await openSite(context, 'linkedin', 'recommendation', 'https://www.linkedin.com/in/jordan-rivers/recommendation/write/');
    const text = 'Jordan is a thoughtful and reliable colleague';
    await page.getByRole('textbox', { name: /recommendation/i }).fill(text);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('Do not give references online');
    await choose(frame, 'Edit post');
    await expect.poll(async () => (await auditLog(worker))[0]?.decision).toBe('cancelled');
    expect(await siteActions(page)).toEqual([]);
  });
});
