import { closestEl, textOf, type PersonInfo } from '../adapter';
import type { ComposeReader, ComposeTarget } from '../compose';

/**
 * TikTok's compose boxes. The web app (React) marks them with data-e2e attributes, the hooks TikTok keeps
 * for its own end-to-end tests that comment and DM bots have selected on for years; both editors are
 * Draft.js. Comments and replies: "comment-input" around the editor and the "comment-post" button; Enter
 * posts. Messages (tiktok.com/messages): "message-input-area" around the editor and the "message-send"
 * icon; Enter sends; the chat header shows "chat-nickname" and "chat-uniqueid". The 2026 messages layout
 * adds "dm-new-…" hooks, read here alongside the older ones.
 */
export const selectors = {
  /** The comment box around the Draft.js editor (comment bots type into `[data-e2e="comment-input"] [contenteditable="true"]`). */
  COMMENT_BOX: '[data-e2e="comment-input"]',
  /** Post: a div role="button" saying "Post", aria-disabled="true" while the box is empty (bots click `div[data-e2e="comment-post"][aria-disabled="false"]`). */
  COMMENT_POST: '[data-e2e="comment-post"]',
  /**
   * The DM box: DM tools wait for `div[data-e2e=message-input-area] div.DraftEditor-root` (still so in
   * 2026-08); the 2026 layout's editor container is data-e2e="dm-new-input-editor" (DM tools, 2026-06).
   */
  MESSAGE_BOX: '[data-e2e="message-input-area"], [data-e2e="dm-new-input-editor"]',
  /**
   * DM send: an <svg data-e2e="message-send"> that appears once there is text (DM bots click
   * `svg[data-e2e=message-send]`); in the 2026 layout an svg aria-label="Send" inside
   * data-e2e="dm-new-chat-bottom" (a DM tool's 2026-08 note). The click lands on the svg or its path.
   */
  SEND_BUTTON: '[data-e2e="message-send"], [data-e2e="dm-new-chat-bottom"] [aria-label="Send"]',
  /** A posted comment's text (comment-level-1; a reply's comment-level-2): the comment list, which bounds the composer. */
  COMMENT_TEXT: '[data-e2e^="comment-level-"]',
  /** Draft.js's editable element: class public-DraftEditor-content, contenteditable, role="textbox" (the library's own markup). */
  EDITOR: '.public-DraftEditor-content[contenteditable="true"], [contenteditable="true"][role="textbox"]',
  /** Draft.js's placeholder, drawn beside the contents while the box is empty. */
  PLACEHOLDER: '.public-DraftEditorPlaceholder-root',
  /** The open chat's header: the nickname (p data-e2e="chat-nickname"; "dm-new-chat-nickname" in the 2026 layout)… */
  PARTNER_NAME: '[data-e2e="chat-nickname"], [data-e2e="dm-new-chat-nickname"]',
  /** …and "@handle" (p data-e2e="chat-uniqueid", which DM tools read to check the chat; it says "@" alone while the chat loads). */
  PARTNER_HANDLE: '[data-e2e="chat-uniqueid"]',
} as const;

/** A reply is marked by the words "Reply to @handle" beside the box (English; read by its words, as contact.ts reads "Accept"). */
const REPLY_TO = /^Reply to @[\w.]+$/i;

const isDisabled = (control: Element) => control.getAttribute('aria-disabled') === 'true' || control.hasAttribute('disabled');

/** The nearest ancestor of `from` (itself included) holding an element that matches `selector`, within `levels`. */
function around(from: Element, selector: string, levels: number): Element | null {
  let el: Element | null = from;
  for (let depth = 0; el && depth <= levels; depth += 1, el = el.parentElement) if (el.querySelector(selector)) return el;
  return null;
}

/** The comment box's surroundings: its ancestors up to where the posted comments (or another box) begin. */
function composerOf(box: Element): Element {
  let scope = box;
  for (let depth = 0; depth < 4; depth += 1) {
    const up = scope.parentElement;
    if (!up || up.querySelector(selectors.COMMENT_TEXT) || up.querySelectorAll(selectors.COMMENT_BOX).length > 1) break;
    scope = up;
  }
  return scope;
}

/** Whether the comment composer shows "Reply to @handle": in the Draft.js placeholder or in a line beside the box (never in the typed text). */
function isReply(composer: Element, editor: Element): boolean {
  const placeholder = textOf(composer, selectors.PLACEHOLDER);
  if (placeholder && REPLY_TO.test(placeholder)) return true;
  const stack: Element[] = [composer];
  while (stack.length) {
    const el = stack.pop()!;
    if (el === editor) continue;
    if (el.childElementCount <= 1 && !el.contains(editor) && REPLY_TO.test((el.textContent ?? '').replace(/\s+/g, ' ').trim())) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return false;
}

/** The person the open chat is with, from the header nearest the box; null while the header shows nobody. */
function partnerOf(box: Element): PersonInfo | null {
  const header = around(box, `${selectors.PARTNER_NAME}, ${selectors.PARTNER_HANDLE}`, Infinity);
  if (!header) return null;
  const name = textOf(header, selectors.PARTNER_NAME);
  const handle = textOf(header, selectors.PARTNER_HANDLE)?.replace(/^@/, '') || undefined;
  return name || handle ? { name, handle } : null;
}

/** What sending `box` means: a comment or reply, or a message to the chat's partner. */
function targetOf(box: Element, editor: HTMLElement, submit: HTMLElement | null): ComposeTarget {
  if (box.matches(selectors.COMMENT_BOX)) {
    return { editor, submit, surface: 'comment', action: isReply(composerOf(box), editor) ? 'reply' : 'comment' };
  }
  return { editor, submit, surface: 'message', action: 'message', partner: partnerOf(box) };
}

const BOX = `${selectors.COMMENT_BOX}, ${selectors.MESSAGE_BOX}`;

function submitFor(target: Element): ComposeTarget | null {
  const control = closestEl(target, `${selectors.COMMENT_POST}, ${selectors.SEND_BUTTON}`);
  if (!control || isDisabled(control)) return null;
  const box = around(control, BOX, 6)?.querySelector(BOX);
  const editor = box?.querySelector<HTMLElement>(selectors.EDITOR);
  // The DM send control is an <svg>: it is what the site listens on (SVGElement has no click(); dispatch a MouseEvent to replay).
  return box && editor ? targetOf(box, editor, control) : null;
}

function enterFor(target: Element): ComposeTarget | null {
  // TikTok sends comments and messages on Enter, with or without Ctrl/Cmd.
  const editor = closestEl(target, selectors.EDITOR);
  const box = editor?.closest(BOX);
  return editor && box ? targetOf(box, editor, null) : null;
}

function editorFor(target: Element): ComposeTarget | null {
  const box = target.closest(BOX);
  const editor = box?.querySelector<HTMLElement>(selectors.EDITOR);
  if (!box || !editor) return null;
  const control = box.matches(selectors.COMMENT_BOX) ? selectors.COMMENT_POST : selectors.SEND_BUTTON;
  const submit = around(box, control, 4)?.querySelector<HTMLElement>(control) ?? null;
  return targetOf(box, editor, submit);
}

export const compose: ComposeReader = { selectors, submitFor, enterFor, editorFor };
