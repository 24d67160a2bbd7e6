import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Locator, type Page, type TestInfo } from '@playwright/test';

/** WCAG 2.2 AA as axe tags it. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A phone held upright, and a 1280 × 800 window at 200% zoom (the same CSS pixels). */
export const SMALL = [
  { name: '360 px', width: 360, height: 800 },
  { name: '200% zoom', width: 640, height: 400 },
] as const;

/**
 * axe's WCAG 2.2 AA violations on the page, or only inside `include` (a frame's element): axe goes
 * into the frames it meets, so a frame is checked in place, with the page around it left out.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Screenshots at 1280 and 360 px wide, kept with the test's results and, when CHALKLINE_SCREENS_DIR
 * is set (npm run screens), written there as `<name>-<width>.png` for the committed gallery. A page
 * is pictured whole at 360 px; a frame over a site, and anything at 1280 px, as the window shows it,
 * which keeps the files small.
 */
export async function picture(page: Page, info: TestInfo, name: string, options: { whole: boolean }): Promise<void> {
  const gallery = process.env.CHALKLINE_SCREENS_DIR && resolve(process.env.CHALKLINE_SCREENS_DIR);
  if (gallery) mkdirSync(gallery, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    // Layout settles on the next frame; a frame over the page is resized by its content script then.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const path = info.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: options.whole && width === 360 });
    await info.attach(`${name}-${width}`, { path, contentType: 'image/png' });
    if (gallery) copyFileSync(path, `${gallery}/${name}-${width}.png`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * What would stop someone reading or using this document at its current size: sideways scrolling,
 * anything past the left or right edge, and text cut off by a box that hides its overflow. Run in
 * the page, or in a frame for the frame's own document. Form fields are left out: their text scrolls
 * inside them by design.
 */
export function layoutProblems(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`);
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.visually-hidden, input, textarea, select, option, svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) problems.push(`past the edge (${Math.round(box.left)}–${Math.round(box.right)} of ${width}): ${name(el)}`);
      const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) problems.push(`text cut off: ${name(el)}`);
      else if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push(`text shortened: ${name(el)}`);
      else if (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`scrolls sideways inside: ${name(el)}`);
    }
    return problems;
  });
}

/**
 * The control is on screen whole, without scrolling the page or the dialog it is in, and nothing
 * covers its middle: a person can see and press it as the screen first shows it.
 */
export async function expectInView(page: Page, control: Locator, label: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = await control.boundingBox();
  expect(box, `${label} is not on screen`).not.toBeNull();
  expect(box!.x, `${label} starts left of the window`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${label} starts above the window`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${label} runs past the right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box!.y + box!.height, `${label} is below the fold`).toBeLessThanOrEqual(viewport.height + 0.5);
  const uncovered = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
  expect(uncovered, `${label} is hidden behind something (or scrolled out of its dialog)`).toBe(true);
}

/**
 * Tabs once round the dialog in `frame` and checks each control, as it takes focus, is scrolled into
 * sight and not hidden under the dialog's sticky row of choices (WCAG 2.2, 2.4.11). Returns what was hidden.
 */
export async function focusHiddenInDialog(page: Page, frame: Frame): Promise<string[]> {
  const hidden: string[] = [];
  const count = await frame.locator('[role="alertdialog"] :is(a[href], button, summary, textarea, input, select)').count();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const seen = await frame.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('[role="alertdialog"]')) return null;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { label: (el.textContent ?? '').trim().slice(0, 40), visible: hit !== null && (el === hit || el.contains(hit)) };
    });
    // Focus has left a dialog that does not hold it: every control in it has been seen.
    if (!seen) break;
    if (!seen.visible) hidden.push(seen.label);
  }
  return hidden;
}
