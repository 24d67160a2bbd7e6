import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { expect, test } from '../fixtures';
import { auditLog, choose, hasInterstitial, interstitial, loadSchool, openSite, siteActions } from '../support/contact';
import { pressInFrame } from '../support/frames';

// Clickjacking the interstitial: the page owns the <iframe> element, so it can make it transparent,
// move it, cover it or remove it, to slide "Continue anyway" under a click meant for the page. A press
// counts only when it is trusted, the frame has been visible and undisturbed for half a second, and
// (IntersectionObserver v2, Chromium) the button is seen unobscured; the content script puts the
// frame's styles and place back. Roster: Grace Patel is a parent, so she warns and may be followed
// with "Continue anyway" (the model pack).
const FRAME = 'iframe[src$="/interstitial.html"]';
const GRACE = { action: 'follow', who: 'gracepatel' };
const COVERED = 'That press was not taken: the page was hiding or covering this Chalkline window. Please try again once you can see all of it.';

/** A roster parent followed on X: the follow is held behind the interstitial. */
async function heldFollow(context: BrowserContext): Promise<{ page: Page; frame: Frame }> {
  const page = await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
  await page.locator('aside [data-testid="UserCell"]', { hasText: 'Grace Patel' }).locator('[data-testid$="-follow"]').click();
  return { page, frame: await interstitial(page) };
}

const continueButton = (frame: Frame) => frame.getByRole('button', { name: 'Continue anyway' });

/** Where a box's middle is, moved by (dx, dy). */
const middle = (box: { x: number; y: number; width: number; height: number }, dx = 0, dy = 0) => [box.x + box.width / 2 + dx, box.y + box.height / 2 + dy] as const;

/**
 * Notes every click that reaches the frame's document, as its own script sees it (test instrument:
 * proves a click the test made really landed on "Continue anyway", trusted, and what state it was in).
 */
function recordClicks(frame: Frame): Promise<void> {
  return frame.evaluate(() => {
    const w = window as unknown as { __clicks: { trusted: boolean; on: string; disabled: string | null }[] };
    w.__clicks = [];
    window.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element).closest('button');
        w.__clicks.push({ trusted: e.isTrusted, on: button?.textContent ?? '', disabled: button?.getAttribute('aria-disabled') ?? null });
      },
      true,
    );
  });
}
const clicks = (frame: Frame) => frame.evaluate(() => (window as unknown as { __clicks: { trusted: boolean; on: string; disabled: string | null }[] }).__clicks);

/**
 * Nothing was decided: the follow is still held, and when the person now cancels, the log has that
 * and nothing before it (a press that had counted would have resolved the hold first, and the site
 * would have followed).
 */
async function stillHeldThenCancelled(page: Page, worker: Worker): Promise<void> {
  expect(await siteActions(page)).toEqual([]);
  await choose(await interstitial(page), 'Cancel');
  await expect.poll(() => hasInterstitial(page)).toBe(false);
  await expect.poll(async () => (await auditLog(worker)).map((e) => e.decision)).toEqual(['cancelled']);
  expect(await siteActions(page)).toEqual([]);
}

