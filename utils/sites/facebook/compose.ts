import { closestEl, textOf, type PersonInfo } from '../adapter';
import type { ComposeReader, ComposeSurface, ComposeTarget } from '../compose';
import { facebookHandle } from './contact';

/** Lexical's root element, as Lexical's ContentEditable renders it: contenteditable, role="textbox", data-lexical-editor="true". */
const EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
/** The Create post dialog (English label; "Create Post" in older builds). */
const POST_DIALOG = '[role="dialog"][aria-label="Create post"], [role="dialog"][aria-label="Create Post"]';

/**
 * Facebook's compose boxes (the feed's Create post dialog, comment and reply boxes, and Messenger,
 * which moved to facebook.com/messages in 2026 and shares its markup with messenger.com). Class names
 * are generated and change with every release, so nothing here uses them. Every editor is Lexical
 * (div contenteditable role="textbox" data-lexical-editor="true", paragraphs p[dir=auto] >
 * span[data-lexical-text], the placeholder a sibling div); posting scripts select
 * 'div[role="textbox"][data-lexical-editor="true"]' inside 'div[role="dialog"][aria-label="Create post"]'
 * and click 'div[aria-label="Post"][role="button"]'. The editors are told apart by their English
 * aria-label ("What's on your mind, <name>?", "Write a comment…", "Reply to <name>", "Message") and by
 * where they sit: the post dialog, a comment form (form role="presentation", whose submit sits in
 * #focused-state-composer-submit), or Messenger's "Thread composer" region.
 */
export const selectors = {
  /** Any Lexical editor: the attributes Lexical's ContentEditable sets ('div[contenteditable="true"][data-lexical-editor="true"]' in scripts). */
  EDITOR,
  /** The Create post dialog: div role="dialog" aria-label="Create post" (scripts wait for 'div[role="dialog"][aria-label="Create post"]'). */
  POST_DIALOG,
  /** The post editor: the Lexical editor inside that dialog (aria-label "What's on your mind, <first name>?"). */
  COMPOSER: POST_DIALOG.split(', ').map((dialog) => `${dialog} ${EDITOR}`).join(', '),
  /** Post: div role="button" aria-label="Post", aria-disabled="true" while the editor is empty (scripts click 'div[aria-label="Post"][role="button"]'). */
  POST_BUTTON: '[role="button"][aria-label="Post"]',
  /** A comment or reply composer: form role="presentation" (scripts: '[aria-posinset] form[role="presentation"]:has([role="textbox"])'). */
  COMMENT_FORM: 'form[role="presentation"]',
  /**
   * A comment box by its label: "Write a comment…", "Write a public comment…", "Comment as <name>",
   * "Leave a comment" (scripts select '[aria-label^="Write a comment"]' and '[aria-label^="Comment as " i]'), or a reply box.
   */
  COMMENT_BOX: [
    '[role="textbox"][aria-label^="Write a comment"]',
    '[role="textbox"][aria-label^="Write a public comment"]',
    '[role="textbox"][aria-label^="Comment as "]',
    '[role="textbox"][aria-label^="Leave a comment"]',
    '[role="textbox"][aria-label^="Reply to "]',
  ].join(', '),
  /** A reply box: aria-label "Reply to <name>" (page-cleaning styles hide '[aria-label^="Reply to"]'). */
  REPLY_BOX: '[role="textbox"][aria-label^="Reply to "]',
  /**
   * The comment form's submit: a role="button" inside div#focused-state-composer-submit (scripts click
   * '#focused-state-composer-submit div[role="button"]'), labelled "Comment" ('div[aria-label="Comment"][role="button"]'),
   * "Post comment" in some builds, "Reply" assumed for reply boxes.
   */
  COMMENT_BUTTON: [
    '#focused-state-composer-submit [role="button"]',
    '[role="button"][aria-label="Comment"]',
    '[role="button"][aria-label="Post comment"]',
    '[role="button"][aria-label="Reply"]',
  ].join(', '),
  /** The message editor: Lexical, aria-label "Message" ('div[aria-label="Message"][contenteditable="true"]'); older "Type a message…", "Aa". */
  MESSAGE_BOX: [
    '[role="textbox"][aria-label="Message"]',
    '[role="textbox"][aria-label="Type a message…"]',
    '[role="textbox"][aria-label="Type a message..."]',
    '[role="textbox"][aria-label="Aa"]',
  ].join(', '),
  /** Messenger's composer row: div role="region" aria-label="Thread composer" (confirmed on a live DOM by a Messenger cleaner). */
  MESSAGE_COMPOSER: '[role="region"][aria-label="Thread composer"]',
  /** Send, once the editor holds text: role="button" aria-label "Press enter to send" (scripts; "Press Enter to send", older "Send"). */
  SEND_BUTTON: [
    '[role="button"][aria-label="Press enter to send"]',
    '[role="button"][aria-label="Press Enter to send"]',
    '[role="button"][aria-label="Send"]',
  ].join(', '),
  /** A conversation: the role="main" pane (facebook.com/messages, messenger.com), or a floating chat tab (role="dialog"). */
  THREAD: '[role="main"], [role="dialog"]',
  /** The conversation header's title: the first h2 in the pane, the person's name inside a link to their profile, or a group's name. */
  THREAD_HEADER: '[role="main"] h2, [role="dialog"] h2',
  /** The message list: role="grid" aria-label "Messages in conversation with <name>" (scripts select '[aria-label^="Messages in conversation with"]'). */
  MESSAGE_LIST: '[aria-label^="Messages in conversation with "]',
  /** Any control: Facebook renders buttons as div role="button" (a few real <button>s in dialogs). */
  BUTTON: '[role="button"], button',
  /** The photo input of the post dialog, a comment box and the message composer: input type=file, accept "image/*,…,video/*". */
  PHOTO_INPUT: 'input[type="file"][accept*="image"]',
} as const;

