// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import { site } from '@/utils/sites/instagram';
import { compose, selectors } from '@/utils/sites/instagram/compose';
import { loadFixture } from './load-fixture';

const AT = {
  caption: 'https://www.instagram.com/',
  details: 'https://www.instagram.com/create/details/',
  select: 'https://www.instagram.com/create/select/',
  post: 'https://www.instagram.com/p/C0ffee1/',
  ellieFeed: 'https://www.instagram.com/p/B1scuit2/',
  limited: 'https://www.instagram.com/p/L1m1ted3/',
  ellie: 'https://www.instagram.com/direct/t/17842055330100001/',
  jordan: 'https://www.instagram.com/direct/t/17842055330100002/',
  group: 'https://www.instagram.com/direct/t/17842055330100003/',
  inbox: 'https://www.instagram.com/direct/inbox/',
};

interface SiteAction {
  action: string;
  text?: string;
  to?: string;
  name?: string;
}
interface FixtureWindow {
  __siteActions: SiteAction[];
  render(): void;
  Event: typeof Event;
  KeyboardEvent: typeof KeyboardEvent;
}
const win = (doc: Document) => doc.defaultView as unknown as FixtureWindow;
const actions = (doc: Document) => win(doc).__siteActions;

/** Instagram's controls have no test ids: find one by its word, as a person sees it. */
const control = (root: ParentNode, word: string) =>
  [...root.querySelectorAll<HTMLElement>('div[role="button"], button')].find((b) => b.textContent?.trim() === word) ?? null;
const icon = (root: ParentNode, label: string) => root.querySelector(`svg[aria-label="${label}"]`)!;
const editorIn = (doc: Document, selector: string) => doc.querySelector<HTMLElement>(selector)!;

/** Text put into an editor as the site holds it, then the input event the site listens for. */
function fill(editor: HTMLElement, content: string): void {
  const doc = editor.ownerDocument;
  if (editor.tagName === 'TEXTAREA') (editor as HTMLTextAreaElement).value = content;
  else editor.innerHTML = content;
  editor.dispatchEvent(new (win(doc).Event)('input', { bubbles: true }));
}
const P = (inner: string) => `<p class="xdj266r" dir="auto">${inner}</p>`;
const T = (text: string) => `<span data-lexical-text="true">${text}</span>`;
/** Two lines, an emoji drawn as an image, a zero-width cursor anchor. */
const RICH = P(T('Hello\u200B Ellie')) + P(T('See you at the match ') + '<img alt="⚽" draggable="false" height="16" width="16">' + T('!'));
const RICH_TEXT = 'Hello Ellie\nSee you at the match ⚽!';

function press(el: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new (win(el.ownerDocument).KeyboardEvent)('keydown', { key, bubbles: true, cancelable: true, ...init });
  el.dispatchEvent(event);
  return event;
}

