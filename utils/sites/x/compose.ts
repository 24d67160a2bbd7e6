import { buttonLabel, handleFromHref, textOf, type PersonInfo } from '../adapter';
import type { ComposeReader, ComposeTarget } from '../compose';

/**
 * X (Twitter) compose boxes. Three kinds, each resting on X's public test ids (the ones Control Panel for
 * Twitter, userscripts and automation scripts select on):
 * - posts, replies and quotes: a Draft.js editor, data-testid="tweetTextarea_0", sent by its
 *   Post / Reply button or Ctrl/Cmd+Enter (plain Enter is a new line). A reply is told from a post by the
 *   button's label ("Reply"), or where that is not English by the layout (the post replied to above the
 *   editor, a quoted post below it);
 * - the older direct messages (x.com/messages/<id>): a Draft.js editor, data-testid="dmComposerTextInput",
 *   sent by Enter or its Send button;
 * - Chat (x.com/i/chat/<id>, 2025–26): a separate bundle rendered into an open shadow root under
 *   data-testid="xchatEmbedRoute", whose message box is a textarea (data-testid="dm-composer-textarea")
 *   sent by Enter or its Send button. A click or keydown there reaches a document listener retargeted to
 *   the host: pass the event's composedPath()[0] to these readers, not event.target. (Given the host,
 *   enterFor and editorFor look at the element focused inside it; submitFor cannot tell what was clicked.)
 */
export const selectors = {
  /**
   * Post, reply and quote editors: Draft.js's content element (class public-DraftEditor-content,
   * role="textbox"), to which X gives data-testid="tweetTextarea_0" (tweetTextarea_1, _2 … in a thread).
   * Its wrappers carry longer ids (tweetTextarea_0RichTextInputContainer) but no role.
   */
  COMPOSER: '[role="textbox"][data-testid^="tweetTextarea_"]',
  /**
   * The Post / Reply button: data-testid="tweetButtonInline" under the timeline's composer and a post
   * page's reply box, data-testid="tweetButton" in the modal composer; aria-disabled="true" while empty.
   */
  POST_BUTTON: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  /** The modal composer (Reply, Quote, Post from the side bar) is a role="dialog" layer (aria-labelledby="modal-header"). */
  COMPOSE_DIALOG: '[role="dialog"]',
  /**
   * A post's text, data-testid="tweetText". In a composer's dialog it is the post replied to (shown
   * above the editor) or the post quoted (shown below it).
   */
  POST_TEXT: '[data-testid="tweetText"]',
  /** The older DM screen's message box: Draft.js content with data-testid="dmComposerTextInput" (Enter sends). */
  MESSAGE_BOX: '[data-testid="dmComposerTextInput"]',
  /** The older DM screen's Send button, data-testid="dmComposerSendButton" (aria-label "Send"). */
  SEND_BUTTON: '[data-testid="dmComposerSendButton"]',
  /** The older DM screen's conversation column: a section labelled by its heading, id "detail-header". */
  DM_THREAD: 'section[aria-labelledby="detail-header"]',
  /** That heading: the other person's name, or a group's title. */
  DM_TITLE: '#detail-header',
  /** The other person's avatar link (href="/<handle>"), data-testid="DM_Conversation_Avatar"; also beside their messages. */
  DM_AVATAR: '[data-testid="DM_Conversation_Avatar"]',
  /** One message in the older DM screen, data-testid="messageEntry". */
  DM_MESSAGE: '[data-testid="messageEntry"]',
  /** A group conversation's header has a "Group info" link where a one-to-one has the person. */
  GROUP_INFO: '[aria-label="Group info"]',
  /** The host of Chat's open shadow root (x.com/i/chat). */
  CHAT_HOST: '[data-testid="xchatEmbedRoute"]',
  /** Chat's message box: a textarea, data-testid="dm-composer-textarea" (Enter sends, Shift+Enter is a new line). */
  CHAT_BOX: 'textarea[data-testid="dm-composer-textarea"]',
  /** Chat's composer form, data-testid="dm-composer-form": the box, attachment, emoji and voice or Send buttons. */
  CHAT_FORM: '[data-testid="dm-composer-form"]',
  /** Chat's Send button, data-testid="dm-composer-send-button" (aria-label "Send"); mounted once there is text. */
  CHAT_SEND_BUTTON: '[data-testid="dm-composer-send-button"]',
  /** Chat's conversation header, data-testid="dm-conversation-header": the person (a link to x.com/<handle>). */
  THREAD_HEADER: '[data-testid="dm-conversation-header"]',
  /** The name in that header (a group's title in a group), data-testid="dm-conversation-username". */
  THREAD_NAME: '[data-testid="dm-conversation-username"]',
} as const;

