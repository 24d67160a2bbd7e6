import { test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, postedAnywayOnce, type ComposeBox } from '../support/compose-steps';
import { loadSchool, openSite } from '../support/contact';

// messenger.com (until it redirects to facebook.com/messages): messages send with Enter.
const message: ComposeBox = {
  open: async (page) => page.getByRole('textbox', { name: 'Message' }),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: 'Jordan Rivers',
};

test.describe('Messenger compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a risky message is held on Enter and sent once with "Send anyway"; a clean one goes at once', async ({ context, worker }) => {
    const page = await openSite(context, 'messenger', 'thread', 'https://www.messenger.com/t/100052345678901');
    await heldThenEdited(page, worker, message);
    await postedAnywayOnce(page, worker, message);
    const clean = await openSite(context, 'messenger', 'thread', 'https://www.messenger.com/t/100052345678901');
    await cleanSentOnce(clean, message);
  });
});