/** How far apart a Send control and its editor sit in a composer row when no region names the row. */
const ROW_DEPTH = 8;

/** True when the control cannot be used now (disabled, or marked so for assistive technology). */
export function isDisabled(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

/** The one editor inside `root`, or null when it holds none or several (then nothing is claimed). */
function onlyEditor(root: ParentNode | null | undefined): HTMLElement | null {
  const editors = root?.querySelectorAll<HTMLElement>(EDITOR);
  return editors?.length === 1 ? editors[0]! : null;
}

/**
 * The element on the way up from `from` (itself included) holding the first of `selector`, for at
 * most `levels` ancestors and never above a conversation or dialog (`stop`).
 */
function nearest(from: Element, selector: string, levels: number, stop: string): HTMLElement | null {
  let el: Element | null = from;
  for (let depth = 0; el && depth <= levels; depth++, el = el.parentElement) {
    const found = el.matches(selector) ? el : el.querySelector(selector);
    if (found) return found as HTMLElement;
    if (el.matches(stop)) return null;
  }
  return null;
}

/** The message editor a Send control sends: the one in its "Thread composer" region, or the nearest one up its composer row. */
export function messageEditorFor(send: Element): HTMLElement | null {
  const region = send.closest(selectors.MESSAGE_COMPOSER);
  if (region) return onlyEditor(region);
  let el = send.parentElement;
  for (let depth = 0; el && depth < ROW_DEPTH; depth++, el = el.parentElement) {
    const editors = el.querySelectorAll<HTMLElement>(EDITOR);
    if (editors.length === 1) return editors[0]!;
    if (editors.length > 1 || el.matches(selectors.THREAD)) return null;
  }
  return null;
}

/** The Send control beside a message editor, when it shows one (it shows "Send a like" while empty). */
export function sendControlFor(editor: Element): HTMLElement | null {
  const region = editor.closest(selectors.MESSAGE_COMPOSER);
  if (region) return region.querySelector<HTMLElement>(selectors.SEND_BUTTON);
  return nearest(editor, selectors.SEND_BUTTON, ROW_DEPTH, selectors.THREAD);
}

/**
 * The other person in the conversation an element sits in, as its header shows them: the header's
 * title (the first h2 of the pane) with the handle from the profile link around or inside it, a group's
 * name alone, the name in the message list's label when the header shows no title, and null when the
 * pane shows nobody (a new message with no one chosen yet).
 */
export function messagePartner(inside: Element): PersonInfo | null {
  const thread = inside.closest(selectors.THREAD);
  if (!thread) return null;
  const heading = thread.querySelector(selectors.THREAD_HEADER);
  const name = textOf(thread, selectors.THREAD_HEADER);
  if (heading && name) {
    const link = heading.closest('a[href]') ?? heading.querySelector('a[href]');
    const handle = facebookHandle(link?.getAttribute('href'));
    return handle ? { name, handle } : { name };
  }
  const label = thread.querySelector(selectors.MESSAGE_LIST)?.getAttribute('aria-label');
  const listed = label?.slice('Messages in conversation with '.length).replace(/\s+/g, ' ').trim();
  return listed ? { name: listed } : null;
}

/** A message target for an editor. */
export function messageTarget(editor: HTMLElement, submit: HTMLElement | null): ComposeTarget {
  return { editor, submit, surface: 'message', action: 'message', partner: messagePartner(editor) };
}

/** Which kind of box an editor is: the post dialog's, a message composer, a comment or reply box, or none of ours. */
function surfaceOf(editor: Element): ComposeSurface | null {
  if (editor.closest(POST_DIALOG)) return 'post';
  if (editor.matches(selectors.MESSAGE_BOX) || editor.closest(selectors.MESSAGE_COMPOSER)) return 'message';
  if (editor.matches(selectors.COMMENT_BOX) || editor.closest(selectors.COMMENT_FORM)) return 'comment';
  return null;
}

/** The control that sends a comment box: the submit in its form. */
function commentControlFor(editor: Element): HTMLElement | null {
  return editor.closest(selectors.COMMENT_FORM)?.querySelector<HTMLElement>(selectors.COMMENT_BUTTON) ?? null;
}

/** The compose target for an editor, with `submit` as given. */
function targetOf(editor: HTMLElement, surface: ComposeSurface, submit: HTMLElement | null): ComposeTarget {
  if (surface === 'message') return messageTarget(editor, submit);
  if (surface === 'post') return { editor, submit, surface, action: 'post' };
  return { editor, submit, surface, action: editor.matches(selectors.REPLY_BOX) ? 'reply' : 'comment' };
}

/** The editor a Post button posts: a comment form's (some builds label its submit "Post"), its own dialog's, or the open Create post dialog's (the Pages flow puts Post in a second dialog). */
function postEditorFor(button: Element): HTMLElement | null {
  const form = button.closest(selectors.COMMENT_FORM);
  if (form) return onlyEditor(form);
  const dialog = button.closest(POST_DIALOG);
  if (dialog) return onlyEditor(dialog);
  return button.ownerDocument.querySelector<HTMLElement>(selectors.COMPOSER);
}

function submitFor(clicked: Element): ComposeTarget | null {
  const button = closestEl(clicked, selectors.BUTTON);
  if (!button || isDisabled(button)) return null;
  let editor: HTMLElement | null = null;
  let allowed: ComposeSurface[];
  if (button.matches(selectors.SEND_BUTTON)) {
    editor = messageEditorFor(button);
    allowed = ['message'];
  } else if (button.matches(selectors.POST_BUTTON)) {
    editor = postEditorFor(button);
    allowed = ['post', 'comment'];
  } else if (button.matches(selectors.COMMENT_BUTTON)) {
    // Only inside a comment form: the post's own "Comment" control, in its action bar, opens the box.
    editor = onlyEditor(button.closest(selectors.COMMENT_FORM));
    allowed = ['comment'];
  } else {
    return null;
  }
  if (!editor) return null;
  const surface = surfaceOf(editor);
  return surface && allowed.includes(surface) ? targetOf(editor, surface, button) : null;
}

function enterFor(keyTarget: Element): ComposeTarget | null {
  const editor = closestEl(keyTarget, EDITOR);
  if (!editor) return null;
  const surface = surfaceOf(editor);
  // Comments and messages send on Enter (with or without Ctrl/Cmd); Enter in the post dialog is a new line.
  if (!surface || surface === 'post') return null;
  return targetOf(editor, surface, null);
}

function editorFor(inside: Element): ComposeTarget | null {
  const editor = closestEl(inside, EDITOR);
  if (!editor) return null;
  const surface = surfaceOf(editor);
  if (!surface) return null;
  const submit =
    surface === 'post'
      ? (editor.closest(POST_DIALOG)?.querySelector<HTMLElement>(selectors.POST_BUTTON) ?? null)
      : surface === 'comment'
        ? commentControlFor(editor)
        : sendControlFor(editor);
  return targetOf(editor, surface, submit);
}

export const compose: ComposeReader = { selectors, submitFor, enterFor, editorFor };
