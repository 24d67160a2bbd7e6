import { buttonLabel, handleFromHref, textOf, type PersonInfo } from '../adapter';
import type { ComposeReader, ComposeSurface, ComposeTarget } from '../compose';

/**
 * LinkedIn's compose boxes. The feed is a React build with hashed class names and `componentkey`
 * attributes; the share box (Quill) and the messaging form (a plain contenteditable) still carry
 * LinkedIn's own stable class names, and comment boxes are TipTap/ProseMirror (Quill on the older
 * post page). So the editors are found by role, aria-label and the editor library's own markers, and
 * the containers by what they are (a dialog, a form), never by a hashed class.
 *
 * Note: a live capture (2026-06) found the share box inside an open shadow root (#interop-outlet).
 * Every lookup here walks up from the clicked element (closest) and then down inside the container
 * it found, so the reader works there too when it is given the real target (event.composedPath()[0]).
 */
export const selectors = {
  /**
   * The share box: the modal "Start a post" opens, div[role="dialog"][data-test-modal-id="sharebox"]
   * (class share-box-v2__modal) in a live capture; data-test-modal-id is LinkedIn's own test hook.
   */
  SHARE_BOX: '[role="dialog"][data-test-modal-id="sharebox"], [role="dialog"].share-box-v2__modal',
  /**
   * Its editor, inside SHARE_BOX: Quill's div.ql-editor[contenteditable="true"][role="textbox"] with
   * aria-label "Text editor for creating content" and LinkedIn's test hook
   * [data-test-ql-editor-contenteditable="true"] (posting scripts select on all three). ql-editor is the
   * library's class, not a hashed one; the aria-label alternative keeps working if the library changes.
   */
  COMPOSER:
    '.ql-editor[contenteditable="true"], [data-test-ql-editor-contenteditable="true"], [role="textbox"][contenteditable="true"][aria-label^="Text editor for creating content"]',
  /**
   * The share box's Post button: button.share-actions__primary-action (a stable LinkedIn class, in the
   * live capture; disabled until Quill registers text). Any button in SHARE_BOX whose name is "Post" counts too.
   */
  POST_BUTTON: 'button.share-actions__primary-action',
  /**
   * A comment (or reply) box is a <form>: on the feed its submit is button[type="submit"], disabled
   * until there is text (lhremote's COMMENT_SUBMIT_BUTTON); on the older post page it is
   * form.comments-comment-box__form. Which form is a comment box is decided by COMMENT_BOX inside it.
   */
  COMMENT_FORM: 'form',
  /**
   * The comment editor, inside COMMENT_FORM: TipTap/ProseMirror div.tiptap.ProseMirror[contenteditable]
   * [role="textbox"] with aria-label "Text editor for creating comment" on the feed (captured live
   * 2026-06; wrapped in [data-testid="ui-core-tiptap-text-editor-wrapper"]), Quill's .ql-editor with
   * aria-label "Text editor for creating content" on the older post page, and "Add a comment…" as
   * the aria-label some builds give it. ProseMirror and ql-editor are the libraries' own classes.
   */
  COMMENT_BOX:
    '.ProseMirror[contenteditable="true"], .ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"][aria-label^="Text editor for creating"], [role="textbox"][contenteditable="true"][aria-label^="Add a comment"]',
  /**
   * The control that sends a comment, inside COMMENT_FORM: button[type="submit"] on the feed,
   * button.comments-comment-box__submit-button on the older post page; its name must also be
   * "Comment", "Reply" or "Post" (the post's own "Comment" action button, which only opens the box,
   * is a type="button" outside any form).
   */
  COMMENT_BUTTON: 'button[type="submit"], button.comments-comment-box__submit-button',
  /**
   * A comment, so that a box inside one is a reply: div[componentkey^="replaceableComment_"] in the
   * React post-detail rewrite (lhremote, 2026-05), article.comments-comment-entity before it.
   */
  COMMENT_ITEM: '[componentkey^="replaceableComment_"], article.comments-comment-entity, article.comments-comment-item',
  /** The messaging form: form.msg-form, in a conversation and on the compose route (measured live 2026-10). */
  MESSAGE_FORM: 'form.msg-form',
  /**
   * The message editor: div.msg-form__contenteditable[role="textbox"][contenteditable="true"] with
   * aria-label "Write a message…" (a stable LinkedIn class that messaging tools have used for years),
   * or any contenteditable textbox in MESSAGE_FORM. Empty, it holds <p><br></p>.
   */
  MESSAGE_BOX: '.msg-form__contenteditable[contenteditable="true"], form.msg-form [role="textbox"][contenteditable="true"]',
  /** Send: button.msg-form__send-button, type="submit", text "Send", disabled while the editor is empty (measured live). */
  SEND_BUTTON: 'button.msg-form__send-button, form.msg-form button[type="submit"]',
  /** "Open send options" (button.msg-form__send-toggle): chooses "Press Enter to Send" or "Click Send"; it sends nothing. */
  SEND_OPTIONS: 'button.msg-form__send-toggle',
  /**
   * One conversation, the scope its header is read in: a chat bubble over any page
   * (.msg-overlay-conversation-bubble) or the messaging page's thread pane (.msg-convo-wrapper,
   * .msg-thread, .scaffold-layout__detail), as messaging tools scope their name lookups.
   */
  CONVERSATION: '.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-thread, .scaffold-layout__detail',
  /** The conversation's header: .msg-title-bar on the messaging page, .msg-overlay-bubble-header in a bubble. */
  THREAD_HEADER: '.msg-title-bar, .msg-overlay-bubble-header',
  /** The other person's name in it: h2.msg-entity-lockup__entity-title holds it exactly (measured live); .msg-overlay-bubble-header__title in a bubble. */
  THREAD_NAME: 'h2.msg-entity-lockup__entity-title, .msg-overlay-bubble-header__title',
  /** Their profile link in the header: a.msg-thread__link-to-profile to /in/<slug>/ (measured live), or any /in/ link in a bubble header. */
  THREAD_PROFILE_LINK: 'a.msg-thread__link-to-profile, a[href*="/in/"]',
  /** On the compose route the recipient is a pill, button.artdeco-pill--dismiss with aria-label "Remove <name>" (measured live). */
  RECIPIENT_PILL: 'button.artdeco-pill--dismiss[aria-label^="Remove "]',
  /** The recommendation form's scope: the modal over a profile (role="dialog"), else the page's main (its own route). */
  RECOMMENDATION_SCOPE: '[role="dialog"], main',
  /**
   * The recommendation text: LinkedIn's profile forms draw multi-line fields as a plain <textarea>
   * with a <label>; which textarea is the recommendation is read from that label (it names the
   * recommendation), never from the generated id.
   */
  RECOMMENDATION_TEXT: 'textarea',
  /** Its Send button: LinkedIn's primary artdeco button (or the form's submit) whose name is "Send". */
  RECOMMENDATION_SEND: 'button.artdeco-button--primary, button[type="submit"]',
  /** The form's heading, "Recommend <name>": the person being recommended. */
  RECOMMENDATION_HEADING: 'h1, h2',
  /** Behind a dialog, the profile's top card names the person (section[data-member-id] h1, as in the contact adapter). */
  PROFILE_HEADING: 'section[data-member-id] h1, .pv-top-card h1',
  /** A profile link; the handle is the /in/<slug>/ it points to. */
  PROFILE_LINK: 'a[href*="/in/"]',
} as const;

