// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import { compose, selectors } from '@/utils/sites/tiktok/compose';
import { loadFixture } from './load-fixture';

const VIDEO = 'https://www.tiktok.com/@gracepatel/video/7300000000000000001';
const MESSAGES = 'https://www.tiktok.com/messages?lang=en';

interface SiteAction {
  action: string;
  text?: string;
  to?: string;
  name?: string;
}
type PageWindow = Window & typeof globalThis & { __siteActions: SiteAction[]; render(): void };
const pageOf = (node: Node) => (node.ownerDocument ?? (node as Document)).defaultView as unknown as PageWindow;
const actions = (doc: Document) => pageOf(doc).__siteActions;
const at = (doc: Document, selector: string, index = 0) => doc.querySelectorAll(selector)[index] as HTMLElement;

const click = (el: Element) => el.dispatchEvent(new (pageOf(el).MouseEvent)('click', { bubbles: true, cancelable: true }));
const enter = (el: Element, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new (pageOf(el).KeyboardEvent)('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, ...init } as KeyboardEventInit));

/** The Draft.js editor (the contenteditable) inside a compose box. */
function editorIn(doc: Document, box: string): HTMLElement {
  return doc.querySelector(box)!.querySelector<HTMLElement>(selectors.EDITOR)!;
}

/**
 * Lines in Draft.js's own markup: each block a div[data-block] > div.public-DraftStyleDefault-block holding
 * leaves (span[data-offset-key] > span[data-text]); an emoji drawn as an image is an <img alt> leaf.
 */
function draftBlocks(editor: HTMLElement, lines: Array<Array<string | { emoji: string }>>): string {
  const editorKey = editor.closest('[data-editor]')?.getAttribute('data-editor') ?? editor.querySelector('[data-editor]')?.getAttribute('data-editor') ?? 'abcde';
  const blocks = lines.map((leaves, b) => {
    const key = `blk${b}x`;
    const inner = leaves
      .map((leaf, i) =>
        typeof leaf === 'string'
          ? `<span data-offset-key="${key}-${i}-0"><span data-text="true">${leaf}</span></span>`
          : `<span data-offset-key="${key}-${i}-0"><img class="emoji" alt="${leaf.emoji}" src="data:," draggable="false"></span>`,
      )
      .join('');
    return `<div class="" data-block="true" data-editor="${editorKey}" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${inner}</div></div>`;
  });
  return `<div data-contents="true">${blocks.join('')}</div>`;
}

/** Writes lines into the editor as Draft.js renders them (leaving its placeholder in place), without telling the page. */
function write(editor: HTMLElement, lines: Array<Array<string | { emoji: string }>>) {
  editor.innerHTML = draftBlocks(editor, lines);
}
/** Tells the page the editor changed (an input event, as after typing), so it updates its buttons. */
const changed = (editor: HTMLElement) => editor.dispatchEvent(new (pageOf(editor).Event)('input', { bubbles: true }));
function type(editor: HTMLElement, text: string) {
  write(editor, text.split('\n').map((line) => [line]));
  changed(editor);
}

/** Two lines, an emoji image, a zero-width space (a cursor anchor), in Draft.js's structure. */
const MIXED: Array<Array<string | { emoji: string }>> = [['Lovely to see you\u200B ', { emoji: '😀' }, ' at netball'], ['See you Friday']];
const MIXED_TEXT = 'Lovely to see you 😀 at netball\nSee you Friday';

describe('TikTok compose reader: comments (video page)', () => {
  const box = selectors.COMMENT_BOX;

  it('reads Post, from the control and from inside it, once there is text', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    const editor = editorIn(doc, box);
    expect(compose.submitFor(at(doc, selectors.COMMENT_POST)), 'disabled while empty').toBeNull();
    type(editor, 'Lovely video');
    const post = at(doc, selectors.COMMENT_POST);
    expect(post.getAttribute('aria-disabled')).toBe('false');
    const expected = { editor, submit: post, surface: 'comment', action: 'comment' };
    expect(compose.submitFor(post)).toEqual(expected);
    expect(compose.submitFor(post.querySelector('span')!)).toEqual(expected);
    post.setAttribute('aria-disabled', 'true');
    expect(compose.submitFor(post)).toBeNull();
  });

  it('reads Enter in the editor, and the box while typing', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    const editor = editorIn(doc, box);
    expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'comment', action: 'comment' });
    expect(compose.enterFor(editor, true)).toMatchObject({ editor, action: 'comment' });
    expect(compose.editorFor(editor)).toEqual({ editor, submit: at(doc, selectors.COMMENT_POST), surface: 'comment', action: 'comment' });
    // The placeholder, and the box around the editor with its @ and emoji buttons, are the box too.
    for (const el of [at(doc, selectors.PLACEHOLDER), at(doc, box), at(doc, '[data-e2e="comment-emoji-icon"]')]) {
      expect(compose.editorFor(el)).toMatchObject({ editor, surface: 'comment' });
    }
    type(editor, 'Hello');
    const leaf = editor.querySelector('[data-text="true"]')!;
    expect(compose.enterFor(leaf, false)).toMatchObject({ editor, surface: 'comment' });
    expect(compose.editorFor(leaf)).toMatchObject({ editor, submit: at(doc, selectors.COMMENT_POST) });
  });

  it('reads a reply to a comment, before and after typing, and a comment again once it is sent', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    const editor = editorIn(doc, box);
    click(at(doc, '[data-e2e="comment-reply-1"]', 1));
    expect(compose.editorFor(editor)).toMatchObject({ surface: 'comment', action: 'reply' });
    expect(compose.enterFor(editor, false)).toMatchObject({ surface: 'comment', action: 'reply' });
    type(editor, 'It was by the river');
    const read = compose.submitFor(at(doc, selectors.COMMENT_POST))!;
    expect(read).toMatchObject({ editor, surface: 'comment', action: 'reply' });
    click(read.submit!);
    expect(actions(doc)).toEqual([{ action: 'reply', text: 'It was by the river' }]);
    expect(compose.editorFor(editor)).toMatchObject({ action: 'comment' });

    const linked = await loadFixture('tiktok-video.html', `${VIDEO}?reply=ellie.smith09`);
    expect(compose.editorFor(editorIn(linked, box))).toMatchObject({ action: 'reply' });
  });

  it('a comment that says "Reply to @…" is not a reply box', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    at(doc, '[data-e2e="comment-level-1"] p').textContent = 'Reply to @jordanrivers';
    type(editorIn(doc, box), 'Reply to @jordanrivers');
    expect(compose.editorFor(editorIn(doc, box))).toMatchObject({ action: 'comment' });
  });

  it('leaves links, other buttons, the editor itself and blank space alone', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    type(editorIn(doc, box), 'Hello');
    const others = [
      at(doc, '[data-e2e="browse-username"]'),
      at(doc, 'a[href="/tag/nature"] strong'),
      at(doc, '[data-e2e="comment-reply-1"]'),
      at(doc, '[data-e2e="comment-username-1"] p'),
      at(doc, '[data-e2e="comment-level-1"] p'),
      at(doc, '[aria-label="Like video"] path'),
      at(doc, '[data-e2e="comment-at-icon"]'),
      at(doc, '[data-e2e="comment-emoji-icon"]'),
      at(doc, '[data-e2e="like-icon"]'),
      at(doc, box),
      editorIn(doc, box),
      editorIn(doc, box).querySelector('[data-text="true"]')!,
      doc.body,
    ];
    for (const el of others) {
      expect(compose.submitFor(el), el.outerHTML.slice(0, 80)).toBeNull();
      if (el !== doc.body && !el.closest(selectors.EDITOR)) expect(compose.enterFor(el, false), el.outerHTML.slice(0, 80)).toBeNull();
    }
    // Outside the box: no editor either (the @ and emoji buttons sit inside data-e2e="comment-input").
    for (const el of others.slice(0, 6)) {
      expect(compose.enterFor(el, false), el.outerHTML.slice(0, 80)).toBeNull();
      expect(compose.editorFor(el), el.outerHTML.slice(0, 80)).toBeNull();
    }
    expect(compose.enterFor(doc.body, false)).toBeNull();
    expect(compose.editorFor(doc.body)).toBeNull();
  });

  it('finds no box where comments are off or the person is logged out', async () => {
    for (const state of ['comments=off', 'login=required']) {
      const doc = await loadFixture('tiktok-video.html', `${VIDEO}?${state}`);
      expect(doc.querySelector(box), state).toBeNull();
      for (const el of doc.querySelectorAll('[role="button"], a, p')) {
        expect(compose.submitFor(el), state).toBeNull();
        expect(compose.editorFor(el), state).toBeNull();
      }
    }
  });

  it('the page posts on Post and on Enter, never on Shift+Enter or when empty', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    const editor = editorIn(doc, box);
    enter(editor);
    click(at(doc, selectors.COMMENT_POST));
    expect(actions(doc), 'empty').toEqual([]);
    type(editor, 'First line');
    enter(editor, { shiftKey: true });
    expect(actions(doc), 'Shift+Enter').toEqual([]);
    expect(editor.querySelectorAll('[data-block="true"]')).toHaveLength(2);
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'comment', text: 'First line' }]);
    expect(editorText(editor)).toBe('');
    type(editor, '  ');
    enter(editor);
    expect(actions(doc), 'blank').toHaveLength(1);
  });

  it('render() re-creates the buttons and keeps the editor and its text', async () => {
    const doc = await loadFixture('tiktok-video.html', VIDEO);
    const editor = editorIn(doc, box);
    type(editor, 'Still here');
    const post = at(doc, selectors.COMMENT_POST);
    pageOf(doc).render();
    expect(post.isConnected).toBe(false);
    expect(editorIn(doc, box)).toBe(editor);
    expect(compose.submitFor(at(doc, selectors.COMMENT_POST))).toMatchObject({ editor, submit: at(doc, selectors.COMMENT_POST) });
    expect(editorText(editor)).toBe('Still here');
  });
});

