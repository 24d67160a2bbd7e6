// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import { compose, selectors } from '@/utils/sites/messenger/compose';
import { loadFixture } from './load-fixture';

type SiteWindow = Window & typeof globalThis & { __siteActions: Record<string, unknown>[]; render(): void };
const win = (doc: Document) => doc.defaultView as unknown as SiteWindow;
const actions = (doc: Document) => win(doc).__siteActions;
const button = (root: ParentNode, label: string) => root.querySelector<HTMLElement>(`[role="button"][aria-label="${label}"]`)!;
const enter = (el: Element, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new (win(el.ownerDocument).KeyboardEvent)('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
/** Puts markup into an editor and tells the page, as Lexical's input event would. */
function type(editor: HTMLElement, html: string) {
  editor.innerHTML = html;
  editor.dispatchEvent(new (win(editor.ownerDocument).Event)('input', { bubbles: true }));
}
const P = (inner: string) => `<p class="xdj266r x11i5rnm" dir="auto">${inner}</p>`;
const T = (text: string) => `<span data-lexical-text="true">${text}</span>`;
/** Lexical's own structure: two lines, an empty line between, an emoji image and a zero-width space (the placeholder stays beside it). */
const TRICKY = P(T('Hi Ellie, the trip letter is in ')) + P('<br>') + P(`${T('your book bag ')}<img alt="🎒" class="xz74otr" height="16" src="data:," width="16">${T('\u200B')}`);
const TRICKY_TEXT = 'Hi Ellie, the trip letter is in \n\nyour book bag 🎒';

const THREADS = {
  ellie: 'https://www.messenger.com/t/100041234567890/',
  jordan: 'https://www.messenger.com/t/100052345678901/',
  grace: 'https://www.messenger.com/t/100063456789012/',
  group: 'https://www.messenger.com/t/7123456789012345/',
};

describe('Messenger compose reader', () => {
  const people: [keyof typeof THREADS, string, string][] = [
    ['ellie', 'Ellie Smith', 'ellie.smith09'],
    ['jordan', 'Jordan Rivers', 'jordanrivers'],
    ['grace', 'Grace Patel', 'gracepatel'],
  ];
  for (const [thread, name, handle] of people) {
    it(`a conversation with ${name}: Send and Enter send the composer, to the person in the header`, async () => {
      const doc = await loadFixture('messenger-thread.html', THREADS[thread]);
      const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
      const partner = { name, handle };
      expect(editor.matches(selectors.EDITOR)).toBe(true);
      expect(editor.closest(selectors.MESSAGE_COMPOSER)).not.toBeNull();
      // The placeholder "Aa" is Lexical's sibling div, not inside the editor.
      expect(editor.parentElement!.textContent).toContain('Aa');
      expect(editorText(editor)).toBe('');
      // While empty, the composer shows "Send a like", which sends no text.
      expect(doc.querySelector(selectors.SEND_BUTTON)).toBeNull();
      expect(compose.submitFor(button(doc, 'Send a like').querySelector('span span')!)).toBeNull();
      expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
      expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
      expect(compose.enterFor(editor, true)).toMatchObject({ editor, surface: 'message' });

      type(editor, TRICKY);
      const send = doc.querySelector<HTMLElement>(selectors.SEND_BUTTON)!;
      expect(send.getAttribute('aria-label')).toBe('Press enter to send');
      expect(compose.submitFor(send.querySelector('path')!)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner });
      expect(compose.submitFor(send)).toMatchObject({ editor, submit: send });
      expect(compose.editorFor(editor.querySelector('span')!)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner });
      enter(editor, { shiftKey: true });
      expect(actions(doc)).toEqual([]);
      const text = editorText(editor);
      expect(text).toBe(TRICKY_TEXT);
      send.querySelector('svg')!.dispatchEvent(new (win(doc).MouseEvent)('click', { bubbles: true }));
      expect(actions(doc)).toEqual([{ action: 'message', text, to: name }]);
      expect(editorText(editor)).toBe('');

      type(editor, TRICKY);
      enter(editor);
      expect(actions(doc)[1]).toEqual({ action: 'message', text: TRICKY_TEXT, to: name });
      enter(editor);
      expect(actions(doc)).toHaveLength(2);
    });
  }

  it('keeps reading after React re-creates the composer buttons', async () => {
    const doc = await loadFixture('messenger-thread.html', THREADS.jordan);
    const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    type(editor, P(T('See you Saturday')));
    win(doc).render();
    const send = button(doc, 'Press enter to send');
    expect(compose.submitFor(send)).toMatchObject({ editor, submit: send, partner: { name: 'Jordan Rivers', handle: 'jordanrivers' } });
    send.click();
    expect(actions(doc)).toEqual([{ action: 'message', text: 'See you Saturday', to: 'Jordan Rivers' }]);
  });

  it('a group shows its name, a new message nobody, and the address may name a username or an encrypted chat', async () => {
    const group = await loadFixture('messenger-thread.html', THREADS.group);
    const groupEditor = group.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    expect(compose.editorFor(groupEditor)?.partner).toEqual({ name: 'Year 6 Trip Helpers' });
    type(groupEditor, P(T('I can help')));
    const send = button(group, 'Press enter to send');
    expect(compose.submitFor(send)?.partner).toEqual({ name: 'Year 6 Trip Helpers' });
    send.click();
    expect(actions(group)).toEqual([{ action: 'message', text: 'I can help', to: 'Year 6 Trip Helpers' }]);

    const fresh = await loadFixture('messenger-thread.html', 'https://www.messenger.com/new/');
    const freshEditor = fresh.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    expect(compose.enterFor(freshEditor, false)).toEqual({ editor: freshEditor, submit: null, surface: 'message', action: 'message', partner: null });

    const byName = await loadFixture('messenger-thread.html', 'https://www.messenger.com/t/ellie.smith09');
    expect(compose.enterFor(byName.querySelector(selectors.EDITOR)!, false)?.partner).toEqual({ name: 'Ellie Smith', handle: 'ellie.smith09' });
    const e2ee = await loadFixture('messenger-thread.html', 'https://www.messenger.com/e2ee/t/100052345678901');
    expect(compose.enterFor(e2ee.querySelector(selectors.EDITOR)!, false)?.partner).toEqual({ name: 'Jordan Rivers', handle: 'jordanrivers' });
  });

  it('follows the chat list to another conversation without a reload', async () => {
    const doc = await loadFixture('messenger-thread.html', THREADS.ellie);
    const link = [...doc.querySelectorAll<HTMLElement>('[role="navigation"] a')].find((a) => a.textContent?.includes('Grace Patel'))!;
    link.querySelector<HTMLElement>('span')!.click();
    expect(win(doc).location.pathname).toBe('/t/100063456789012/');
    const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    expect(compose.enterFor(editor, false)?.partner).toEqual({ name: 'Grace Patel', handle: 'gracepatel' });
    type(editor, P(T('Yes, after school?')));
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'message', text: 'Yes, after school?', to: 'Grace Patel' }]);
  });

  it('returns null for links, other buttons, the editor itself and blank space', async () => {
    const doc = await loadFixture('messenger-thread.html', THREADS.ellie);
    type(doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!, P(T('Typed')));
    const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    const main = doc.querySelector<HTMLElement>('[role="main"]')!;
    const placeholder = [...main.querySelectorAll('div')].find((d) => d.textContent === 'Aa' && !d.querySelector('*'));
    expect(placeholder).toBeUndefined(); // gone while the editor holds text
    for (const el of [
      button(doc, 'Start a voice call').querySelector('span span')!,
      button(doc, 'Start a video call'),
      button(doc, 'Conversation information'),
      button(doc, 'Open more actions'),
      button(doc, 'Attach a file'),
      doc.querySelector(selectors.PHOTO_INPUT)!,
      button(doc, 'Choose a sticker'),
      button(doc, 'Choose a GIF'),
      button(doc, 'Choose an emoji'),
      button(doc, 'New message'),
      main.querySelector('h2 span')!,
      main.querySelector('a[href="https://www.facebook.com/ellie.smith09"]')!,
      doc.querySelector('[role="navigation"] a span')!,
      doc.querySelector('[role="grid"] [role="gridcell"] div')!,
      editor,
      editor.querySelector('span')!,
      main,
      doc.body,
    ]) {
      expect(compose.submitFor(el), el.outerHTML.slice(0, 80)).toBeNull();
    }
    for (const el of [button(doc, 'Attach a file'), main.querySelector('h2')!, doc.querySelector('[role="navigation"] a')!, doc.body]) {
      expect(compose.enterFor(el, false)).toBeNull();
      expect(compose.editorFor(el)).toBeNull();
    }
  });

  it('records a photo chosen in the composer', async () => {
    const doc = await loadFixture('messenger-thread.html', THREADS.grace);
    const input = doc.querySelector<HTMLInputElement>(selectors.PHOTO_INPUT)!;
    expect(input.getAttribute('accept')).toContain('image/*');
    const w = win(doc);
    const file = new w.File(['x'], 'class-photo.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new w.Event('change', { bubbles: true }));
    expect(actions(doc)).toEqual([{ action: 'attach', name: 'class-photo.jpg' }]);
  });

  it('reads a composer in any language inside the conversation, and nothing for a disabled Send', () => {
    document.body.innerHTML = `
      <div role="main"><a href="https://www.facebook.com/profile.php?id=100012345678901"><h2><span>Ellie Smith</span></h2></a>
        <div><div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Nachricht"><p dir="auto"><span data-lexical-text="true">Hallo</span></p></div></div>
          <div role="button" aria-label="Send"><svg></svg></div><div role="button" aria-label="Press enter to send" aria-disabled="true"></div></div></div>`;
    const editor = document.querySelector<HTMLElement>(selectors.EDITOR)!;
    const [send, disabled] = document.querySelectorAll<HTMLElement>('[role="button"]');
    const partner = { name: 'Ellie Smith', handle: '100012345678901' };
    expect(compose.submitFor(send!.querySelector('svg')!)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner });
    expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
    expect(compose.submitFor(disabled!)).toBeNull();
  });

  it('every selector matches something in the fixture pages', async () => {
    const doc = await loadFixture('messenger-thread.html', THREADS.ellie);
    type(doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!, P(T('Hi')));
    for (const [role, selector] of Object.entries(selectors)) {
      expect(doc.querySelector(selector), role).not.toBeNull();
    }
  });
});
