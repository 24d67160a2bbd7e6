import { closestEl } from '../adapter';
import type { ComposeReader, ComposeTarget } from '../compose';
import { isDisabled, messageEditorFor, messageTarget, selectors as facebook, sendControlFor } from '../facebook/compose';

/**
 * Messenger at messenger.com: the same React app and markup as Facebook's own Messenger at
 * facebook.com/messages (messenger.com was reported to redirect there from April 2026), so the selectors
 * and readers are Facebook's (../facebook/compose), each resting on the fact noted there. Only private
 * messages are composed here: the editor is Lexical, labelled "Message", in the conversation's
 * "Thread composer" region; Send ("Press enter to send") replaces "Send a like" once it holds text;
 * Enter sends; the other person is the conversation header's title and profile link.
 */
export const selectors = {
  /** Any Lexical editor: contenteditable, role="textbox", data-lexical-editor="true". */
  EDITOR: facebook.EDITOR,
  /** The message editor: aria-label "Message" ('div[aria-label="Message"][contenteditable="true"]'); older "Type a message…", "Aa". */
  MESSAGE_BOX: facebook.MESSAGE_BOX,
  /** The composer row: div role="region" aria-label="Thread composer" (confirmed on a live DOM by a Messenger cleaner). */
  MESSAGE_COMPOSER: facebook.MESSAGE_COMPOSER,
  /** Send: role="button" aria-label "Press enter to send" ("Press Enter to send"; older "Send"). */
  SEND_BUTTON: facebook.SEND_BUTTON,
  /** The open conversation: the role="main" pane (a chat opened in a dialog: role="dialog"). */
  THREAD: facebook.THREAD,
  /** The conversation header's title: the pane's first h2, the person's name in a link to their profile, or a group's name. */
  THREAD_HEADER: facebook.THREAD_HEADER,
  /** The message list: role="grid" aria-label "Messages in conversation with <name>". */
  MESSAGE_LIST: facebook.MESSAGE_LIST,
  /** Any control: div role="button" (a few real <button>s in dialogs). */
  BUTTON: facebook.BUTTON,
  /** The composer's photo input: input type=file, accept "image/*,image/heif,image/heic,video/*,…". */
  PHOTO_INPUT: facebook.PHOTO_INPUT,
} as const;

/**
 * Whether an editor is a conversation's composer: labelled as one, in the "Thread composer" region, or
 * (messenger.com composes nothing else) any Lexical editor in the conversation pane, whatever its language.
 */
function isMessageBox(editor: Element): boolean {
  return editor.matches(selectors.MESSAGE_BOX) || editor.closest(selectors.MESSAGE_COMPOSER) !== null || editor.closest(selectors.THREAD) !== null;
}

function submitFor(clicked: Element): ComposeTarget | null {
  const button = closestEl(clicked, selectors.BUTTON);
  if (!button || !button.matches(selectors.SEND_BUTTON) || isDisabled(button)) return null;
  const editor = messageEditorFor(button);
  return editor && isMessageBox(editor) ? messageTarget(editor, button) : null;
}

function enterFor(keyTarget: Element): ComposeTarget | null {
  // Messenger sends on Enter, with or without Ctrl/Cmd (Shift+Enter is a new line and never reaches here).
  const editor = closestEl(keyTarget, selectors.EDITOR);
  return editor && isMessageBox(editor) ? messageTarget(editor, null) : null;
}

function editorFor(inside: Element): ComposeTarget | null {
  const editor = closestEl(inside, selectors.EDITOR);
  return editor && isMessageBox(editor) ? messageTarget(editor, sendControlFor(editor)) : null;
}

export const compose: ComposeReader = { selectors, submitFor, enterFor, editorFor };
