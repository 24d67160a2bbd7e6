// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import { compose, partner, selectors } from '@/utils/sites/whatsapp/compose';
import { loadFixture } from './load-fixture';

/** The fixture page's own window: its render() and what it recorded as sent. */
type SiteWindow = { render(): void; __siteActions: Record<string, string>[]; MouseEvent: typeof MouseEvent; KeyboardEvent: typeof KeyboardEvent; Event: typeof Event };
const site = (doc: Document) => doc.defaultView as unknown as SiteWindow;
const open = (chat = '') => loadFixture('whatsapp-chat.html', `https://web.whatsapp.com/${chat}`);
const at = (doc: Document, selector: string, index = 0) => doc.querySelectorAll<HTMLElement>(selector)[index]!;
const editorOf = (doc: Document) => at(doc, selectors.MESSAGE_BOX);

// Lexical's own structure in WhatsApp's compose box: a paragraph per line, text in data-lexical-text spans.
const P = (inner: string) => `<p class="selectable-text copyable-text" dir="ltr">${inner}</p>`;
const T = (text: string) => `<span class="selectable-text copyable-text" data-lexical-text="true">${text}</span>`;
const IMG = (emoji: string) =>
  `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${emoji}" draggable="false" class="selectable-text copyable-text emoji" data-plain-text="${emoji}">`;

/** Puts `html` into the editor as Lexical would have drawn it, and lets the page re-render (Send replaces the microphone). */
function fill(doc: Document, html: string): HTMLElement {
  const editor = editorOf(doc);
  editor.innerHTML = html;
  site(doc).render();
  return editor;
}

