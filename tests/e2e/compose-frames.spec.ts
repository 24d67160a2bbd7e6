import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { RISKY, typeInto } from './support/compose-steps';
import { auditLog, hasInterstitial, interstitial, loadSchool, openSite, siteActions } from './support/contact';

// The compose guard's three frames (the hold, the hint while typing, and "could not check this yet")
// as a person meets them: WCAG 2.2 AA by axe in real Chromium, operable by keyboard alone, and
// pictured at a desktop and a phone width for the staff guide and the note.
const EDITOR = '#main footer [role="textbox"][data-lexical-editor="true"]';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('iframe').withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** What has focus inside the frame, by its accessible text. */
const focused = (frame: Frame) => frame.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Screenshots at 1280 and 360 px wide, kept with the test's results. */
async function picture(page: Page, info: TestInfo, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const path = info.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path });
    await info.attach(`${name}-${width}`, { path, contentType: 'image/png' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The frame with this extension page, once it shows something. */
async function extensionFrame(page: Page, path: string, role: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(path)), { timeout: 10_000 }).toBe(true);
  const frame = page.frames().find((f) => f.url().endsWith(path))!;
  await frame.getByRole(role as 'alertdialog').waitFor();
  return frame;
}

test.describe('compose frames', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('the hold passes axe, reason form open too, and works by keyboard alone: Tab stays inside, Escape edits, Enter sends with a reason', async ({ context, worker }, info) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#ellie');
    await typeInto(page, page.locator(EDITOR), RISKY);
    await page.keyboard.press('Enter');
    let frame = await interstitial(page);
    expect(await axeViolations(page)).toEqual([]);
    await picture(page, info, 'compose-hold');

    // Tab goes round the dialog's controls and comes back to the first; it never leaves the frame.
    expect(await focused(frame)).toBe('Edit message');
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(frame);
      order.push(now);
      if (now === 'Edit message') break;
    }
    expect(order.at(-1)).toBe('Edit message');
    expect(order).toContain('Send anyway');
    await page.keyboard.press('Escape');
    await expect.poll(() => hasInterstitial(page)).toBe(false);
    expect(await siteActions(page)).toEqual([]);
    // Focus is back in the editor, so the person can go on typing.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');

    await page.keyboard.press('Enter');
    frame = await interstitial(page);
    while ((await focused(frame)) !== 'Send anyway') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const reason = frame.getByLabel('Why should this go out anyway?');
    await expect(reason).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await picture(page, info, 'compose-hold-reason');
    await expect(reason).toBeFocused();
    await page.keyboard.type('Her mum asked me to pass this on');
    await page.keyboard.press('Tab');
    // Going ahead takes a press only once its button has been on screen for half a second.
    await expect(frame.getByRole('button', { name: 'Go ahead and keep my reason' })).toBeEnabled();
    await page.keyboard.press('Enter');
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'message', text: RISKY, to: 'Ellie Smith' }]);
    expect((await auditLog(worker))[0]).toMatchObject({ decision: 'proceeded', reason: 'Her mum asked me to pass this on' });
  });

  test('the hint while typing passes axe and takes no focus from the editor', async ({ context }, info) => {
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await typeInto(page, page.locator(EDITOR), RISKY);
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/compose-hint.html'))).toBe(true);
    const hint = page.frames().find((f) => f.url().endsWith('/compose-hint.html'))!;
    await expect(hint.locator('[role="status"]')).toContainText("a name from your school's roster");
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
    expect(await axeViolations(page)).toEqual([]);
    await picture(page, info, 'compose-hint');
    // Three kinds found: the words fit the frame whole at a desktop and a phone width (nothing clipped),
    // and the frame moves with the window.
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.locator('iframe[src$="/compose-hint.html"]').evaluate((f) => f.getBoundingClientRect().right)).toBeLessThanOrEqual(width);
      const box = hint.locator('[role="status"]');
      await expect(box).toContainText('and 2 more things');
      expect(await box.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
    }
    // Clicks go through it to the page: it is never in the way.
    expect(await page.locator('iframe[src$="/compose-hint.html"]').evaluate((f) => getComputedStyle(f).pointerEvents)).toBe('none');
  });

  test('when the background cannot answer in time, the frame says so: Try again then checks, Cancel keeps it, going ahead sends once', async ({ context, worker }, info) => {
    // Three rounds of a worker kept busy for 6 s each.
    test.setTimeout(90_000);
    const page = await openSite(context, 'whatsapp', 'chat', 'https://web.whatsapp.com/#jordan');
    await typeInto(page, page.locator(EDITOR), RISKY);
    // The worker's one thread busy for 6 s, as a cold start or a slow check leaves it: the page waits
    // 4 s for an answer and then says it has none, instead of passing the message.
    // Chromium may stop and restart a worker it found unresponsive: each time, ask for the current one.
    const current = () => context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ?? worker;
    // The loop starts on the worker's next task, before the page's check can reach it; awaiting the
    // call (which returns at once) means the worker is surely busy before Enter is pressed.
    const busy = () =>
      current().evaluate(() => {
        setTimeout(() => {
          const end = Date.now() + 6000;
          while (Date.now() < end);
        }, 0);
      });
    await busy();
    await page.keyboard.press('Enter');
    let frame = await extensionFrame(page, '/unchecked.html', 'alertdialog');
    await expect(frame.getByRole('alertdialog')).toContainText('Chalkline could not check this yet');
    expect(await focused(frame)).toBe('Cancel');
    expect(await siteActions(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await picture(page, info, 'unchecked');

    // By keyboard: Try again. The worker is free by now, so the check runs and holds the message.
    await page.keyboard.press('Tab');
    expect(await focused(frame)).toBe('Try again');
    await expect.poll(() => current().evaluate(() => 1).catch(() => 0), { timeout: 15_000 }).toBe(1);
    await page.keyboard.press('Enter');
    const hold = await interstitial(page);
    await expect(hold.getByRole('alertdialog')).toContainText("a name from your school's roster");
    await page.keyboard.press('Escape');
    await expect.poll(() => hasInterstitial(page)).toBe(false);

    // Cancel keeps it unsent.
    await busy();
    await page.keyboard.press('Enter');
    frame = await extensionFrame(page, '/unchecked.html', 'alertdialog');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/unchecked.html'))).toBe(false);
    expect(await siteActions(page)).toEqual([]);

    // Going ahead without the check is the person's choice, and sends exactly once.
    await expect.poll(() => current().evaluate(() => 1).catch(() => 0), { timeout: 15_000 }).toBe(1);
    await busy();
    await page.keyboard.press('Enter');
    frame = await extensionFrame(page, '/unchecked.html', 'alertdialog');
    await frame.getByRole('button', { name: 'Go ahead without the check' }).click();
    await expect.poll(() => siteActions(page)).toEqual([{ action: 'message', text: RISKY, to: 'Jordan Rivers' }]);
    await page.waitForTimeout(300);
    expect(await siteActions(page)).toHaveLength(1);
    // The log says so once the background answers again: a message, sent without a check.
    await expect.poll(async () => (await auditLog(current()).catch(() => []))[0], { timeout: 15_000 }).toMatchObject({ action: 'message', decision: 'unchecked', network: 'whatsapp' });
  });
});
