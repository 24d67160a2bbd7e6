import { buttonLabel, closestEl } from './adapter';
import type { ComposeReader, ComposeSurface, ComposeTarget } from './compose';

/**
 * The words on a control that sends what is in a nearby text box, and what sending then means. Exact
 * accessible names only (aria-label, else the visible text), compared without case: a control that
 * merely mentions one ("12 replies") is not one. English only: the networks' own readers cover their
 * translated labels where they rest on something else (an icon, a data-testid).
 */
export const SEND_WORDS: Readonly<Record<string, { surface: ComposeSurface; action: string }>> = {
  post: { surface: 'post', action: 'post' },
  'post all': { surface: 'post', action: 'post' },
  share: { surface: 'post', action: 'post' },
  'share now': { surface: 'post', action: 'post' },
  publish: { surface: 'post', action: 'post' },
  tweet: { surface: 'post', action: 'post' },
  reply: { surface: 'comment', action: 'reply' },
  comment: { surface: 'comment', action: 'comment' },
  send: { surface: 'message', action: 'message' },
};

/** Anything a click can land in that could send. */
const CONTROL = 'button, [role="button"], input[type="submit"]';
/** Text boxes a person writes in. Inputs are left out: on these sites they are search and name fields. */
const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** Where a text box is for finding, not writing. */
const SEARCH = '[role="search"], [role="searchbox"], [role="combobox"], [aria-label*="search" i], [placeholder*="search" i], [aria-placeholder*="search" i]';
/** How far up from a send control to look for its text box; a dialog, form or post ends the search sooner. */
const MAX_LEVELS = 6;
const BOUNDARY = 'form, [role="dialog"], article, footer';

const isSearch = (editor: Element) => editor.matches(SEARCH) || editor.closest(SEARCH) !== null;
const isDisabled = (control: Element) => control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true';
const hasText = (editor: HTMLElement) => ((editor instanceof HTMLTextAreaElement ? editor.value : editor.textContent) ?? '').trim().length > 0;

/** The outermost editable element `target` is in: a Draft.js or Lexical editor's root, not a line inside it. */
function editorAt(target: Element): HTMLElement | null {
  let editor = closestEl(target, EDITOR);
  if (!editor || isSearch(editor)) return null;
  for (let up = editor.parentElement?.closest<HTMLElement>(EDITOR); up; up = up.parentElement?.closest<HTMLElement>(EDITOR)) editor = up;
  return editor;
}

/** The one text box with something in it near a send control: within a few levels, never past a dialog, form or post. */
function editorNear(control: HTMLElement): HTMLElement | null {
  let scope: HTMLElement | null = control.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    const found = [...scope.querySelectorAll<HTMLElement>(EDITOR)].map(editorAt).filter((e): e is HTMLElement => e !== null && hasText(e));
    const distinct = [...new Set(found)];
    // Two boxes with text: which one this control sends is not something to guess.
    if (distinct.length > 0) return distinct.length === 1 ? distinct[0]! : null;
    if (scope.matches(BOUNDARY)) return null;
  }
  return null;
}

/**
 * A compose reader for text boxes the network's own reader does not know (a new surface, a redesign):
 * a click on a control named Post, Reply, Comment, Send (and the like) next to one text box with text
 * in it, and Ctrl/Cmd+Enter in a text box. Plain Enter is left alone: in a box we do not know, it may
 * be a new line, and a held new line could not be given back as one.
 */
export const fallbackCompose: ComposeReader = {
  selectors: { CONTROL, EDITOR, SEARCH },
  submitFor(clicked) {
    const control = closestEl(clicked, CONTROL);
    if (!control || isDisabled(control)) return null;
    const label = buttonLabel(control);
    const meaning = label.length <= 20 ? SEND_WORDS[label.toLowerCase()] : undefined;
    if (!meaning) return null;
    const editor = editorNear(control);
    return editor ? { editor, submit: control, ...meaning } : null;
  },
  enterFor(target, withModifier) {
    if (!withModifier) return null;
    const editor = editorAt(target);
    return editor ? { editor, submit: null, surface: 'post', action: 'post' } : null;
  },
  editorFor(target) {
    const editor = editorAt(target);
    return editor ? { editor, submit: null, surface: 'post', action: 'post' } : null;
  },
};

/** The network's own reader first; where it sees nothing, the fallback. */
export function withFallback(reader: ComposeReader | undefined): ComposeReader {
  if (!reader) return fallbackCompose;
  const either = <A extends unknown[]>(own: (...a: A) => ComposeTarget | null, other: (...a: A) => ComposeTarget | null) => (...a: A) => own(...a) ?? other(...a);
  return {
    selectors: reader.selectors,
    submitFor: either(reader.submitFor.bind(reader), fallbackCompose.submitFor),
    enterFor: either(reader.enterFor.bind(reader), fallbackCompose.enterFor),
    editorFor: either(reader.editorFor.bind(reader), fallbackCompose.editorFor),
  };
}