/** Words on the controls that send (English UI): a comment box's submit, the share box's Post, messaging's Send. */
const COMMENT_WORDS = new Set(['Comment', 'Reply', 'Post']);

const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;

/** A control's name: its aria-label, else its visible words. */
const labelOf = (control: Element) => buttonLabel(control);

const isDisabled = (control: Element) => control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';

/** "/in/ellie-smith-09", "https://www.linkedin.com/in/jordan-rivers/?…" → the slug. */
function slugOf(href: string | null | undefined): string | undefined {
  const path = /\/in\/[^/?#]+/.exec(href ?? '')?.[0];
  return path ? handleFromHref(`${path}/`) : undefined;
}

function target(editor: HTMLElement, submit: HTMLElement | null, surface: ComposeSurface, action: string, partner?: PersonInfo | null): ComposeTarget {
  return partner === undefined ? { editor, submit, surface, action } : { editor, submit, surface, action, partner };
}

// ── Messages ────────────────────────────────────────────────────────────────────────────────────

/** The other person in a conversation, as its header (or the compose route's recipient pill) shows them. */
function messagePartner(form: Element): PersonInfo | null {
  const scope = form.closest(selectors.CONVERSATION) ?? form.ownerDocument;
  const header = scope.querySelector(selectors.THREAD_HEADER);
  if (header) {
    const name = textOf(header, selectors.THREAD_NAME);
    const handle = slugOf(header.querySelector(selectors.THREAD_PROFILE_LINK)?.getAttribute('href'));
    if (name || handle) return { name, handle };
  }
  const pills = [...scope.querySelectorAll(selectors.RECIPIENT_PILL)].map((p) => clean(p.getAttribute('aria-label')?.replace(/^Remove\s+/, '')));
  const names = pills.filter((n): n is string => !!n);
  return names.length ? { name: names.join(', ') } : null;
}

function messageTarget(form: Element, submit: HTMLElement | null): ComposeTarget | null {
  const editor = form.querySelector<HTMLElement>(selectors.MESSAGE_BOX);
  return editor ? target(editor, submit, 'message', 'message', messagePartner(form)) : null;
}

/** The form's Send button, never "Open send options". */
const sendButtonIn = (form: Element) => [...form.querySelectorAll<HTMLElement>(selectors.SEND_BUTTON)].find((b) => !b.matches(selectors.SEND_OPTIONS)) ?? null;

// ── Posts ───────────────────────────────────────────────────────────────────────────────────────

const postButtonIn = (box: Element) =>
  box.querySelector<HTMLElement>(selectors.POST_BUTTON) ?? [...box.querySelectorAll<HTMLElement>('button')].find((b) => labelOf(b) === 'Post') ?? null;

function postTarget(box: Element, submit: HTMLElement | null): ComposeTarget | null {
  const editor = box.querySelector<HTMLElement>(selectors.COMPOSER);
  return editor ? target(editor, submit, 'post', 'post') : null;
}

// ── Comments ────────────────────────────────────────────────────────────────────────────────────

const commentButtonIn = (form: Element) =>
  [...form.querySelectorAll<HTMLElement>(selectors.COMMENT_BUTTON)].find((b) => COMMENT_WORDS.has(labelOf(b))) ?? null;

function commentTarget(form: Element, submit: HTMLElement | null): ComposeTarget | null {
  const editor = form.querySelector<HTMLElement>(selectors.COMMENT_BOX);
  if (!editor) return null;
  const button = submit ?? commentButtonIn(form);
  const reply = (button && labelOf(button) === 'Reply') || !!form.closest(selectors.COMMENT_ITEM);
  return target(editor, submit, 'comment', reply ? 'reply' : 'comment');
}

// ── Recommendations ─────────────────────────────────────────────────────────────────────────────

/** A form field's accessible name: aria-label, aria-labelledby, its <label>, or its placeholder. */
function fieldLabel(field: Element): string {
  const doc = field.ownerDocument;
  const aria = field.getAttribute('aria-label');
  if (aria) return aria;
  const by = field.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  const id = field.getAttribute('id');
  const label = (id ? [...doc.querySelectorAll('label')].find((l) => l.getAttribute('for') === id) : null) ?? field.closest('label');
  return label?.textContent ?? field.getAttribute('placeholder') ?? '';
}

const isRecommendationText = (field: Element) => field.matches(selectors.RECOMMENDATION_TEXT) && /recommend/i.test(fieldLabel(field));

/**
 * The person a recommendation form is about: its heading "Recommend <name>" (else the profile behind the
 * dialog), and the slug of the address, which is theirs on every route to the form (/in/<slug>/…/recommendation/write/,
 * or their profile under the dialog); a profile link in the form only when the address has none.
 */
function recommendationPartner(scope: Element): PersonInfo | null {
  const doc = scope.ownerDocument;
  const heading = [...scope.querySelectorAll(selectors.RECOMMENDATION_HEADING)].map((h) => clean(h.textContent)).find((t) => t && /^Recommend\s/.test(t));
  const name = heading ? clean(heading.replace(/^Recommend\s+/, '')) : textOf(doc, selectors.PROFILE_HEADING);
  const handle = slugOf(doc.location?.pathname) ?? slugOf(scope.querySelector(selectors.PROFILE_LINK)?.getAttribute('href'));
  return name || handle ? { name, handle } : null;
}

function recommendationTarget(scope: Element, submit: HTMLElement | null): ComposeTarget | null {
  const editor = [...scope.querySelectorAll<HTMLElement>(selectors.RECOMMENDATION_TEXT)].find(isRecommendationText);
  return editor ? target(editor, submit, 'post', 'recommendation', recommendationPartner(scope)) : null;
}

/** Where a recommendation form's parts are read: its dialog or the page's main, else its own form. */
const recommendationScope = (el: Element) => el.closest(selectors.RECOMMENDATION_SCOPE) ?? el.closest('form');

const recommendationSendIn = (scope: Element) =>
  [...scope.querySelectorAll<HTMLElement>(selectors.RECOMMENDATION_SEND)].find((b) => labelOf(b) === 'Send') ?? null;

// ── The reader ──────────────────────────────────────────────────────────────────────────────────

function submitFor(clicked: Element): ComposeTarget | null {
  const control = clicked.closest<HTMLElement>('button, [role="button"]');
  if (!control || isDisabled(control) || control.matches(selectors.SEND_OPTIONS)) return null;
  const label = labelOf(control);
  // Cheap first: only these names (or LinkedIn's own send classes) can send anything.
  if (label !== 'Send' && !COMMENT_WORDS.has(label) && !control.matches(`${selectors.SEND_BUTTON}, ${selectors.POST_BUTTON}`)) return null;

  const messageForm = control.closest(selectors.MESSAGE_FORM);
  if (messageForm) return control.matches(selectors.SEND_BUTTON) || label === 'Send' ? messageTarget(messageForm, control) : null;

  const share = control.closest(selectors.SHARE_BOX);
  if (share) return control.matches(selectors.POST_BUTTON) || label === 'Post' ? postTarget(share, control) : null;

  if (COMMENT_WORDS.has(label)) {
    const form = control.closest(selectors.COMMENT_FORM);
    if (form && control.matches(selectors.COMMENT_BUTTON)) return commentTarget(form, control);
    return null;
  }

  if (label === 'Send' && control.matches(selectors.RECOMMENDATION_SEND)) {
    const scope = recommendationScope(control);
    return scope ? recommendationTarget(scope, control) : null;
  }
  return null;
}

/**
 * Messages send on Enter ("Press Enter to Send", the default), with or without Ctrl/Cmd. With "Click Send"
 * chosen Enter is a new line, but that choice cannot be read without opening the menu, so Enter in a
 * message is always read as a send (the guard checks a line break at worst, never misses a send).
 * Posts, comments and recommendations never send on Enter.
 */
function enterFor(pressed: Element): ComposeTarget | null {
  const editor = pressed.closest<HTMLElement>(selectors.MESSAGE_BOX);
  const form = editor?.closest(selectors.MESSAGE_FORM);
  return editor && form ? target(editor, null, 'message', 'message', messagePartner(form)) : null;
}

function editorFor(inside: Element): ComposeTarget | null {
  const message = inside.closest<HTMLElement>(selectors.MESSAGE_BOX);
  const messageForm = message?.closest(selectors.MESSAGE_FORM);
  if (message && messageForm) return target(message, sendButtonIn(messageForm), 'message', 'message', messagePartner(messageForm));

  const rich = inside.closest<HTMLElement>(`${selectors.COMPOSER}, ${selectors.COMMENT_BOX}`);
  if (rich) {
    const share = rich.closest(selectors.SHARE_BOX);
    if (share) return rich.matches(selectors.COMPOSER) ? target(rich, postButtonIn(share), 'post', 'post') : null;
    const form = rich.closest(selectors.COMMENT_FORM);
    if (form && rich.matches(selectors.COMMENT_BOX)) {
      const submit = commentButtonIn(form);
      const found = commentTarget(form, submit);
      return found?.editor === rich ? found : null;
    }
    return null;
  }

  const field = inside.closest<HTMLElement>(selectors.RECOMMENDATION_TEXT);
  if (field && isRecommendationText(field)) {
    const scope = recommendationScope(field);
    return scope ? target(field, recommendationSendIn(scope), 'post', 'recommendation', recommendationPartner(scope)) : null;
  }
  return null;
}

export const compose: ComposeReader = { selectors, submitFor, enterFor, editorFor };
