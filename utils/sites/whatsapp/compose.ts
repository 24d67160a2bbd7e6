import { closestEl, textOf, type PersonInfo } from '../adapter';
import type { ComposeReader, ComposeTarget } from '../compose';

/** The compose box's editor, by Lexical's own marker: div[role=textbox][contenteditable=true][data-lexical-editor=true]. */
const LEXICAL_EDITOR = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';
/** The open conversation's footer (the compose bar). */
const COMPOSE_FOOTER = '#main footer';

/**
 * WhatsApp Web. Selectors rest on public facts that automation scripts and extensions have relied on
 * through WhatsApp's 2023–2026 redesigns (its class names are hashed and change, so none are used):
 * the open conversation is #main, its header a <header> and its compose bar a <footer>; the compose
 * box has been a Lexical editor since August 2023; icons carry a data-icon naming them.
 */
export const selectors = {
  /** The compose bar: '#main footer' (scripts' getMainFooter and '#main footer [contenteditable="true"]'). */
  COMPOSE_FOOTER,
  /**
   * The message editor: Lexical's data-lexical-editor="true" on the role="textbox" contenteditable,
   * inside the footer (aria-label and aria-placeholder "Type a message", translated). The footer scope
   * leaves out the search box and the photo caption box, which are Lexical editors too.
   */
  MESSAGE_BOX: `${COMPOSE_FOOTER} ${LEXICAL_EDITOR}`,
  /** The Send control: a <button> labelled "Send" (the label is translated; SEND_ICON is not). */
  SEND_BUTTON: 'button[aria-label="Send"]',
  /** The Send control's icon: span[data-icon="wds-ic-send-filled"] (the old data-icon="send" is gone). */
  SEND_ICON: 'span[data-icon="wds-ic-send-filled"]',
  /** Any control a click can land in: WhatsApp uses <button> and, in older parts, div role="button". */
  CONTROL: 'button, [role="button"]',
  /** The open conversation's header: '#main header'. */
  THREAD_HEADER: '#main header',
  /** The header's title: the first span[dir="auto"], the contact's name, a phone number when unsaved, or the group's name. */
  CHAT_TITLE: '#main header span[dir="auto"]',
  /** The "+" (Attach) button: aria-label "Attach" (translated) around span[data-icon="plus-rounded"]. */
  ATTACH_BUTTON: '[aria-label="Attach"]',
  /** The Attach menu's "Photos & videos" input: accept="image/*,video/mp4,video/3gpp,video/quicktime". */
  ATTACH_INPUT: 'input[type="file"][accept*="image"]',
  /** The chat list on the left: #pane-side (its grid is aria-label "Chat list"). */
  CHAT_LIST: '#pane-side',
} as const;

/** A phone number as WhatsApp shows an unsaved contact: "+44 7700 900123" (digits, spaces, brackets, dashes). */
const PHONE = /^\+?[\d\s().-]+$/;

/** True when the control cannot be used now (disabled, or marked so for assistive technology). */
function disabled(control: Element): boolean {
  return control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
}

/** True when the control is the Send button: by its label, or (in any language) by its icon. */
function isSend(control: Element): boolean {
  return control.matches(selectors.SEND_BUTTON) || control.querySelector(selectors.SEND_ICON) !== null;
}

/** The Send control inside a compose bar, when it shows one (it shows the microphone while empty). */
function sendIn(footer: ParentNode): HTMLElement | null {
  const labelled = footer.querySelector<HTMLElement>(selectors.SEND_BUTTON);
  if (labelled) return labelled;
  const icon = footer.querySelector(selectors.SEND_ICON);
  return icon ? icon.closest<HTMLElement>(selectors.CONTROL) : null;
}

/**
 * The other person, as the open conversation's header shows them: `{ name }` for a saved contact or a
 * group (its name), `{ name, handle }` with the phone number in both for an unsaved contact, and null
 * when the header shows nobody (no conversation open). `context` is the document or any element in it;
 * an element inside a conversation reads that conversation's header.
 */
export function partner(context: Document | Element): PersonInfo | null {
  const doc = 'closest' in context ? context.ownerDocument : context;
  const main = 'closest' in context ? context.closest('#main') : null;
  const header = main?.querySelector('header') ?? doc.querySelector(selectors.THREAD_HEADER);
  if (!header) return null;
  const title = header.querySelector('span[dir="auto"]');
  const name = textOf(header, 'span[dir="auto"]') ?? title?.getAttribute('title')?.trim();
  if (!name) return null;
  const digits = name.replace(/\D/g, '').length;
  return PHONE.test(name) && digits >= 7 ? { name, handle: name } : { name };
}

/** The compose target for an editor in a compose bar. */
function target(editor: HTMLElement, submit: HTMLElement | null): ComposeTarget {
  return { editor, submit, surface: 'message', action: 'message', partner: partner(editor) };
}

export const compose: ComposeReader = {
  selectors,
  submitFor(clicked) {
    const control = closestEl(clicked, selectors.CONTROL);
    if (!control || !isSend(control) || disabled(control)) return null;
    const editor = control.closest(selectors.COMPOSE_FOOTER)?.querySelector<HTMLElement>(LEXICAL_EDITOR);
    return editor ? target(editor, control) : null;
  },
  enterFor(keyTarget) {
    // WhatsApp sends on Enter (Shift+Enter is a new line and never reaches here), with or without Ctrl/Cmd.
    const editor = closestEl(keyTarget, selectors.MESSAGE_BOX);
    return editor ? target(editor, null) : null;
  },
  editorFor(inside) {
    const editor = closestEl(inside, selectors.MESSAGE_BOX);
    if (!editor) return null;
    const footer = editor.closest(selectors.COMPOSE_FOOTER);
    return target(editor, footer ? sendIn(footer) : null);
  },
};
