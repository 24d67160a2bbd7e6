// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText, MAX_EDITOR_TEXT } from '@/utils/content/editor-text';

const el = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild!;
};

describe('editorText: every editor read the same way', () => {
  it('Draft.js: blocks are lines, empty blocks blank lines; the placeholder beside them is not text', () => {
    const draft = el(`<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root">What is happening?!</div><div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">First line</span></span></div></div>
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="b"><br data-text="true"></span></div></div>
      <div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="c"><span data-text="true">Third 🙂</span></span></div></div></div></div></div>`);
    expect(editorText(draft.querySelector('[contenteditable]')!)).toBe('First line\n\nThird 🙂');
    expect(editorText(draft)).toBe('First line\n\nThird 🙂');
  });

  it('Lexical: paragraphs are lines, emoji images read as their alt text, zero-width anchors dropped', () => {
    const lexical = el(`<div contenteditable="true" data-lexical-editor="true"><p dir="auto"><span data-lexical-text="true">Hi\u200B there </span><img alt="👋" src="x.png"></p><p><br></p><p><span data-lexical-text="true">Bye\uFEFF</span></p></div>`);
    expect(editorText(lexical)).toBe('Hi there 👋\n\nBye');
  });

  it('a joiner between letters is dropped (it can only hide a word), inside an emoji sequence it is kept', () => {
    const area = document.createElement('textarea');
    area.value = 'El\u200Dlie \u{1F469}\u200D\u{1F4BB} \u{1F3F3}\uFE0F\u200D\u{1F308} \u{1F44D}\u{1F3FD}\u200D';
    expect(editorText(area)).toBe('Ellie \u{1F469}\u200D\u{1F4BB} \u{1F3F3}\uFE0F\u200D\u{1F308} \u{1F44D}\u{1F3FD}');
  });

  it('Quill and ProseMirror: CSS placeholders are no text; hidden elements are skipped', () => {
    expect(editorText(el(`<div class="ql-editor ql-blank" data-placeholder="What do you want to talk about?"><p><br></p></div>`))).toBe('');
    expect(editorText(el(`<div class="ProseMirror"><p>One<span aria-hidden="true">(hidden)</span></p><p>Two</p></div>`))).toBe('One\nTwo');
  });

  it('textareas and inputs by their value; never more than the analysis reads', () => {
    const area = document.createElement('textarea');
    area.value = 'Line one\nLine two\u200D';
    expect(editorText(area)).toBe('Line one\nLine two');
    area.value = 'x'.repeat(MAX_EDITOR_TEXT + 500);
    expect(editorText(area)).toHaveLength(MAX_EDITOR_TEXT);
    expect(editorText(el(`<div contenteditable="true"><p>${'y'.repeat(MAX_EDITOR_TEXT + 500)}</p></div>`)).length).toBeLessThanOrEqual(MAX_EDITOR_TEXT);
  });
});
