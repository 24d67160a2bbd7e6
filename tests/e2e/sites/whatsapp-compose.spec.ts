import { expect, test } from '../fixtures';
import { cleanSentOnce, heldThenEdited, PHOTO, postedAnywayOnce, RISKY, typeInto, type ComposeBox } from '../support/compose-steps';
import { auditLog, choose, hasInterstitial, interstitial, loadSchool, openSite, siteActions, whatThePageSees } from '../support/contact';

// WhatsApp Web with the model policy pack: messages are checked when Enter sends them.
const EDITOR = '#main footer [role="textbox"][data-lexical-editor="true"]';
const chat = (who: string): ComposeBox => ({
  open: async (page) => page.locator(EDITOR),
  send: (page) => page.keyboard.press('Enter'),
  action: 'message',
  to: who,
});

test.describe('WhatsApp Web compose guard', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a risky message is held on Enter and kept when the person edits; "Send anyway" sends it once and logs it', async ({ context, worker }) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await heldThenEdited(page, worker, chat('Jordan Rivers'));
    await postedAnywayOnce(page, worker, chat('Jordan Rivers'));
  });

  test('a clean message is sent once with no frame', async ({ context }) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await cleanSentOnce(page, chat('Jordan Rivers'));
  });

  test('any message to a pupil is held, and needs a reason to send', async ({ context, worker }) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#ellie');
    await typeInto(page, page.locator(EDITOR), 'See you tomorrow');
    await page.keyboard.press('Enter');
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('Eleanor (Ellie) Smith, a pupil');
    await frame.getByRole('button', { name: 'Send anyway' }).click();
    await choose(frame, 'Go ahead and keep my reason');
    await expect(frame.getByRole('alert')).toContainText('Please say why');
    expect(await siteActions(page)).toEqual([]);
    await frame.getByLabel('Why should this go out anyway?').fill('Her mum asked me to pass on the trip time');
    await choose(frame, 'Go ahead and keep my reason');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'message', text: 'See you tomorrow', to: 'Ellie Smith' }]);
    expect((await auditLog(worker))[0]).toMatchObject({ action: 'message', decision: 'proceeded', ruleId: 'no-contact-with-pupils' });
  });

  test('a photo attached warns (images of pupils), even with a clean caption', async ({ context }) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await page.locator('input[type="file"][accept*="image"]').setInputFiles(PHOTO);
    await typeInto(page, page.locator(EDITOR), 'Look at this');
    await page.keyboard.press('Enter');
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('Do not post photos of pupils');
  });

  test('while typing, a quiet hint beside the editor says what was noticed, in a frame the page cannot read', async ({ context }) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await typeInto(page, page.locator(EDITOR), RISKY);
    const hintFrame = async () => page.frames().find((f) => f.url().endsWith('/compose-hint.html'));
    await expect.poll(async () => (await (await hintFrame())?.locator('[role="status"]').textContent().catch(() => '')) ?? '').toContain("a name from your school's roster");
    const seen = await whatThePageSees(page);
    expect(seen.canReadFrame).toBe(false);
    expect(seen.text).not.toContain('roster');
    // Clearing the box takes the hint away.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('See you later');
    await expect.poll(async () => (await hintFrame()) === undefined).toBe(true);
    expect(await siteActions(page)).toEqual([]);
  });

  test("the page's own synthetic Enter is never checked and never shows a frame", async ({ context }) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await typeInto(page, page.locator(EDITOR), RISKY);
    await page.locator(EDITOR).evaluate((el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'message', text: RISKY, to: 'Jordan Rivers' }]);
    await page.waitForTimeout(300);
    expect(hasInterstitial(page)).toBe(false);
  });
});