test.describe('fault: clickjacking the interstitial', () => {
  test.beforeEach(async ({ context }) => loadSchool(context));

  test('a transparent or moved interstitial (no decision taken)', async ({ context, worker }) => {
    const { page, frame } = await heldFollow(context);
    const button = continueButton(frame);
    // Settled: a press now would count.
    await expect(button).toBeEnabled();
    const box = (await button.boundingBox())!;
    const placed = await page.locator(FRAME).boundingBox();
    await recordClicks(frame);

    // The page makes the frame transparent and moves "Continue anyway" 150 px left and 120 px down,
    // and does it again each time the frame is put back, for as long as it waits for a click.
    await page.evaluate((selector) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector)!;
      const attack = () => {
        frame.style.setProperty('opacity', '0', 'important');
        frame.style.setProperty('transform', 'translate(-150px, 120px)', 'important');
      };
      const again = new MutationObserver(() => {
        if (frame.style.opacity !== '0' || !frame.style.transform.startsWith('translate')) attack();
      });
      again.observe(frame, { attributes: true, attributeFilter: ['style'] });
      attack();
      (window as unknown as { stopAttack: () => void }).stopAttack = () => again.disconnect();
    }, FRAME);
    await expect(button).toHaveAttribute('aria-disabled', 'true');

    // The person clicks where the page shows its own content: the transparent "Continue anyway" is there.
    await page.mouse.click(...middle(box, -150, 120));
    await expect.poll(() => clicks(frame)).toEqual([{ trusted: true, on: 'Continue anyway', disabled: 'true' }]);

    // The page stops: the frame is back where it was and opaque, and takes presses again in time.
    await page.evaluate(() => (window as unknown as { stopAttack: () => void }).stopAttack());
    await expect(page.locator(FRAME)).toHaveCSS('opacity', '1');
    await expect(page.locator(FRAME)).toHaveCSS('transform', 'none');
    await expect(button).toBeEnabled();
    expect(await page.locator(FRAME).boundingBox()).toEqual(placed);
    await stillHeldThenCancelled(page, worker);
  });

  test('something the page lays over "Continue anyway", even in the top layer, makes it refuse a press and say why', async ({ context, worker }) => {
    const { page, frame } = await heldFollow(context);
    const button = continueButton(frame);
    await expect(button).toBeEnabled();
    const box = (await button.boundingBox())!;
    await recordClicks(frame);

    // A picture of the page's own over the button, that lets clicks through to it: shown as a popover
    // after the frame, so it is drawn above it. The frame itself is not touched: only the browser's
    // visibility check (IntersectionObserver v2) can see this.
    await page.evaluate((b) => {
      const cover = document.createElement('div');
      cover.id = 'decoy';
      cover.popover = 'manual';
      cover.textContent = 'Play';
      cover.style.cssText = `position:fixed;inset:auto;left:${b.x}px;top:${b.y}px;width:${b.width}px;height:${b.height}px;margin:0;padding:0;border:0;background:#1d9bf0;color:#fff;pointer-events:none`;
      document.body.append(cover);
      cover.showPopover();
    }, box);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await page.mouse.click(...middle(box));
    await expect(frame.getByRole('alert')).toHaveText(COVERED);
    expect(await clicks(frame)).toEqual([{ trusted: true, on: 'Continue anyway', disabled: 'true' }]);

    await page.evaluate(() => document.getElementById('decoy')!.remove());
    await expect(button).toBeEnabled();
    await stillHeldThenCancelled(page, worker);
  });

  test('a press in the first moments after the interstitial appears is not taken; a real press later is, once', async ({ context, worker }) => {
    const { page, frame } = await heldFollow(context);
    // As soon as it shows: where "Continue anyway" is, and that it is not taking presses yet.
    await recordClicks(frame);
    const early = await frame.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Continue anyway')!;
      const r = button.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, disabled: button.getAttribute('aria-disabled') };
    });
    expect(early.disabled).toBe('true');
    // The frame covers the viewport from its top left corner, so its coordinates are the page's.
    await page.mouse.click(...middle(early));
    await expect.poll(() => clicks(frame)).toEqual([{ trusted: true, on: 'Continue anyway', disabled: 'true' }]);

    // Still held, and the same button takes a real press once it has been on screen for a moment.
    const button = continueButton(frame);
    await expect(button).toBeEnabled();
    expect(hasInterstitial(page)).toBe(true);
    expect(await siteActions(page)).toEqual([]);
    expect(await auditLog(worker)).toEqual([]);
    await pressInFrame(page, button);
    await expect.poll(() => siteActions(page)).toEqual([GRACE]);
    await expect.poll(async () => (await auditLog(worker)).map((e) => e.decision)).toEqual(['proceeded']);
    expect(hasInterstitial(page)).toBe(false);
  });

  test("the page's own highest layer never covers the interstitial, so it stays usable: Continue still works", async ({ context }) => {
    const { page, frame } = await heldFollow(context);
    // A site header or chat dock at the highest z-index, added after the frame, across the whole window.
    await page.evaluate(() => {
      const dock = document.createElement('div');
      dock.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,0,0,0.5);pointer-events:none';
      document.body.append(dock);
    });
    const button = continueButton(frame);
    await expect(button).toBeEnabled();
    // Still enabled a moment later: the browser's visibility check has had time to look (100 ms).
    await expect.poll(() => button.getAttribute('aria-disabled'), { intervals: [250, 250] }).toBeNull();
    await pressInFrame(page, button);
    await expect.poll(() => siteActions(page)).toEqual([GRACE]);
  });

  test('the page removing or hiding away the frame never lets the follow through: the frame comes back, and answers once', async ({ context, worker }) => {
    const { page } = await heldFollow(context);
    // Removed three times in quick succession, then moved into a hidden element of the page's.
    for (let i = 0; i < 3; i++) {
      await page.evaluate((selector) => document.querySelector(selector)?.remove(), FRAME);
      await expect(page.locator(FRAME)).toHaveCount(1);
    }
    await page.evaluate((selector) => {
      const hidden = document.createElement('div');
      hidden.style.display = 'none';
      document.body.append(hidden);
      hidden.append(document.querySelector(selector)!);
    }, FRAME);
    await expect.poll(() => page.evaluate((selector) => document.querySelector(selector)?.parentElement?.tagName, FRAME)).toBe('BODY');
    expect(await siteActions(page)).toEqual([]);

    // The frame back in place is the same interstitial, and its answer is the only one.
    const frame = await interstitial(page);
    await expect(frame.getByRole('alertdialog')).toContainText('Grace Patel');
    expect(await auditLog(worker)).toEqual([]);
    await choose(frame, 'Continue anyway');
    await expect.poll(() => siteActions(page)).toEqual([GRACE]);
    await expect.poll(async () => (await auditLog(worker)).map((e) => e.decision)).toEqual(['proceeded']);
    await expect(page.locator(FRAME)).toHaveCount(0);
  });
});