const EDITOR = [selectors.COMPOSER, selectors.MESSAGE_BOX, selectors.CHAT_BOX].join(', ');
const SEND_CONTROL = [selectors.POST_BUTTON, selectors.SEND_BUTTON, selectors.CHAT_SEND_BUTTON].join(', ');

/** How far up the tree an editor and its send control are looked for (X nests them a dozen levels apart). */
const MAX_DEPTH = 40;

/** Single-segment X paths that are pages, not people. */
const NOT_PEOPLE = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'compose', 'search', 'login', 'logout', 'tos', 'privacy']);

const isDisabled = (el: Element) => el.getAttribute('aria-disabled') === 'true' || el.hasAttribute('disabled');

/** "@ellie.smith09" → "ellie.smith09". */
const handleIn = (text: string | undefined) => /^@([A-Za-z0-9_.]{1,30})$/.exec(text?.trim() ?? '')?.[1];

/** A handle from a link to a profile on X ("/jordanrivers", "https://x.com/jordanrivers"); undefined for other links. */
function profileHandle(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, 'https://x.com/');
  } catch {
    return undefined;
  }
  if (!/(^|\.)(x|twitter)\.com$/.test(url.hostname)) return undefined;
  const handle = handleFromHref(url.pathname);
  return handle && !NOT_PEOPLE.has(handle.toLowerCase()) ? handle : undefined;
}

/** The "@handle" a block shows in a text node of its own. */
function atHandle(root: ParentNode): string | undefined {
  for (const span of root.querySelectorAll('span')) {
    if (span.children.length === 0) {
      const handle = handleIn(span.textContent ?? undefined);
      if (handle) return handle;
    }
  }
  return undefined;
}

/**
 * The element matching `want` that belongs with `from` (an editor's send control, or a control's editor):
 * the first match in the dialog they share, else in the nearest ancestor of `from` holding one. Walking
 * up from an editor stops where a second editor of its kind comes into view (it would be another box's).
 */
function partner(from: HTMLElement, want: string, kind?: string): HTMLElement | null {
  const dialog = from.closest(selectors.COMPOSE_DIALOG);
  if (dialog) return dialog.querySelector<HTMLElement>(want);
  let depth = 0;
  for (let el = from.parentElement; el && depth < MAX_DEPTH; el = el.parentElement, depth++) {
    if (kind && el.querySelectorAll(kind).length > 1) return null;
    const found = el.querySelector<HTMLElement>(want);
    if (found) return found;
  }
  return null;
}

/** The nearest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/** X's English "Replying to @handle" line, outside any post shown in the composer. */
function showsReplyingTo(scope: Element): boolean {
  for (const el of scope.querySelectorAll('div, span')) {
    if (/^Replying to\s*@/.test(el.textContent?.trim() ?? '') && !el.closest(selectors.POST_TEXT)) return true;
  }
  return false;
}

/**
 * A post, reply or quote. The button says what it is where X labels it ("Reply"; "Post" for a post or a
 * quote). Otherwise (another language) the composer's own layout does: the post replied to is shown above
 * the editor, a quoted post below it.
 */
