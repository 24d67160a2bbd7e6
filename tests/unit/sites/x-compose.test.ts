// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import type { ComposeTarget } from '@/utils/sites/compose';
import { compose, selectors } from '@/utils/sites/x/compose';
import { loadFixture } from './load-fixture';

type SiteWindow = Window & typeof globalThis & { __siteActions: Array<Record<string, string>>; render: () => void };
const win = (node: Node) => (node.ownerDocument ?? (node as Document)).defaultView as unknown as SiteWindow;
const actions = (doc: Document) => win(doc).__siteActions;

/** The element matching `selector` (the `index`th), failing the test when there is none. */
function at<T extends Element = HTMLElement>(root: ParentNode, selector: string, index = 0): T {
  const el = root.querySelectorAll<T>(selector)[index];
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

/** Chat renders into an open shadow root under X's page. */
const chat = (doc: Document) => at(doc, selectors.CHAT_HOST).shadowRoot!;

const click = (el: Element) => el.dispatchEvent(new (win(el).MouseEvent)('click', { bubbles: true, cancelable: true }));
const enter = (el: Element, init: KeyboardEventInit = {}) =>
  el.dispatchEvent(new (win(el).KeyboardEvent)('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ...init }));
/** What React hears when the person has typed: an input event on the editor. */
const input = (el: Element) => el.dispatchEvent(new (win(el).Event)('input', { bubbles: true }));

/** Draft.js's block structure for `blocks` (each a block's inner HTML; '' is an empty line), as X renders it. */
function draftHtml(blocks: string[]): string {
  return blocks
    .map((inner, i) => {
      const key = `k${i}abc-0-0`;
      const leaf = inner ? inner : `<span data-offset-key="${key}"><br data-text="true"></span>`;
      return `<div class="" data-block="true" data-editor="ed1t0" data-offset-key="${key}"><div data-offset-key="${key}" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${leaf}</div></div>`;
    })
    .join('');
}
const leaf = (text: string) => `<span data-offset-key="x-0-0"><span data-text="true">${text}</span></span>`;

/** Puts text into a Draft.js editor's DOM (one block per line) and tells the page, as typing would. */
function typeDraft(editor: HTMLElement, blocks: string[]) {
  at(editor, '[data-contents="true"]').innerHTML = draftHtml(blocks);
  input(editor);
}
function typeChat(box: HTMLTextAreaElement, value: string) {
  box.value = value;
  input(box);
}

/** Compares elements by identity (toMatchObject would pass any element for any other: they have no own keys). */
function expectTarget(found: ComposeTarget | null, want: ComposeTarget) {
  expect(found).not.toBeNull();
  expect(found!.editor).toBe(want.editor);
  expect(found!.submit).toBe(want.submit);
  expect({ surface: found!.surface, action: found!.action }).toEqual({ surface: want.surface, action: want.action });
  if ('partner' in want) expect(found!.partner).toEqual(want.partner);
}

/** Every way the reader reaches one compose box: its send control (and deep inside it), Enter as the site sends, the editor. */
function expectReads(want: ComposeTarget & { submit: HTMLElement }, enterSends: 'plain' | 'modifier') {
  expectTarget(compose.submitFor(want.submit), want);
  const deep = want.submit.querySelector('span span, path') ?? want.submit;
  expect(deep).not.toBe(want.submit);
  expectTarget(compose.submitFor(deep), want);
  const inside = want.editor.querySelector('[data-text="true"]') ?? want.editor;
  expectTarget(compose.editorFor(inside), want);
  expectTarget(compose.enterFor(inside, true), want);
  if (enterSends === 'plain') expectTarget(compose.enterFor(want.editor, false), want);
  else expect(compose.enterFor(want.editor, false)).toBeNull();
}

describe('X compose reader: posts, replies and quotes (x-home.html)', () => {
  it('the timeline composer: Post from its button or anything inside it once there is text; Ctrl/Cmd+Enter, not Enter', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    const editor = at(doc, `[data-testid="primaryColumn"] ${selectors.COMPOSER}`);
    const submit = at(doc, '[data-testid="tweetButtonInline"]');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(compose.submitFor(submit)).toBeNull();
    expect(compose.enterFor(editor, true)).toBeNull();
    expectTarget(compose.editorFor(editor), { editor, submit, surface: 'post', action: 'post' });
    typeDraft(editor, [leaf('Sports day is on Friday')]);
    expect(submit.hasAttribute('aria-disabled')).toBe(false);
    expectReads({ editor, submit, surface: 'post', action: 'post' }, 'modifier');
  });

  it('Reply opens the modal composer: its Reply button and Ctrl+Enter send a reply (a comment), and the timeline composer keeps its own button', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    click(at(doc, 'article [data-testid="reply"] path'));
    const dialog = at(doc, selectors.COMPOSE_DIALOG);
    expect(dialog.textContent).toContain('Replying to @jordanrivers');
    const editor = at(dialog, selectors.COMPOSER);
    const submit = at(dialog, '[data-testid="tweetButton"]');
    typeDraft(editor, [leaf('Sounds lovely')]);
    expectReads({ editor, submit, surface: 'comment', action: 'reply' }, 'modifier');
    const inline = at(doc, `[data-testid="primaryColumn"] ${selectors.COMPOSER}`);
    expectTarget(compose.editorFor(inline), { editor: inline, submit: at<HTMLElement>(doc, '[data-testid="tweetButtonInline"]'), surface: 'post', action: 'post' });
    // Before React has drawn the timeline composer's button, the modal's is not taken for it.
    at(doc, '[data-testid="tweetButtonInline"]').remove();
    expectTarget(compose.editorFor(inline), { editor: inline, submit: null, surface: 'post', action: 'post' });
  });

  it('Quote from the Repost menu is a quote (a post)', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    click(at(doc, 'article [data-testid="retweet"]', 1));
    expect(compose.submitFor(at(doc, '[data-testid="retweetConfirm"]'))).toBeNull();
    click(at(doc, 'a[href="/compose/post"][role="menuitem"] span'));
    const dialog = at(doc, selectors.COMPOSE_DIALOG);
    const editor = at(dialog, selectors.COMPOSER);
    const submit = at(dialog, '[data-testid="tweetButton"]');
    expect(at(dialog, selectors.POST_TEXT).textContent).toBe('Does anyone know when the summer fair is this year?');
    typeDraft(editor, [leaf('Worth knowing')]);
    expectReads({ editor, submit, surface: 'post', action: 'quote' }, 'modifier');
  });

  it('the side bar\'s Post opens a new post in the modal at /compose/post, and that address opens it too', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    click(at(doc, '[data-testid="SideNav_NewTweet_Button"]'));
    expect(win(doc).location.pathname).toBe('/compose/post');
    let dialog = at(doc, selectors.COMPOSE_DIALOG);
    typeDraft(at(dialog, selectors.COMPOSER), [leaf('New term, new timetable')]);
    expectReads({ editor: at(dialog, selectors.COMPOSER), submit: at(dialog, '[data-testid="tweetButton"]'), surface: 'post', action: 'post' }, 'modifier');

    // A thread: a second box in the same dialog is sent by the same button.
    const second = at(dialog, selectors.COMPOSER).cloneNode(true) as HTMLElement;
    second.setAttribute('data-testid', 'tweetTextarea_1');
    at(dialog, '[data-testid="tweetTextarea_0RichTextInputContainer"]').after(second);
    expectTarget(compose.editorFor(second), { editor: second, submit: at<HTMLElement>(dialog, '[data-testid="tweetButton"]'), surface: 'post', action: 'post' });

    const direct = await loadFixture('x-home.html', 'https://x.com/compose/post');
    dialog = at(direct, selectors.COMPOSE_DIALOG);
    typeDraft(at(dialog, selectors.COMPOSER), [leaf('Hello')]);
    expect(compose.submitFor(at(dialog, '[data-testid="tweetButton"]'))).toMatchObject({ surface: 'post', action: 'post' });
  });

  it('a post page\'s inline reply box sends a reply', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/jordanrivers/status/1859000000000000001');
    const editor = at(doc, selectors.COMPOSER);
    const submit = at(doc, '[data-testid="tweetButtonInline"]');
    expect(submit.textContent).toBe('Reply');
    typeDraft(editor, [leaf('See you there')]);
    expectReads({ editor, submit, surface: 'comment', action: 'reply' }, 'modifier');
  });

  it('where the labels are not English, the layout tells a reply (post above the editor) from a quote (post below)', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    click(at(doc, 'article [data-testid="reply"]'));
    let dialog = at(doc, selectors.COMPOSE_DIALOG);
    typeDraft(at(dialog, selectors.COMPOSER), [leaf('Hola')]);
    at(dialog, '[data-testid="tweetButton"] span span').textContent = 'Responder';
    at(dialog, '.replying').textContent = 'Respondiendo a @jordanrivers';
    expect(compose.submitFor(at(dialog, '[data-testid="tweetButton"]'))).toMatchObject({ surface: 'comment', action: 'reply' });
    click(at(dialog, '[data-testid="app-bar-close"]'));

    click(at(doc, 'article [data-testid="retweet"]'));
    click(at(doc, 'a[href="/compose/post"][role="menuitem"]'));
    dialog = at(doc, selectors.COMPOSE_DIALOG);
    typeDraft(at(dialog, selectors.COMPOSER), [leaf('Hola')]);
    at(dialog, '[data-testid="tweetButton"] span span').textContent = 'Publicar';
    expect(compose.submitFor(at(dialog, '[data-testid="tweetButton"]'))).toMatchObject({ surface: 'post', action: 'quote' });
  });

  it('leaves every other click alone: links, other buttons, menus, the editor itself and blank space', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    const editor = at(doc, selectors.COMPOSER);
    typeDraft(editor, [leaf('Hello')]);
    const others = [
      'nav a[href="/home"]',
      '[data-testid="SideNav_NewTweet_Button"]',
      'article [data-testid="User-Name"] a',
      'article a[href*="/status/"] time',
      'article [data-testid="reply"]',
      'article [data-testid="retweet"] path',
      'article [data-testid="like"]',
      'article [data-testid="tweetText"] span',
      '[aria-label="Add photos or video"]',
      '[aria-label="Add emoji"]',
      '[data-testid="fileInput"]',
      '[data-testid="toolBar"]',
      '[role="tab"]',
      '[data-testid="primaryColumn"]',
    ];
    for (const selector of others) expect(compose.submitFor(at(doc, selector)), selector).toBeNull();
    expect(compose.submitFor(editor)).toBeNull();
    expect(compose.submitFor(at(editor, '[data-text="true"]'))).toBeNull();
    expect(compose.submitFor(doc.body)).toBeNull();
    expect(compose.editorFor(doc.body)).toBeNull();
    expect(compose.editorFor(at(doc, '[data-testid="tweetButtonInline"]'))).toBeNull();
    expect(compose.enterFor(doc.body, true)).toBeNull();
    expect(compose.enterFor(at(doc, 'article'), true)).toBeNull();
    click(at(doc, 'article [data-testid="reply"]'));
    expect(compose.submitFor(at(doc, '[data-testid="app-bar-close"]'))).toBeNull();
    expect(compose.submitFor(at(doc, `${selectors.COMPOSE_DIALOG} a[href="/jordanrivers"]`))).toBeNull();
    expect(actions(doc)).toEqual([]);
  });

  it('reads the buttons React re-creates; the editor keeps its text', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    const editor = at(doc, selectors.COMPOSER);
    typeDraft(editor, [leaf('Kept')]);
    const before = at(doc, '[data-testid="tweetButtonInline"]');
    win(doc).render();
    const after = at(doc, '[data-testid="tweetButtonInline"]');
    expect(after).not.toBe(before);
    expect(before.isConnected).toBe(false);
    expect(at(doc, selectors.COMPOSER)).toBe(editor);
    expect(editorText(editor)).toBe('Kept');
    expectTarget(compose.submitFor(after), { editor, submit: after, surface: 'post', action: 'post' });
  });
});