describe('Instagram compose reader: the caption (Create dialog)', () => {
  it('reads Share, from the control or from inside it, as the caption in the dialog', async () => {
    const doc = await loadFixture('instagram-create.html', AT.caption);
    const editor = editorIn(doc, selectors.COMPOSER);
    const share = control(doc, 'Share')!;
    expect(editor.getAttribute('data-lexical-editor')).toBe('true');
    expect(compose.submitFor(share)).toEqual({ editor, submit: share, surface: 'post', action: 'caption' });
    share.innerHTML = '<span><span>Share</span></span>';
    expect(compose.submitFor(share.querySelector('span span')!)).toMatchObject({ editor, submit: share, surface: 'post', action: 'caption' });
    expect(compose.submitFor(share)?.partner).toBeUndefined();
  });

  it('reads the caption while typing, with Share as its control; Enter in the caption does not share', async () => {
    const doc = await loadFixture('instagram-create.html', AT.details);
    const editor = editorIn(doc, selectors.COMPOSER);
    fill(editor, P(T('Sports day')));
    const inner = editor.querySelector('span')!;
    expect(compose.editorFor(inner)).toEqual({ editor, submit: control(doc, 'Share'), surface: 'post', action: 'caption' });
    expect(compose.enterFor(inner, false)).toBeNull();
    expect(compose.enterFor(editor, true)).toBeNull();
    // The page agrees: Enter is a new line, nothing is shared.
    expect(press(editor, 'Enter').defaultPrevented).toBe(true);
    expect(actions(doc)).toEqual([]);
  });

  it('leaves other controls, links, the editor itself and blank space alone', async () => {
    const doc = await loadFixture('instagram-create.html', AT.caption);
    const editor = editorIn(doc, selectors.COMPOSER);
    for (const label of ['Back', 'Close', 'Emoji', 'Like', 'Share Post', 'Save', 'New post']) {
      expect(compose.submitFor(icon(doc, label)), label).toBeNull();
    }
    for (const word of ['Add collaborators', 'Advanced settings']) {
      expect(compose.submitFor([...doc.querySelectorAll('span')].find((s) => s.textContent === word)!), word).toBeNull();
    }
    expect(compose.submitFor(doc.querySelector('a[href="/gracepatel/"]')!)).toBeNull();
    expect(compose.submitFor(doc.querySelector('input[name="creation-location-input"]')!)).toBeNull();
    expect(compose.submitFor(editor)).toBeNull();
    expect(compose.submitFor(doc.querySelector('h1')!)).toBeNull();
    expect(compose.submitFor(doc.body)).toBeNull();
    expect(compose.editorFor(doc.body)).toBeNull();
    expect(compose.editorFor(control(doc, 'Share')!)).toBeNull();
  });

  it('does not read a disabled Share', async () => {
    const doc = await loadFixture('instagram-create.html', AT.caption);
    const share = control(doc, 'Share')!;
    share.setAttribute('aria-disabled', 'true');
    expect(compose.submitFor(share)).toBeNull();
  });

  it('reads the text the page shares: lines, emoji image, no zero-width space or placeholder', async () => {
    const doc = await loadFixture('instagram-create.html', AT.caption);
    const editor = editorIn(doc, selectors.COMPOSER);
    editor.innerHTML = RICH;
    // The placeholder is still drawn: the page has not heard the input yet.
    expect(doc.querySelector('.editor-box [aria-hidden="true"]')?.textContent).toBe('Write a caption...');
    const read = editorText(editor);
    expect(read).toBe(RICH_TEXT);
    control(doc, 'Share')!.click();
    expect(actions(doc)).toEqual([{ action: 'caption', text: read }]);
    expect(editorText(editor)).toBe('');
    control(doc, 'Share')!.click();
    expect(actions(doc)).toHaveLength(1);
  });

  it('keeps the editor and its text when React renders the controls again', async () => {
    const doc = await loadFixture('instagram-create.html', AT.caption);
    const editor = editorIn(doc, selectors.COMPOSER);
    fill(editor, P(T('Draft')));
    const share = control(doc, 'Share')!;
    win(doc).render();
    expect(editorIn(doc, selectors.COMPOSER)).toBe(editor);
    expect(editorText(editor)).toBe('Draft');
    expect(control(doc, 'Share')).not.toBe(share);
    expect(share.isConnected).toBe(false);
    expect(compose.submitFor(control(doc, 'Share')!)).toMatchObject({ editor });
  });

  it('records photos chosen on the first step, which has no caption yet', async () => {
    const doc = await loadFixture('instagram-create.html', AT.select);
    expect(doc.querySelector(selectors.COMPOSER)).toBeNull();
    expect(compose.submitFor(control(doc, 'Select from computer')!)).toBeNull();
    const input = doc.querySelector<HTMLInputElement>(selectors.PHOTO_INPUT)!;
    const w = doc.defaultView as unknown as { File: typeof File; Event: typeof Event };
    const file = new w.File(['x'], 'class-photo.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new w.Event('change', { bubbles: true }));
    expect(actions(doc)).toEqual([{ action: 'attach', name: 'class-photo.jpg' }]);
    // Crop, then Edit (Next is not a send), then the caption step.
    for (const step of ['Crop', 'Edit']) {
      expect(doc.querySelector('h1')?.textContent).toBe(step);
      expect(compose.submitFor(control(doc, 'Next')!)).toBeNull();
      control(doc, 'Next')!.click();
    }
    expect(compose.submitFor(control(doc, 'Share')!)).toMatchObject({ surface: 'post', action: 'caption' });
  });
});

describe('Instagram compose reader: comments (post page)', () => {
  it('reads Post, from the control or from inside it, as a comment', async () => {
    const doc = await loadFixture('instagram-post.html', AT.post);
    const box = editorIn(doc, selectors.COMMENT_BOX);
    expect(box.tagName).toBe('TEXTAREA');
    fill(box, 'Lovely idea');
    const post = control(doc, 'Post')!;
    expect(post.getAttribute('aria-disabled')).toBeNull();
    expect(compose.submitFor(post)).toEqual({ editor: box, submit: post, surface: 'comment', action: 'comment' });
    post.innerHTML = '<span>Post</span>';
    expect(compose.submitFor(post.firstElementChild!)).toMatchObject({ editor: box, submit: post, action: 'comment' });
  });

  it('does not read Post while it is disabled (empty box)', async () => {
    const doc = await loadFixture('instagram-post.html', AT.post);
    const post = control(doc, 'Post')!;
    expect(post.getAttribute('aria-disabled')).toBe('true');
    expect(compose.submitFor(post)).toBeNull();
  });

  it('reads Enter in the comment box, and the box while typing', async () => {
    const doc = await loadFixture('instagram-post.html', AT.ellieFeed);
    const box = editorIn(doc, selectors.COMMENT_BOX);
    fill(box, 'Go Biscuit!');
    expect(compose.enterFor(box, false)).toEqual({ editor: box, submit: null, surface: 'comment', action: 'comment' });
    expect(compose.enterFor(box, true)).toMatchObject({ editor: box, surface: 'comment' });
    expect(compose.editorFor(box)).toEqual({ editor: box, submit: control(doc, 'Post'), surface: 'comment', action: 'comment' });
    // The page agrees: Enter posts, Shift+Enter does not.
    press(box, 'Enter', { shiftKey: true });
    expect(actions(doc)).toEqual([]);
    press(box, 'Enter');
    expect(actions(doc)).toEqual([{ action: 'comment', text: 'Go Biscuit!' }]);
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('reads a reply: Reply puts "@username " in the box, and Post sends a reply', async () => {
    const doc = await loadFixture('instagram-post.html', AT.post);
    const reply = control(doc, 'Reply')!;
    expect(compose.submitFor(reply.querySelector('span')!)).toBeNull();
    reply.click();
    const box = editorIn(doc, selectors.COMMENT_BOX) as HTMLTextAreaElement;
    expect(box.value).toBe('@jordanrivers ');
    box.value += 'one for you 🍫';
    box.dispatchEvent(new (win(doc).Event)('input', { bubbles: true }));
    const target = compose.submitFor(control(doc, 'Post')!);
    expect(target).toMatchObject({ editor: box, surface: 'comment', action: 'reply' });
    const read = editorText(box);
    control(doc, 'Post')!.click();
    expect(actions(doc)).toEqual([{ action: 'reply', text: read }]);
    expect(read).toBe('@jordanrivers one for you 🍫');
  });

  it('reads the text the page posts: two lines, no zero-width space; the placeholder is not text', async () => {
    const doc = await loadFixture('instagram-post.html', AT.post);
    const box = editorIn(doc, selectors.COMMENT_BOX) as HTMLTextAreaElement;
    fill(box, 'Great work\u200B everyone\nSee you Friday 🍰');
    expect(box.getAttribute('placeholder')).toBe('Add a comment…');
    const read = editorText(box);
    expect(read).toBe('Great work everyone\nSee you Friday 🍰');
    control(doc, 'Post')!.click();
    expect(actions(doc)).toEqual([{ action: 'comment', text: read }]);
    expect(box.value).toBe('');
    press(box, 'Enter');
    expect(actions(doc)).toHaveLength(1);
  });

  it('leaves other controls, links, the box itself and blank space alone', async () => {
    const doc = await loadFixture('instagram-post.html', AT.post);
    const box = editorIn(doc, selectors.COMMENT_BOX);
    fill(box, 'Hello');
    for (const label of ['Like', 'Comment', 'Share', 'Save', 'Emoji', 'More options', 'New post']) {
      expect(compose.submitFor(icon(doc, label)), label).toBeNull();
    }
    expect(compose.submitFor(control(doc, 'Follow')!)).toBeNull();
    expect(compose.submitFor(doc.querySelector('a[href="/jordanrivers/"]')!)).toBeNull();
    expect(compose.submitFor(box)).toBeNull();
    expect(compose.submitFor(doc.querySelector('time')!)).toBeNull();
    expect(compose.submitFor(doc.body)).toBeNull();
    expect(compose.enterFor(doc.body, false)).toBeNull();
    expect(compose.editorFor(doc.querySelector('h3')!)).toBeNull();
  });

  it('has no comment box where commenting is limited', async () => {
    const doc = await loadFixture('instagram-post.html', AT.limited);
    expect(doc.querySelector(selectors.COMMENT_BOX)).toBeNull();
    expect(doc.body.textContent).toContain('Commenting on this post has been limited.');
    expect(control(doc, 'Post')).toBeNull();
  });
});

describe('Instagram compose reader: direct messages', () => {
  it('reads Send, from the control or from inside it, with the partner from the chat header', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.ellie);
    const editor = editorIn(doc, selectors.MESSAGE_BOX);
    expect(editor.getAttribute('data-lexical-editor')).toBe('true');
    expect(control(doc, 'Send')).toBeNull();
    fill(editor, P(T('See you Saturday')));
    const send = control(doc, 'Send')!;
    expect(compose.submitFor(send)).toEqual({
      editor,
      submit: send,
      surface: 'message',
      action: 'message',
      partner: { name: 'Ellie Smith', handle: 'ellie.smith09' },
    });
    send.innerHTML = '<div><span>Send</span></div>';
    expect(compose.submitFor(send.querySelector('span')!)).toMatchObject({ editor, submit: send, partner: { handle: 'ellie.smith09' } });
  });

  it('reads Enter in the editor, and the editor while typing, for each conversation', async () => {
    for (const [url, partner] of [
      [AT.ellie, { name: 'Ellie Smith', handle: 'ellie.smith09' }],
      [AT.jordan, { name: 'Jordan Rivers', handle: 'jordanrivers' }],
      [AT.group, { name: 'Netball mums 🏐' }],
    ] as const) {
      const doc = await loadFixture('instagram-direct.html', url);
      const editor = editorIn(doc, selectors.MESSAGE_BOX);
      expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
      fill(editor, P(T('Hi')));
      const inner = editor.querySelector('span')!;
      expect(compose.enterFor(inner, false), url).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
      expect(compose.enterFor(inner, true)).toMatchObject({ partner });
      expect(compose.editorFor(inner)).toEqual({ editor, submit: control(doc, 'Send'), surface: 'message', action: 'message', partner });
    }
  });

  it('reads no partner when the header shows nobody', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.ellie);
    doc.querySelector(selectors.THREAD_HEADER)!.replaceChildren();
    expect(compose.editorFor(editorIn(doc, selectors.MESSAGE_BOX))).toMatchObject({ surface: 'message', partner: null });
    doc.querySelector(selectors.THREAD_HEADER)!.remove();
    expect(compose.enterFor(editorIn(doc, selectors.MESSAGE_BOX), false)).toMatchObject({ partner: null });
  });

  it('sends what the reader reads: lines, emoji image, no zero-width space or placeholder; Enter sends, Shift+Enter does not', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.jordan);
    const editor = editorIn(doc, selectors.MESSAGE_BOX);
    editor.innerHTML = RICH;
    expect(doc.querySelector('[data-pagelet="IGDComposerForCannes"] [aria-hidden="true"]')?.textContent).toBe('Message...');
    const read = editorText(editor);
    expect(read).toBe(RICH_TEXT);
    editor.dispatchEvent(new (win(doc).Event)('input', { bubbles: true }));
    expect(press(editor, 'Enter', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(actions(doc)).toEqual([]);
    control(doc, 'Send')!.click();
    expect(actions(doc)).toEqual([{ action: 'message', text: read, to: 'Jordan Rivers' }]);
    expect(editorText(editor)).toBe('');
    expect(control(doc, 'Send')).toBeNull();
    fill(editor, P(T('Second line one')) + P('<br>') + P(T('and two')));
    const second = editorText(editor);
    expect(second).toBe('Second line one\n\nand two');
    expect(press(editor, 'Enter').defaultPrevented).toBe(true);
    expect(actions(doc)[1]).toEqual({ action: 'message', text: second, to: 'Jordan Rivers' });
    press(editor, 'Enter');
    expect(actions(doc)).toHaveLength(2);
  });

  it('sends to a group under its title, with no handle claimed', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.group);
    const editor = editorIn(doc, selectors.MESSAGE_BOX);
    fill(editor, P(T('I can do oranges 🍊')));
    expect(compose.submitFor(control(doc, 'Send')!)).toMatchObject({ partner: { name: 'Netball mums 🏐' } });
    expect(compose.submitFor(control(doc, 'Send')!)?.partner?.handle).toBeUndefined();
    press(editor, 'Enter');
    expect(actions(doc)).toEqual([{ action: 'message', text: 'I can do oranges 🍊', to: 'Netball mums 🏐' }]);
  });

  it('switches conversation from the inbox list, and reads the new partner', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.ellie);
    const row = [...doc.querySelectorAll<HTMLElement>('[role="list"] [role="button"]')].find((r) => r.textContent?.includes('Jordan Rivers'))!;
    expect(compose.submitFor(row)).toBeNull();
    row.querySelector('span')!.click();
    expect(doc.location.pathname).toBe('/direct/t/17842055330100002/');
    expect(compose.editorFor(editorIn(doc, selectors.MESSAGE_BOX))?.partner).toEqual({ name: 'Jordan Rivers', handle: 'jordanrivers' });
  });

  it('leaves other controls, links, the editor itself and blank space alone', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.ellie);
    const editor = editorIn(doc, selectors.MESSAGE_BOX);
    for (const label of ['Audio call', 'Video call', 'Conversation information', 'Choose an emoji', 'Voice Clip', 'Add Photo or Video', 'Like', 'New message']) {
      expect(compose.submitFor(icon(doc, label)), label).toBeNull();
    }
    expect(compose.submitFor(doc.querySelector(selectors.PROFILE_LINK)!)).toBeNull();
    expect(compose.submitFor(doc.querySelector('[role="list"] [role="button"]')!)).toBeNull();
    expect(compose.submitFor(editor)).toBeNull();
    expect(compose.submitFor(doc.querySelector(selectors.THREAD_TITLE)!)).toBeNull();
    expect(compose.submitFor(doc.body)).toBeNull();
    expect(compose.enterFor(doc.querySelector(selectors.THREAD_HEADER)!, false)).toBeNull();
    expect(compose.editorFor(doc.querySelector('[data-pagelet="IGDMessagesList"]')!)).toBeNull();
  });

  it('shows no editor in the inbox, and "Send message" there is not a send', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.inbox);
    expect(doc.querySelector(selectors.MESSAGE_BOX)).toBeNull();
    expect(compose.submitFor(control(doc, 'Send message')!)).toBeNull();
  });

  it('records a photo chosen in the chat', async () => {
    const doc = await loadFixture('instagram-direct.html', AT.ellie);
    const input = doc.querySelector<HTMLInputElement>(selectors.PHOTO_INPUT)!;
    const w = doc.defaultView as unknown as { File: typeof File; Event: typeof Event };
    Object.defineProperty(input, 'files', { value: [new w.File(['x'], 'trip.png', { type: 'image/png' })] });
    input.dispatchEvent(new w.Event('change', { bubbles: true }));
    expect(actions(doc)).toEqual([{ action: 'attach', name: 'trip.png' }]);
  });
});

describe('Instagram compose reader: module and selectors', () => {
  it('is registered on the Instagram module', () => {
    expect(site.compose).toBe(compose);
    expect(compose.selectors).toBe(selectors);
  });

  it('every selector matches something in the fixture pages', async () => {
    const docs = [
      await loadFixture('instagram-create.html', AT.caption),
      await loadFixture('instagram-create.html', AT.select),
      await loadFixture('instagram-post.html', AT.post),
      await loadFixture('instagram-direct.html', AT.ellie),
    ];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
