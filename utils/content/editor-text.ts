/**
 * The text a compose box holds, as the site will send it, read the same way from every editor the
 * networks use: a textarea or input; Draft.js (X, older Facebook), Lexical (Facebook, Instagram,
 * WhatsApp), Quill (LinkedIn's older composer) and ProseMirror/TipTap (LinkedIn comments). It only
 * reads; it never writes into an editor.
 *
 * What is left out: placeholders (Draft.js renders them beside the contents, Quill and ProseMirror
 * show them through CSS, Lexical in a sibling), zero-width characters editors insert as cursor
 * anchors, and anything hidden from the person (aria-hidden). Emoji drawn as images read as their alt
 * text. Each block (paragraph, Draft.js block, list item, <br>) is a line.
 */

/**
 * Zero-width space, non-joiner, word joiner and byte-order mark: cursor anchors, never typed text. The
 * joiner goes too, except inside an emoji sequence (👩‍💻, 🏳️‍🌈), where it is part of what was typed;
 * between letters it can only hide a word ("El\u200Dlie"). One character of look-behind and
 * look-ahead: linear time.
 */
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF]|(?<![\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}])\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL']);

/** Placeholders that editors render as real elements inside or beside the editable text. */
const PLACEHOLDER = '.public-DraftEditorPlaceholder-root, [data-lexical-decorator="placeholder"], .ql-placeholder';

const isBlock = (node: Node | null) => node?.nodeType === 1 && (BLOCKS.has((node as Element).tagName) || (node as Element).hasAttribute('data-block'));

/** Text past this many characters is not read: the analysis reads no more, and a page cannot make us walk a huge tree. */
export const MAX_EDITOR_TEXT = 100_001;

/** The text of a compose box, as the site will send it. */
export function editorText(editor: Element): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value.replace(INVISIBLE, '').slice(0, MAX_EDITOR_TEXT);
  const out: string[] = [];
  let length = 0;
  const push = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const walk = (node: Node): void => {
    if (length >= MAX_EDITOR_TEXT) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      // Markup's own line breaks between blocks are not text anybody typed.
      if (/^\s*\n\s*$/.test(value) && (isBlock(node.previousSibling) || isBlock(node.nextSibling))) return;
      push(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.getAttribute('aria-hidden') === 'true' || el.matches(PLACEHOLDER)) return;
    const tag = el.tagName;
    if (tag === 'BR') return push('\n');
    if (tag === 'IMG') return push(el.getAttribute('alt') ?? '');
    if (tag === 'STYLE' || tag === 'SCRIPT') return;
    const block = BLOCKS.has(tag) || el.hasAttribute('data-block');
    if (block && out.length && !out[out.length - 1]!.endsWith('\n')) push('\n');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && out.length && !out[out.length - 1]!.endsWith('\n')) push('\n');
  };
  for (let c = editor.firstChild; c; c = c.nextSibling) walk(c);
  return out
    .join('')
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ')
    .replace(/\n+$/, '')
    .replace(/^\n+/, '')
    .slice(0, MAX_EDITOR_TEXT);
}