describe('X compose reader: the older direct messages (x-messages.html)', () => {
  it('Ellie Smith\'s conversation: Send and Enter send a message to the person the header shows', async () => {
    const doc = await loadFixture('x-messages.html', 'https://x.com/messages/1001-9000');
    const editor = at(doc, selectors.MESSAGE_BOX);
    const submit = at(doc, selectors.SEND_BUTTON);
    expect(compose.submitFor(submit)).toBeNull();
    expect(compose.enterFor(editor, false)).toBeNull();
    typeDraft(editor, [leaf('See you at netball')]);
    expectReads({ editor, submit, surface: 'message', action: 'message', partner: { name: 'Ellie Smith', handle: 'ellie.smith09' } }, 'plain');
  });

  it('Jordan Rivers\'s conversation, a group (its title, no handle) and one still loading (nobody)', async () => {
    const cases: Array<[string, ComposeTarget['partner']]> = [
      ['1003-9000', { name: 'Jordan Rivers', handle: 'jordanrivers' }],
      ['1580000000000000000', { name: 'Year 9 netball parents', handle: undefined }],
      ['1234-9000', null],
    ];
    for (const [id, partner] of cases) {
      const doc = await loadFixture('x-messages.html', `https://x.com/messages/${id}`);
      const editor = at(doc, selectors.MESSAGE_BOX);
      typeDraft(editor, [leaf('Hello')]);
      expectReads({ editor, submit: at(doc, selectors.SEND_BUTTON), surface: 'message', action: 'message', partner }, 'plain');
    }
  });

  it('a group is never read as one of its members: not from a member\'s "@handle" in its header, nor from their avatar beside a message', async () => {
    const doc = await loadFixture('x-messages.html', 'https://x.com/messages/1580000000000000000');
    const editor = at(doc, selectors.MESSAGE_BOX);
    const title = at(doc, selectors.DM_TITLE);
    title.insertAdjacentHTML('afterend', '<div dir="ltr"><span>@gracepatel</span></div>');
    expect(compose.editorFor(editor)?.partner).toEqual({ name: 'Year 9 netball parents', handle: undefined });
    title.nextElementSibling!.remove();
    at(doc, selectors.GROUP_INFO).remove();
    expect(at(doc, `${selectors.DM_MESSAGE} ${selectors.DM_AVATAR}`).getAttribute('href')).toBe('/gracepatel');
    expect(compose.editorFor(editor)?.partner).toEqual({ name: 'Year 9 netball parents', handle: undefined });
  });

  it('leaves every other click alone, and the inbox has no compose box', async () => {
    const doc = await loadFixture('x-messages.html', 'https://x.com/messages/1001-9000');
    const editor = at(doc, selectors.MESSAGE_BOX);
    typeDraft(editor, [leaf('Hello')]);
    const others = [
      '[aria-label="Add photos or video"]',
      '[aria-label="Add a GIF"]',
      '[aria-label="Add emoji"]',
      '[aria-label="Conversation info"]',
      `${selectors.DM_THREAD} ${selectors.DM_AVATAR}`,
      selectors.DM_MESSAGE,
      '[data-testid="conversation"] a.open',
      'nav a[href="/messages"]',
      selectors.DM_TITLE,
      'aside',
    ];
    for (const selector of others) expect(compose.submitFor(at(doc, selector)), selector).toBeNull();
    expect(compose.submitFor(editor)).toBeNull();
    expect(compose.submitFor(doc.body)).toBeNull();
    expect(compose.editorFor(at(doc, selectors.DM_MESSAGE))).toBeNull();
    expect(compose.enterFor(at(doc, selectors.DM_MESSAGE), false)).toBeNull();

    const inbox = await loadFixture('x-messages.html', 'https://x.com/messages');
    expect(inbox.querySelector(selectors.MESSAGE_BOX)).toBeNull();
    expect(compose.submitFor(at(inbox, '[data-testid="conversation"] a.open'))).toBeNull();
  });
});