function postTarget(editor: HTMLElement, submit: HTMLElement | null): ComposeTarget {
  const scope = editor.closest(selectors.COMPOSE_DIALOG) ?? (submit ? commonAncestor(editor, submit) : null) ?? editor;
  const label = submit ? buttonLabel(submit) : '';
  const posts = [...scope.querySelectorAll(selectors.POST_TEXT)];
  const above = posts.some((p) => editor.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_PRECEDING);
  const below = posts.some((p) => editor.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
  const says = /^reply\b/i.test(label) ? 'reply' : /^post\b/i.test(label) ? 'post' : undefined;
  if (says === 'reply' || (!says && (above || showsReplyingTo(scope)))) return { editor, submit, surface: 'comment', action: 'reply' };
  if (below) return { editor, submit, surface: 'post', action: 'quote' };
  return { editor, submit, surface: 'post', action: 'post' };
}

/** The other person in the older DM screen: the conversation heading's name and the header's avatar link. */
function dmPartner(editor: HTMLElement): PersonInfo | null {
  const root = editor.getRootNode() as unknown as ParentNode;
  const thread = editor.closest(selectors.DM_THREAD) ?? root.querySelector?.(selectors.DM_THREAD);
  if (!thread) return null;
  const title = thread.querySelector(selectors.DM_TITLE);
  const name = textOf(thread, selectors.DM_TITLE);
  let handle: string | undefined;
  if (!thread.querySelector(selectors.GROUP_INFO)) {
    const avatar = [...thread.querySelectorAll(selectors.DM_AVATAR)].find((a) => !a.closest(selectors.DM_MESSAGE));
    const header = title?.parentElement;
    handle = profileHandle(avatar?.getAttribute('href')) ?? (header && !header.querySelector(selectors.DM_MESSAGE) ? atHandle(header) : undefined);
  }
  return name || handle ? { name, handle } : null;
}

/** The other person in Chat: the header's name, and its one profile link (a group's header has none, or several). */
function chatPartner(editor: HTMLElement): PersonInfo | null {
  const root = editor.getRootNode() as unknown as ParentNode;
  const header = root.querySelector?.(selectors.THREAD_HEADER);
  if (!header) return null;
  const name = textOf(header, selectors.THREAD_NAME);
  const handles = new Map<string, string>();
  for (const link of header.querySelectorAll('a[href]')) {
    const handle = profileHandle(link.getAttribute('href'));
    if (handle) handles.set(handle.toLowerCase(), handle);
  }
  const handle = handles.size === 1 ? [...handles.values()][0] : undefined;
  return name || handle ? { name, handle } : null;
}

/** The compose box an editor is, with its send control. */
function targetFor(editor: HTMLElement): ComposeTarget {
  if (editor.matches(selectors.COMPOSER)) return postTarget(editor, partner(editor, selectors.POST_BUTTON, selectors.COMPOSER));
  if (editor.matches(selectors.MESSAGE_BOX)) {
    const submit = partner(editor, selectors.SEND_BUTTON, selectors.MESSAGE_BOX);
    return { editor, submit, surface: 'message', action: 'message', partner: dmPartner(editor) };
  }
  const form = editor.closest(selectors.CHAT_FORM);
  const submit = form ? form.querySelector<HTMLElement>(selectors.CHAT_SEND_BUTTON) : partner(editor, selectors.CHAT_SEND_BUTTON, selectors.CHAT_BOX);
  return { editor, submit, surface: 'message', action: 'message', partner: chatPartner(editor) };
}

function submitFor(target: Element): ComposeTarget | null {
  const button = target.closest<HTMLElement>(SEND_CONTROL);
  if (!button || isDisabled(button)) return null;
  const kind = button.matches(selectors.POST_BUTTON) ? selectors.COMPOSER : button.matches(selectors.SEND_BUTTON) ? selectors.MESSAGE_BOX : selectors.CHAT_BOX;
  const form = kind === selectors.CHAT_BOX ? button.closest(selectors.CHAT_FORM) : null;
  const editor = form ? form.querySelector<HTMLElement>(kind) : partner(button, kind);
  if (!editor) return null;
  return { ...targetFor(editor), submit: button };
}

/**
 * Chat lives in an open shadow root, so a key event that a document listener sees on the shadow host
 * happened in the element focused inside it. (A click's real target cannot be recovered from the host.)
 */
function focusedWithin(target: Element): Element {
  let el = target;
  for (let depth = 0; depth < 4 && el.shadowRoot?.activeElement; depth++) el = el.shadowRoot.activeElement;
  return el;
}

function enterFor(target: Element, withModifier: boolean): ComposeTarget | null {
  const editor = focusedWithin(target).closest<HTMLElement>(EDITOR);
  // Posts go on Ctrl/Cmd+Enter only (Enter is a new line), messages on Enter; never while Send is disabled.
  if (!editor || (editor.matches(selectors.COMPOSER) && !withModifier)) return null;
  const found = targetFor(editor);
  return found.submit && isDisabled(found.submit) ? null : found;
}

function editorFor(target: Element): ComposeTarget | null {
  const editor = focusedWithin(target).closest<HTMLElement>(EDITOR);
  return editor ? targetFor(editor) : null;
}

export const compose: ComposeReader = { selectors, submitFor, enterFor, editorFor };