describe('TikTok compose reader: messages', () => {
  const box = selectors.MESSAGE_BOX;

  it('reads the send icon, from the icon and from its path, with the person in the chat header', async () => {
    for (const [u, partner] of [
      ['ellie.smith09', { name: 'Ellie Smith', handle: 'ellie.smith09' }],
      ['jordanrivers', { name: 'Jordan Rivers', handle: 'jordanrivers' }],
      ['6912345678901234502', { name: 'Jordan Rivers', handle: 'jordanrivers' }],
    ] as const) {
      const doc = await loadFixture('tiktok-messages.html', `${MESSAGES}&u=${u}`);
      const editor = editorIn(doc, box);
      expect(doc.querySelector(selectors.SEND_BUTTON), 'shown once there is text').toBeNull();
      type(editor, 'See you Saturday');
      const send = at(doc, selectors.SEND_BUTTON);
      const expected = { editor, submit: send, surface: 'message', action: 'message', partner };
      expect(compose.submitFor(send), u).toEqual(expected);
      expect(compose.submitFor(send.querySelector('path')!), u).toEqual(expected);
      expect(compose.enterFor(editor, false), u).toEqual({ ...expected, submit: null });
      expect(compose.editorFor(editor.querySelector('[data-text="true"]')!), u).toEqual(expected);
      send.setAttribute('aria-disabled', 'true');
      expect(compose.submitFor(send)).toBeNull();
    }
  });

  it('opens the first chat without ?u, and a second chat from the conversation list', async () => {
    const doc = await loadFixture('tiktok-messages.html', MESSAGES);
    const editor = editorIn(doc, box);
    expect(compose.editorFor(editor)?.partner).toEqual({ name: 'Ellie Smith', handle: 'ellie.smith09' });
    click(at(doc, '[data-e2e="chat-list-item"] img', 1));
    expect(pageOf(doc).location.search).toContain('u=jordanrivers');
    expect(compose.editorFor(editor)?.partner).toEqual({ name: 'Jordan Rivers', handle: 'jordanrivers' });
    type(editor, 'Hi Jordan');
    click(at(doc, '[data-e2e="message-send"] path'));
    expect(actions(doc)).toEqual([{ action: 'message', text: 'Hi Jordan', to: 'Jordan Rivers' }]);
  });

  it('reads no partner while the chat header shows nobody', async () => {
    const doc = await loadFixture('tiktok-messages.html', `${MESSAGES}&u=6900000000000000000`);
    expect(at(doc, selectors.PARTNER_HANDLE).textContent).toBe('@');
    const editor = editorIn(doc, box);
    expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner: null });
  });

  it('reads the 2026 layout (dm-new hooks, an svg labelled Send)', async () => {
    const doc = await loadFixture('tiktok-messages.html', `${MESSAGES}&u=jordanrivers&ui=dm-new`);
    const editor = editorIn(doc, '[data-e2e="dm-new-input-editor"]');
    expect(doc.querySelector('[data-e2e="message-send"], [data-e2e="chat-nickname"]')).toBeNull();
    type(editor, 'New layout');
    const send = at(doc, '[data-e2e="dm-new-chat-bottom"] svg[aria-label="Send"]');
    const expected = { editor, submit: send, surface: 'message', action: 'message', partner: { name: 'Jordan Rivers', handle: 'jordanrivers' } };
    expect(compose.submitFor(send.querySelector('path')!)).toEqual(expected);
    expect(compose.editorFor(editor)).toEqual(expected);
    expect(compose.enterFor(editor, false)).toEqual({ ...expected, submit: null });
    click(at(doc, '[data-e2e="dm-new-conversation-item"]'));
    expect(compose.editorFor(editor)?.partner).toEqual({ name: 'Ellie Smith', handle: 'ellie.smith09' });
  });

  it('leaves the conversation list, the header, other buttons, the editor itself and blank space alone', async () => {
    for (const url of [`${MESSAGES}&u=ellie.smith09`, `${MESSAGES}&u=ellie.smith09&ui=dm-new`]) {
      const doc = await loadFixture('tiktok-messages.html', url);
      const editor = doc.querySelector(box)!.querySelector<HTMLElement>(selectors.EDITOR)!;
      type(editor, 'Hello');
      const others = [
        at(doc, '[data-e2e$="conversation-item"], [data-e2e="chat-list-item"]', 1),
        at(doc, '.SpanInfoExtract'),
        at(doc, '[data-e2e="top-chat-avatar"] img'),
        at(doc, selectors.PARTNER_NAME),
        at(doc, selectors.PARTNER_HANDLE),
        at(doc, '[data-e2e$="chat-item"] p'),
        at(doc, '[class*="DivPhotoIconContainer"] label'),
        at(doc, 'input[type="file"]'),
        at(doc, '[class*="DivEmojiButton"]'),
        editor,
        editor.querySelector('[data-text="true"]')!,
        doc.body,
      ];
      if (!url.includes('dm-new')) others.push(at(doc, '[data-e2e="more-action-icon"]'));
      for (const el of others) expect(compose.submitFor(el), `${url} ${el.outerHTML.slice(0, 80)}`).toBeNull();
      for (const el of [...others.slice(0, 9), doc.body]) {
        expect(compose.enterFor(el, false), el.outerHTML.slice(0, 80)).toBeNull();
        expect(compose.editorFor(el), el.outerHTML.slice(0, 80)).toBeNull();
      }
    }
  });

  it('the page sends on the icon and on Enter, never on Shift+Enter or when empty; it records a photo', async () => {
    const doc = await loadFixture('tiktok-messages.html', `${MESSAGES}&u=ellie.smith09`);
    const editor = editorIn(doc, box);
    enter(editor);
    expect(actions(doc), 'empty').toEqual([]);
    type(editor, 'One');
    enter(editor, { shiftKey: true });
    expect(actions(doc), 'Shift+Enter').toEqual([]);
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'message', text: 'One', to: 'Ellie Smith' }]);
    expect(doc.querySelector(selectors.SEND_BUTTON), 'hidden again once sent').toBeNull();

    const input = at(doc, 'input[type="file"][accept*="image"]') as HTMLInputElement;
    const win = pageOf(doc);
    Object.defineProperty(input, 'files', { value: [new win.File(['x'], 'class-photo.jpg', { type: 'image/jpeg' })] });
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(actions(doc).at(-1)).toEqual({ action: 'attach', name: 'class-photo.jpg' });
  });
});