describe('X compose reader: Chat (x-chat.html, inside its shadow root)', () => {
  it('Ellie Smith\'s chat: Send (mounted once there is text) and Enter send a message to the person the header shows', async () => {
    const doc = await loadFixture('x-chat.html', 'https://x.com/i/chat/1001-9000');
    const root = chat(doc);
    const editor = at<HTMLTextAreaElement>(root, selectors.CHAT_BOX);
    expect(root.querySelector(selectors.CHAT_SEND_BUTTON)).toBeNull();
    expectTarget(compose.editorFor(editor), { editor, submit: null, surface: 'message', action: 'message', partner: { name: 'Ellie Smith', handle: 'ellie.smith09' } });
    expect(compose.submitFor(at(root, '[data-testid="dm-composer-voice-button"]'))).toBeNull();
    typeChat(editor, 'See you at netball');
    const submit = at(root, selectors.CHAT_SEND_BUTTON);
    expectReads({ editor, submit, surface: 'message', action: 'message', partner: { name: 'Ellie Smith', handle: 'ellie.smith09' } }, 'plain');
    // A document listener sees Chat's events on the shadow host: for keys, the box focused inside it is read.
    const host = at(doc, selectors.CHAT_HOST);
    expect(compose.enterFor(host, false)).toBeNull();
    editor.focus();
    expect(root.activeElement).toBe(editor);
    expectTarget(compose.enterFor(host, false), { editor, submit, surface: 'message', action: 'message' });
    expect(compose.submitFor(host)).toBeNull();
  });

  it('Jordan Rivers\'s chat, a group (its title, no handle) and one still loading (nobody)', async () => {
    const cases: Array<[string, ComposeTarget['partner']]> = [
      ['1003-9000', { name: 'Jordan Rivers', handle: 'jordanrivers' }],
      ['g1580000000000000000', { name: 'Year 9 netball parents', handle: undefined }],
      ['55-9000', null],
    ];
    for (const [id, partner] of cases) {
      const root = chat(await loadFixture('x-chat.html', `https://x.com/i/chat/${id}`));
      const editor = at<HTMLTextAreaElement>(root, selectors.CHAT_BOX);
      typeChat(editor, 'Hello');
      expectReads({ editor, submit: at(root, selectors.CHAT_SEND_BUTTON), surface: 'message', action: 'message', partner }, 'plain');
    }
  });

  it('leaves every other click alone, and the inbox has no compose box', async () => {
    const doc = await loadFixture('x-chat.html', 'https://x.com/i/chat/1001-9000');
    const root = chat(doc);
    const editor = at<HTMLTextAreaElement>(root, selectors.CHAT_BOX);
    typeChat(editor, 'Hello');
    const others = [
      '[data-testid="dm-composer-attachment-button"] path',
      '[data-testid="dm-composer-gif-button"]',
      '[data-testid="dm-composer-emoji-button"]',
      '[data-testid="dm-composer-file-input"]',
      `${selectors.THREAD_HEADER} a`,
      selectors.THREAD_NAME,
      '[aria-label="Chat settings"]',
      '[data-testid="dm-new-chat-button"]',
      '[data-testid^="dm-conversation-item-"] a',
      '[data-testid^="message-text-"]',
      selectors.CHAT_FORM,
    ];
    for (const selector of others) expect(compose.submitFor(at(root, selector)), selector).toBeNull();
    expect(compose.submitFor(editor)).toBeNull();
    expect(compose.submitFor(at(doc, selectors.CHAT_HOST))).toBeNull();
    expect(compose.submitFor(doc.body)).toBeNull();
    expect(compose.editorFor(at(root, '[data-testid="dm-message-list"]'))).toBeNull();

    const inbox = chat(await loadFixture('x-chat.html', 'https://x.com/i/chat'));
    expect(inbox.querySelector(selectors.CHAT_BOX)).toBeNull();
    expect(compose.submitFor(at(inbox, '[data-testid^="dm-conversation-item-"] a'))).toBeNull();
  });
});

