import { expect, type Locator, type Page, type Worker } from '@playwright/test';
import { auditLog, choose, hasInterstitial, interstitial, siteActions } from './contact';
import { FIXTURES } from './constants';

/**
 * A photo as a person attaches one. From a file on disk: Chromium then reports the input's change as
 * trusted, as it does for a person's choice (from an in-memory buffer it does not).
 */
export const PHOTO = `${FIXTURES}/files/trip-photo.jpg`;

/**
 * The compose guard's standard scenarios, shared by every network's spec: each spec says how to reach
 * its compose box and how a person sends from it (data); these say what must then be true.
 */
export interface ComposeBox {
  /** Opens the box (a dialog, a comment field) and returns its editor, focused and empty. */
  open(page: Page): Promise<Locator>;
  /** Sends as a person would: Enter, Ctrl+Enter, or a click on the send control. */
  send(page: Page): Promise<void>;
  /** What the fixture site records when it sends. */
  action: string;
  /** For messages: whom the fixture records it went to. */
  to?: string;
}

/** A post naming a pupil from the roster with a phone number: held on every network. */
export const RISKY = 'Ellie Smith in my class was brilliant today! Ring me on 07700 900123';
/** Nothing any rule is about. */
export const CLEAN = 'Lovely walk by the canal this morning, the herons were out';

type Sent = { action: string; text?: string; to?: string };
const sent = (page: Page) => siteActions(page) as unknown as Promise<Sent[]>;
const expected = (box: ComposeBox, text: string): Sent => ({ action: box.action, text, ...(box.to ? { to: box.to } : {}) });

/** Types as a person does: into the focused editor, key by key. */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}

/** A risky text is held: the frame lists what was found, Edit is focused, nothing is sent; Edit keeps it unsent and is logged. */
export async function heldThenEdited(page: Page, worker: Worker, box: ComposeBox, text = RISKY): Promise<void> {
  const editor = await box.open(page);
  await typeInto(page, editor, text);
  await box.send(page);
  const frame = await interstitial(page);
  const dialog = frame.getByRole('alertdialog');
  await expect(dialog).toContainText("a name from your school's roster");
  const edit = frame.getByRole('button', { name: /^Edit (post|message)$/ });
  await expect(edit).toBeFocused();
  expect(await sent(page)).toEqual([]);
  await choose(frame, (await edit.textContent())!);
  await expect.poll(() => hasInterstitial(page)).toBe(false);
  expect(await sent(page)).toEqual([]);
  expect((await auditLog(worker))[0]).toMatchObject({ decision: 'cancelled' });
}

/** The same text sent again and passed: "Post anyway" (with a reason where a rule blocks) sends exactly what was written, once. */
export async function postedAnywayOnce(page: Page, worker: Worker, box: ComposeBox, text = RISKY, reason?: string): Promise<void> {
  await box.send(page);
  const frame = await interstitial(page);
  const anyway = frame.getByRole('button', { name: /^(Post|Send) anyway$/ });
  if (reason) {
    await anyway.click();
    await frame.getByLabel('Why should this go out anyway?').fill(reason);
    await choose(frame, 'Go ahead and keep my reason');
  } else {
    await choose(frame, (await anyway.textContent())!);
  }
  await expect.poll(() => sent(page)).toEqual([expected(box, text)]);
  expect((await auditLog(worker))[0]).toMatchObject({ decision: 'proceeded', ...(reason ? { reason } : {}) });
  // Nothing more goes out later.
  await page.waitForTimeout(300);
  expect(await sent(page)).toEqual([expected(box, text)]);
}

/** A clean text goes out once, with no frame at any point. */
export async function cleanSentOnce(page: Page, box: ComposeBox, text = CLEAN): Promise<void> {
  const editor = await box.open(page);
  await typeInto(page, editor, text);
  await box.send(page);
  await expect.poll(() => sent(page)).toEqual([expected(box, text)]);
  expect(hasInterstitial(page)).toBe(false);
}