describe('TikTok compose reader: the text read is the text the site sends', () => {
  const cases = [
    { name: 'comment', page: 'tiktok-video.html', url: VIDEO, box: selectors.COMMENT_BOX, control: `${selectors.COMMENT_POST} span`, action: 'comment' },
    { name: 'reply', page: 'tiktok-video.html', url: `${VIDEO}?reply=jordanrivers`, box: selectors.COMMENT_BOX, control: `${selectors.COMMENT_POST} span`, action: 'reply' },
    { name: 'message', page: 'tiktok-messages.html', url: `${MESSAGES}&u=ellie.smith09`, box: selectors.MESSAGE_BOX, control: '[data-e2e="message-send"] path', action: 'message', to: 'Ellie Smith' },
    { name: 'message (2026 layout)', page: 'tiktok-messages.html', url: `${MESSAGES}&u=jordanrivers&ui=dm-new`, box: '[data-e2e="dm-new-input-editor"]', control: '[aria-label="Send"] path', action: 'message', to: 'Jordan Rivers' },
  ];

  for (const c of cases) {
    it(`${c.name}: two lines, an emoji image, a zero-width space, the placeholder present`, async () => {
      for (const how of ['click', 'enter'] as const) {
        const doc = await loadFixture(c.page, c.url);
        const editor = editorIn(doc, c.box);
        write(editor, MIXED);
        const root = editor.closest('.DraftEditor-root')!;
        expect(root.querySelector(selectors.PLACEHOLDER), 'placeholder present').not.toBeNull();
        const read = editorText(editor);
        expect(read).toBe(MIXED_TEXT);
        expect(editorText(root), 'read from the Draft.js root, placeholder and all').toBe(MIXED_TEXT);

        changed(editor);
        const target = how === 'click' ? compose.submitFor(at(doc, c.control)) : compose.enterFor(editor, false);
        expect(target, how).toMatchObject({ editor, action: c.action });
        expect(editorText(target!.editor)).toBe(read);
        if (how === 'click') click(target!.submit!);
        else enter(editor);
        expect(actions(doc), how).toEqual([{ action: target!.action, text: read, ...(c.to ? { to: c.to } : {}) }]);
        if (c.to) expect(target!.partner?.name).toBe(c.to);
        expect(editorText(editor), 'emptied').toBe('');
      }
    });
  }
});

it('every selector (and each of its alternatives) matches something in the fixture pages', async () => {
  const video = await loadFixture('tiktok-video.html', VIDEO);
  const messages = await loadFixture('tiktok-messages.html', `${MESSAGES}&u=ellie.smith09`);
  const layout2026 = await loadFixture('tiktok-messages.html', `${MESSAGES}&u=ellie.smith09&ui=dm-new`);
  type(editorIn(messages, selectors.MESSAGE_BOX), 'Hello');
  type(editorIn(layout2026, selectors.MESSAGE_BOX), 'Hello');
  const docs = [video, messages, layout2026];
  for (const [role, selector] of Object.entries(selectors)) {
    expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    for (const alternative of selector.split(',')) expect(docs.some((d) => d.querySelector(alternative)), `${role}: ${alternative}`).toBe(true);
  }
});