describe('X compose reader: editorText reads what the site sends', () => {
  // Two lines with an empty one between, an emoji drawn as an image, a cursor anchor, the placeholder showing.
  const blocks = [leaf('Netball at 4\u200B'), '', `${leaf('see you there ')}<span data-offset-key="y-0-0"><img alt="🙂" src="data:," draggable="false"></span>`];
  const expected = 'Netball at 4\n\nsee you there 🙂';

  it('the post composer (Draft.js): its button, and Ctrl+Enter in the reply modal', async () => {
    const doc = await loadFixture('x-home.html', 'https://x.com/home');
    const editor = at(doc, selectors.COMPOSER);
    at(editor.closest('.DraftEditor-root')!, '.public-DraftEditorPlaceholder-root');
    at(editor, '[data-contents="true"]').innerHTML = draftHtml(blocks);
    const text = editorText(editor);
    expect(text).toBe(expected);
    input(editor);
    click(at(doc, '[data-testid="tweetButtonInline"] span span'));
    expect(actions(doc)).toEqual([{ action: 'post', text }]);
    expect(editorText(editor)).toBe('');

    click(at(doc, 'article [data-testid="reply"]'));
    const reply = at(doc, `${selectors.COMPOSE_DIALOG} ${selectors.COMPOSER}`);
    at(reply, '[data-contents="true"]').innerHTML = draftHtml(blocks);
    input(reply);
    const replyText = editorText(reply);
    enter(reply);
    expect(actions(doc)).toHaveLength(1);
    enter(reply, { ctrlKey: true });
    expect(actions(doc)[1]).toEqual({ action: 'reply', text: replyText });
    expect(replyText).toBe(expected);
  });

  it('the older DM box (Draft.js): Enter and Send', async () => {
    const doc = await loadFixture('x-messages.html', 'https://x.com/messages/1001-9000');
    const editor = at(doc, selectors.MESSAGE_BOX);
    at(editor.closest('.DraftEditor-root')!, '.public-DraftEditorPlaceholder-root');
    at(editor, '[data-contents="true"]').innerHTML = draftHtml(blocks);
    const text = editorText(editor);
    expect(text).toBe(expected);
    input(editor);
    enter(editor, { shiftKey: true });
    expect(actions(doc)).toEqual([]);
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'message', text, to: 'Ellie Smith' }]);
    typeDraft(editor, [leaf('Second')]);
    const second = editorText(editor);
    click(at(doc, `${selectors.SEND_BUTTON} path`));
    expect(actions(doc)[1]).toEqual({ action: 'message', text: second, to: 'Ellie Smith' });
    expect(editorText(editor)).toBe('');
  });

  it('Chat\'s textarea: Enter and Send', async () => {
    const doc = await loadFixture('x-chat.html', 'https://x.com/i/chat/1003-9000');
    const root = chat(doc);
    const editor = at<HTMLTextAreaElement>(root, selectors.CHAT_BOX);
    expect(editor.getAttribute('placeholder')).toBeTruthy();
    typeChat(editor, 'Netball at 4\u200B\n\nsee you there 🙂');
    const text = editorText(editor);
    expect(text).toBe(expected);
    enter(editor, { shiftKey: true });
    expect(actions(doc)).toEqual([]);
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'message', text, to: 'Jordan Rivers' }]);
    expect(editorText(editor)).toBe('');
    typeChat(editor, 'Second');
    const second = editorText(editor);
    click(at(root, `${selectors.CHAT_SEND_BUTTON} path`));
    expect(actions(doc)[1]).toEqual({ action: 'message', text: second, to: 'Jordan Rivers' });
  });

  it('the pages send nothing from an empty box (or one holding only spaces and cursor anchors)', async () => {
    const home = await loadFixture('x-home.html', 'https://x.com/home');
    const post = at(home, selectors.COMPOSER);
    enter(post, { ctrlKey: true });
    click(at(home, '[data-testid="tweetButtonInline"]'));
    typeDraft(post, [leaf(' \u200B ')]);
    enter(post, { metaKey: true });
    expect(actions(home)).toEqual([]);

    const dms = await loadFixture('x-messages.html', 'https://x.com/messages/1003-9000');
    enter(at(dms, selectors.MESSAGE_BOX));
    typeDraft(at(dms, selectors.MESSAGE_BOX), ['', '']);
    enter(at(dms, selectors.MESSAGE_BOX));
    expect(actions(dms)).toEqual([]);

    const chats = await loadFixture('x-chat.html', 'https://x.com/i/chat/1001-9000');
    const box = at<HTMLTextAreaElement>(chat(chats), selectors.CHAT_BOX);
    enter(box);
    typeChat(box, '  \u200B');
    enter(box);
    expect(actions(chats)).toEqual([]);
  });
});

