import { editorText } from '@/utils/content/editor-text';
import { buttonLabel, closestEl, handleFromHref, textOf, type PersonInfo } from '../adapter';
import type { ComposeReader, ComposeSurface, ComposeTarget } from '../compose';

/**
 * Instagram's compose boxes. Its web app (React) gives them no test ids and hashed, changing class
 * names, so they are read by role, aria-label and the editor library's markers: the caption and direct
 * message editors are Lexical (div role="textbox" contenteditable data-lexical-editor="true", moved to
 * Lexical in 2024–25), labelled "Write a caption..." and "Message"; the comment box is still a
 * <textarea aria-label="Add a comment…"> on post pages. The controls that send are <div role="button">
 * with their English word as text: posting scripts click //div[text()="Share"] in the Create dialog,
 * //div[@role="button" and text()="Post"] under a post and div[role="button"]:has-text("Send") in a chat.
 * Comments and messages send on Enter (scripts type the text and press Enter); the caption does not.
 */
export const selectors = {
  /** The Create flow is a modal role="dialog" (posting scripts scope to "div[role=dialog]"). */
  DIALOG: '[role="dialog"]',
  /** The caption editor: Lexical, aria-label "Write a caption..." (three dots; in many posting scripts). */
  COMPOSER: 'div[role="textbox"][contenteditable="true"][aria-label="Write a caption..."]',
  /** Share, the last step's control: a role="button" div in the dialog whose text is "Share". */
  SHARE_BUTTON: '[role="dialog"] div[role="button"]',
  /** The Create dialog's first step: a hidden file input in a role="presentation" form, accept "image/jpeg,…". */
  PHOTO_INPUT: 'input[type="file"][accept*="image"]',
  /**
   * The comment box: a textarea labelled "Add a comment…" (with the ellipsis character) in a
   * <form method="POST">; some surfaces render a contenteditable with the same label.
   */
  COMMENT_BOX: 'textarea[aria-label="Add a comment…"], div[role="textbox"][contenteditable="true"][aria-label="Add a comment…"]',
  /** The comment box and its Post control share a <form method="POST"> (scrapers reach the box as "form textarea"). */
  COMMENT_FORM: 'form',
  /** Post, the comment box's control: a role="button" div in the same form (older markup: button type=submit). */
  COMMENT_POST: 'form div[role="button"], form button[type="submit"]',
  /** The direct message editor: Lexical, aria-label "Message" (aria-placeholder "Message..."). */
  MESSAGE_BOX: 'div[role="textbox"][contenteditable="true"][aria-label="Message"]',
  /** Send, shown beside the message editor once it holds text: a role="button" div whose text is "Send". */
  SEND_BUTTON: 'div[role="button"]',
  /** The open chat's header, a pagelet named after its query (data-pagelet="IGDInboxHeaderOffMsys"). */
  THREAD_HEADER: '[data-pagelet="IGDInboxHeaderOffMsys"]',
  /** The header's title: the other person's display name, or the group's name. */
  THREAD_TITLE: 'h2',
  /** The header's link to the other person: aria-label "Open the profile page of <username>", href "/<username>/". */
  PROFILE_LINK: 'a[aria-label^="Open the profile page of"]',
} as const;

/** Any of the three editors, for a keydown or an input inside one. */
const EDITOR = [selectors.COMPOSER, selectors.COMMENT_BOX, selectors.MESSAGE_BOX].join(', ');

/** The controls a click can land on (the site listens on the role="button" element). */
const CONTROL = 'div[role="button"], button';

/** How far the Send control and the message editor sit apart (a composer row, a few levels deep). */
const ROW_DEPTH = 6;

/** Instagram's Reply puts "@username " at the start of the comment box; the box is otherwise the same. */
const REPLY = /^@[A-Za-z0-9_.]+/;

const disabled = (button: Element) => button.getAttribute('aria-disabled') === 'true' || button.hasAttribute('disabled');

const word = (button: Element) => buttonLabel(button).toLowerCase();

/** The first element matching `selector` within `levels` ancestors of `from`. */
function near(from: Element, selector: string, levels: number): HTMLElement | null {
  let el = from.parentElement;
  for (let depth = 0; el && depth < levels; depth += 1, el = el.parentElement) {
    const found = el.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The control with the given word among `selector` inside `root`. */
function controlIn(root: ParentNode | null, selector: string, label: string): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(selector)) if (word(el) === label) return el;
  return null;
}

