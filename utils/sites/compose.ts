import type { PersonInfo } from './adapter';

/** Where a text goes: a public post (or quote, caption, recommendation), a comment or reply under someone's post, or a private message. */
export type ComposeSurface = 'post' | 'comment' | 'message';

/** A compose box and what sending it means, as the page shows them. Read from the page, never from the roster. */
export interface ComposeTarget {
  /** The editor's root: a textarea, or the contenteditable element (Draft.js, Lexical, Quill, ProseMirror). */
  editor: HTMLElement;
  /** The control that sends it when the action is a click (Post, Reply, Send), or null for Enter-to-send. */
  submit: HTMLElement | null;
  surface: ComposeSurface;
  /** What the site calls the action, for the log and the hold ("post", "reply", "comment", "message", "recommendation"). */
  action: string;
  /** For messages: the other person, as the thread header shows them (null when the page shows nobody). */
  partner?: PersonInfo | null;
}

/**
 * One network's compose boxes, as small pure DOM readers over selectors named by role. They only read
 * the page; they never write into an editor or change the page.
 */
export interface ComposeReader {
  /** Selectors by role (COMPOSER, POST_BUTTON, COMMENT_BOX, MESSAGE_BOX, THREAD_HEADER, …). */
  selectors: Readonly<Record<string, string>>;
  /**
   * The compose box a click on `target` (the event's target, possibly deep inside a button) would send,
   * or null when the click sends nothing. Must be cheap: it runs on every click on the page.
   */
  submitFor(target: Element): ComposeTarget | null;
  /**
   * The compose box an Enter keydown in `target` would send, or null. `withModifier` is true for
   * Ctrl+Enter or Cmd+Enter. Shift+Enter (a new line) never reaches here.
   */
  enterFor(target: Element, withModifier: boolean): ComposeTarget | null;
  /** The compose box `target` is in (for the hint while typing), or null when it is not in one. */
  editorFor(target: Element): ComposeTarget | null;
}