describe('X compose reader: the fixture pages', () => {
  it('every page has a photo input that records what is attached', async () => {
    const pages = [
      await loadFixture('x-home.html', 'https://x.com/home'),
      await loadFixture('x-messages.html', 'https://x.com/messages/1001-9000'),
      await loadFixture('x-chat.html', 'https://x.com/i/chat/1001-9000'),
    ];
    for (const doc of pages) {
      const root: ParentNode = doc.querySelector(selectors.CHAT_HOST)?.shadowRoot ?? doc;
      const file = at<HTMLInputElement>(root, 'input[type=file][accept*="image"]');
      Object.defineProperty(file, 'files', { value: [new (win(doc).File)(['x'], 'sports-day.jpg', { type: 'image/jpeg' })] });
      file.dispatchEvent(new (win(doc).Event)('change', { bubbles: true }));
      expect(actions(doc)).toEqual([{ action: 'attach', name: 'sports-day.jpg' }]);
    }
  });

  it('every selector matches something in the fixture pages', async () => {
    const home = await loadFixture('x-home.html', 'https://x.com/home');
    click(at(home, 'article [data-testid="reply"]'));
    const docs = [
      home,
      await loadFixture('x-home.html', 'https://x.com/jordanrivers/status/1859000000000000001'),
      await loadFixture('x-messages.html', 'https://x.com/messages/1001-9000'),
      await loadFixture('x-messages.html', 'https://x.com/messages/1580000000000000000'),
      await loadFixture('x-chat.html', 'https://x.com/i/chat/1001-9000'),
    ];
    const roots: ParentNode[] = docs.flatMap((doc) => [doc, ...[...doc.querySelectorAll(selectors.CHAT_HOST)].map((host) => host.shadowRoot!)]);
    for (const root of roots.filter((r) => r.querySelector(selectors.CHAT_BOX))) typeChat(at<HTMLTextAreaElement>(root, selectors.CHAT_BOX), 'Hello');
    for (const [role, selector] of Object.entries(selectors)) {
      expect(roots.some((root) => root.querySelector(selector)), role).toBe(true);
    }
  });
});