/** The Send control within a composer row of the message editor. */
function sendNear(editor: Element): HTMLElement | null {
  let el = editor.parentElement;
  for (let depth = 0; el && depth < ROW_DEPTH; depth += 1, el = el.parentElement) {
    const send = controlIn(el, selectors.SEND_BUTTON, 'send');
    if (send) return send;
  }
  return null;
}

/** The header of the chat the editor is in: the nearest one among its ancestors' contents. */
function headerOf(editor: Element): Element | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    const header = el.querySelector(selectors.THREAD_HEADER);
    if (header) return header;
  }
  return null;
}

/** The other person as the chat header shows them: the title, and the handle when one profile is linked. */
function partnerOf(editor: Element): PersonInfo | null {
  const header = headerOf(editor);
  if (!header) return null;
  const handles = new Set<string>();
  for (const link of header.querySelectorAll(selectors.PROFILE_LINK)) {
    const handle =
      handleFromHref(link.getAttribute('href')) ?? /^Open the profile page of\s+(\S+)/.exec(link.getAttribute('aria-label') ?? '')?.[1];
    if (handle) handles.add(handle);
  }
  // A group chat links no single profile (or several): its title is the name, and no handle is claimed.
  const handle = handles.size === 1 ? [...handles][0] : undefined;
  const name = textOf(header, selectors.THREAD_TITLE) ?? handle;
  if (!name) return null;
  return handle ? { name, handle } : { name };
}

function target(editor: HTMLElement, submit: HTMLElement | null, surface: ComposeSurface, action: string): ComposeTarget {
  return { editor, submit, surface, action };
}

const captionTarget = (editor: HTMLElement, submit: HTMLElement | null) => target(editor, submit, 'post', 'caption');

const commentTarget = (editor: HTMLElement, submit: HTMLElement | null) =>
  target(editor, submit, 'comment', REPLY.test(editorText(editor)) ? 'reply' : 'comment');

const messageTarget = (editor: HTMLElement, submit: HTMLElement | null): ComposeTarget => ({
  ...target(editor, submit, 'message', 'message'),
  partner: partnerOf(editor),
});

function submitFor(el: Element): ComposeTarget | null {
  const button = closestEl(el, CONTROL);
  if (!button || disabled(button)) return null;
  switch (word(button)) {
    case 'share': {
      if (!button.matches(selectors.SHARE_BUTTON)) return null;
      const editor = button.closest(selectors.DIALOG)?.querySelector<HTMLElement>(selectors.COMPOSER);
      return editor ? captionTarget(editor, button) : null;
    }
    case 'post': {
      if (!button.matches(selectors.COMMENT_POST)) return null;
      const editor = button.closest(selectors.COMMENT_FORM)?.querySelector<HTMLElement>(selectors.COMMENT_BOX);
      return editor ? commentTarget(editor, button) : null;
    }
    case 'send': {
      if (!button.matches(selectors.SEND_BUTTON)) return null;
      const editor = near(button, selectors.MESSAGE_BOX, ROW_DEPTH);
      return editor ? messageTarget(editor, button) : null;
    }
    default:
      return null;
  }
}

function editorFor(el: Element): ComposeTarget | null {
  const editor = closestEl(el, EDITOR);
  if (!editor) return null;
  if (editor.matches(selectors.COMPOSER)) return captionTarget(editor, controlIn(editor.closest(selectors.DIALOG), selectors.SHARE_BUTTON, 'share'));
  if (editor.matches(selectors.COMMENT_BOX)) return commentTarget(editor, controlIn(editor.closest(selectors.COMMENT_FORM), selectors.COMMENT_POST, 'post'));
  return messageTarget(editor, sendNear(editor));
}

function enterFor(el: Element, _withModifier: boolean): ComposeTarget | null {
  const editor = closestEl(el, EDITOR);
  // Enter in the caption starts a new line; comments and messages send on Enter, with or without Ctrl.
  if (!editor || editor.matches(selectors.COMPOSER)) return null;
  return editor.matches(selectors.COMMENT_BOX) ? commentTarget(editor, null) : messageTarget(editor, null);
}

export const compose: ComposeReader = { selectors, submitFor, enterFor, editorFor };