const click = (doc: Document, el: Element) => el.dispatchEvent(new (site(doc).MouseEvent)('click', { bubbles: true, cancelable: true }));
const enter = (doc: Document, el: Element, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new (site(doc).KeyboardEvent)('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

describe('WhatsApp compose reader', () => {
  it('reads a click on Send, on the button and on the icon inside it, with the partner from the header', async () => {
    const doc = await open('#ellie');
    const editor = fill(doc, P(T('See you at training')));
    const send = at(doc, selectors.SEND_BUTTON);
    const expected = { editor, submit: send, surface: 'message', action: 'message', partner: { name: 'Ellie Smith' } };
    expect(compose.submitFor(send)).toEqual(expected);
    expect(compose.submitFor(send.querySelector(selectors.SEND_ICON)!)).toEqual(expected);
    expect(compose.submitFor(send.querySelector('path')!)).toEqual(expected);
  });

  it('finds Send by its icon when the label is translated, and ignores a disabled Send', async () => {
    const doc = await open('#ellie');
    fill(doc, P(T('Hola')));
    const send = at(doc, selectors.SEND_BUTTON);
    send.setAttribute('aria-label', 'Enviar');
    expect(compose.submitFor(send.querySelector('svg')!)).toMatchObject({ submit: send, action: 'message' });
    send.setAttribute('disabled', '');
    expect(compose.submitFor(send)).toBeNull();
    send.removeAttribute('disabled');
    send.setAttribute('aria-disabled', 'true');
    expect(compose.submitFor(send.querySelector('path')!)).toBeNull();
  });

  it('reads Enter in the editor as a send (no control to click), and nothing elsewhere', async () => {
    const doc = await open('#grace');
    const editor = fill(doc, P(T('Is the trip still on?')));
    const expected = { editor, submit: null, surface: 'message', action: 'message', partner: { name: 'Grace Patel' } };
    expect(compose.enterFor(editor, false)).toEqual(expected);
    expect(compose.enterFor(editor.querySelector('span')!, false)).toEqual(expected);
    expect(compose.enterFor(editor, true)).toEqual(expected);
    expect(compose.enterFor(at(doc, '#pane-side [role="gridcell"]'), false)).toBeNull();
    expect(compose.enterFor(at(doc, selectors.SEND_BUTTON), false)).toBeNull();
    expect(compose.enterFor(doc.body, false)).toBeNull();
  });

  it('finds the compose box being typed in, with its Send control once it shows one', async () => {
    const doc = await open('#jordan');
    const editor = editorOf(doc);
    // Empty: the microphone shows, so there is no Send control yet.
    expect(at(doc, 'footer [aria-label="Voice message"]')).toBeTruthy();
    expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner: { name: 'Jordan Rivers' } });
    fill(doc, P(T('Thanks!')));
    expect(compose.editorFor(editor.querySelector('span')!)).toMatchObject({ editor, submit: at(doc, selectors.SEND_BUTTON) });
    expect(compose.editorFor(at(doc, selectors.CHAT_LIST))).toBeNull();
    expect(compose.editorFor(at(doc, selectors.THREAD_HEADER))).toBeNull();
    expect(compose.editorFor(doc.body)).toBeNull();
  });

  it('reads the partner: a saved contact by name, an unsaved number as name and handle', async () => {
    expect(partner(await open('#ellie'))).toEqual({ name: 'Ellie Smith' });
    expect(partner(await open())).toEqual({ name: 'Jordan Rivers' });
    const number = await open('#number');
    expect(partner(number)).toEqual({ name: '+44 7700 900123', handle: '+44 7700 900123' });
    fill(number, P(T('Hello?')));
    expect(compose.submitFor(at(number, selectors.SEND_BUTTON))?.partner).toEqual({ name: '+44 7700 900123', handle: '+44 7700 900123' });
  });

  it('reads a group by its name, and nobody when the header shows nobody', async () => {
    const doc = await open('#grace');
    at(doc, selectors.CHAT_TITLE).textContent = 'Year 9 Netball Parents';
    expect(partner(editorOf(doc))).toEqual({ name: 'Year 9 Netball Parents' });
    at(doc, selectors.CHAT_TITLE).textContent = '';
    at(doc, selectors.CHAT_TITLE).removeAttribute('title');
    expect(partner(doc)).toBeNull();
    at(doc, selectors.THREAD_HEADER).remove();
    expect(partner(doc)).toBeNull();
    expect(compose.enterFor(editorOf(doc), false)?.partner).toBeNull();
  });

  it('reads the new partner after switching chats, and the editor is emptied', async () => {
    const doc = await open('#ellie');
    fill(doc, P(T('Draft for Ellie')));
    click(doc, at(doc, '#pane-side [role="row"] span[title="Grace Patel"]'));
    expect(partner(doc)).toEqual({ name: 'Grace Patel' });
    expect(editorText(editorOf(doc))).toBe('');
    expect(doc.querySelector(selectors.SEND_BUTTON)).toBeNull();
    fill(doc, P(T('Hello Grace')));
    expect(compose.submitFor(at(doc, selectors.SEND_BUTTON))?.partner).toEqual({ name: 'Grace Patel' });
    click(doc, at(doc, '#pane-side [role="row"] span[title="+44 7700 900123"]'));
    expect(compose.editorFor(editorOf(doc))?.partner).toEqual({ name: '+44 7700 900123', handle: '+44 7700 900123' });
  });

  it('leaves every other click alone: chat list items, other buttons, the editor itself, blank space', async () => {
    const doc = await open('#ellie');
    const editor = fill(doc, P(T('Hi')));
    const others = [
      ...doc.querySelectorAll('#pane-side [role="row"], #pane-side [role="gridcell"], #pane-side span'),
      at(doc, 'footer [aria-label="Attach"]'),
      at(doc, 'footer [aria-label="Attach"] path'),
      ...doc.querySelectorAll('.attach-menu li, .attach-menu input'),
      ...doc.querySelectorAll('#main header [role="button"], #main header button, #main header span'),
      editor,
      editor.querySelector('p')!,
      editor.querySelector('span')!,
      at(doc, '#main .conversation'),
      at(doc, '#main footer'),
      doc.body,
    ];
    for (const el of others) expect(compose.submitFor(el), el.outerHTML.slice(0, 80)).toBeNull();
    // The microphone is a footer button too, but not Send.
    fill(doc, P('<br>').replace(' dir="ltr"', ''));
    expect(compose.submitFor(at(doc, 'footer [aria-label="Voice message"] path'))).toBeNull();
  });

  it('editorText reads Lexical structure exactly as the page itself sends it', async () => {
    const doc = await open('#ellie');
    const editor = editorOf(doc);
    // Two lines, an emoji image, zero-width spaces, and the placeholder sibling still there.
    editor.innerHTML = P(T('Hi Ellie ') + IMG('👋') + T('\u200B')) + P(T('See you at\u200B netball tonight'));
    expect(editor.nextElementSibling?.textContent).toBe('Type a message');
    const text = editorText(editor);
    expect(text).toBe('Hi Ellie 👋\nSee you at netball tonight');
    site(doc).render();
    click(doc, at(doc, `${selectors.SEND_BUTTON} path`));
    expect(site(doc).__siteActions).toEqual([{ action: 'message', text, to: 'Ellie Smith' }]);
    // Sent: the editor is empty again, with the microphone and the placeholder back.
    expect(editorText(editor)).toBe('');
    expect(doc.querySelector(selectors.SEND_BUTTON)).toBeNull();
    expect(editor.nextElementSibling?.textContent).toBe('Type a message');
  });

  it('the page agrees with editorText on blank lines and on line breaks inside a paragraph', async () => {
    const doc = await open('#jordan');
    const editor = fill(doc, P('<br>') + P(T('one') + '<br>' + T('two') + '<br><br>') + P('<br>') + P(T('three ') + IMG('🏐')) + P('<br>'));
    const text = editorText(editor);
    expect(text).toBe('one\ntwo\n\n\nthree 🏐');
    click(doc, at(doc, selectors.SEND_BUTTON));
    expect(site(doc).__siteActions).toEqual([{ action: 'message', text, to: 'Jordan Rivers' }]);
  });

  it('sends on Enter, never on Shift+Enter, and ignores a send with an empty editor', async () => {
    const doc = await open('#grace');
    const editor = editorOf(doc);
    enter(doc, editor);
    expect(site(doc).__siteActions).toEqual([]);
    fill(doc, P(T('   ')));
    enter(doc, editor);
    expect(site(doc).__siteActions).toEqual([]);
    fill(doc, P(T('First line')));
    enter(doc, editor.querySelector('span')!, { shiftKey: true });
    expect(site(doc).__siteActions).toEqual([]);
    expect(editor.querySelectorAll('p')).toHaveLength(2);
    enter(doc, editor);
    expect(site(doc).__siteActions).toEqual([{ action: 'message', text: 'First line', to: 'Grace Patel' }]);
  });

  it('redraws what the browser typed in Lexical structure, and shows Send once there is text', async () => {
    const doc = await open('#ellie');
    const editor = editorOf(doc);
    // What a browser leaves after typing into <p><br></p>: a bare text node, and an emoji as a character.
    editor.innerHTML = '<p class="selectable-text copyable-text">Hello 👋</p>';
    editor.dispatchEvent(new (site(doc).Event)('input', { bubbles: true }));
    expect(editor.querySelector('p > span[data-lexical-text="true"]')?.textContent).toBe('Hello ');
    expect(editor.querySelector('p > img[alt="👋"]')).toBeTruthy();
    expect(editorText(editor)).toBe('Hello 👋');
    expect(doc.querySelector(selectors.SEND_BUTTON)).toBeTruthy();
    expect(editor.nextElementSibling).toBeNull();
  });

  it('render() re-creates the buttons, never the editor or its text', async () => {
    const doc = await open('#ellie');
    const editor = fill(doc, P(T('Still here')));
    const [send, attach] = [at(doc, selectors.SEND_BUTTON), at(doc, selectors.ATTACH_BUTTON)];
    site(doc).render();
    expect(at(doc, selectors.SEND_BUTTON)).not.toBe(send);
    expect(at(doc, selectors.ATTACH_BUTTON)).not.toBe(attach);
    expect(editorOf(doc)).toBe(editor);
    expect(editorText(editor)).toBe('Still here');
    expect(compose.submitFor(at(doc, selectors.SEND_BUTTON))).toMatchObject({ editor, submit: at(doc, selectors.SEND_BUTTON) });
  });

  it('records an attached photo by name', async () => {
    const doc = await open('#ellie');
    const input = at(doc, selectors.ATTACH_INPUT) as HTMLInputElement;
    const file = new (doc.defaultView as unknown as { File: typeof File }).File(['x'], 'trip.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new (site(doc).Event)('change', { bubbles: true }));
    expect(site(doc).__siteActions).toEqual([{ action: 'attach', name: 'trip.jpg' }]);
  });

  it('every selector matches something in the fixture page', async () => {
    const doc = await open('#number');
    fill(doc, P(T('Hello')));
    for (const [role, selector] of Object.entries(selectors)) {
      expect(doc.querySelector(selector), role).toBeTruthy();
    }
  });
});
