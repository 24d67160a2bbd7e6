// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import { compose, selectors } from '@/utils/sites/facebook/compose';
import { loadFixture } from './load-fixture';

type SiteWindow = Window & typeof globalThis & { __siteActions: Record<string, unknown>[]; render(): void };
const win = (doc: Document) => doc.defaultView as unknown as SiteWindow;
const actions = (doc: Document) => win(doc).__siteActions;
const button = (root: ParentNode, label: string) => root.querySelector<HTMLElement>(`[role="button"][aria-label="${label}"]`)!;
const editorIn = (root: ParentNode) => root.querySelector<HTMLElement>(selectors.EDITOR)!;
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
const TRICKY = P(T('Lovely to see you all at sports day')) + P('<br>') + P(`${T('Well done Year 6 ')}<img alt="🏅" class="xz74otr" height="16" src="data:," width="16">${T('\u200B')}`);
const TRICKY_TEXT = 'Lovely to see you all at sports day\n\nWell done Year 6 🏅';

const HOME = 'https://www.facebook.com/';
const PERMALINK = 'https://www.facebook.com/ellie.smith09/posts/pfbid02AbCdEf';
const THREADS = {
  ellie: 'https://www.facebook.com/messages/t/100041234567890/',
  jordan: 'https://www.facebook.com/messages/t/100052345678901/',
  grace: 'https://www.facebook.com/messages/t/100063456789012/',
  group: 'https://www.facebook.com/messages/t/7123456789012345/',
};

/** The home feed with the Create post dialog opened from "What's on your mind, Sam?". */
async function postDialog(): Promise<{ doc: Document; dialog: HTMLElement; editor: HTMLElement }> {
  const doc = await loadFixture('facebook-feed.html', HOME);
  const opener = [...doc.querySelectorAll<HTMLElement>('[role="region"][aria-label="Create a post"] [role="button"]')].find((b) => b.textContent?.includes("What's on your mind"))!;
  opener.querySelector<HTMLElement>('span')!.click();
  const dialog = doc.querySelector<HTMLElement>(selectors.POST_DIALOG)!;
  return { doc, dialog, editor: doc.querySelector<HTMLElement>(selectors.COMPOSER)! };
}

describe('Facebook compose reader: the Create post dialog', () => {
  it('Post sends the dialog editor, once it holds text; Enter there is a new line', async () => {
    const { doc, dialog, editor } = await postDialog();
    expect(editor.getAttribute('aria-label')).toBe("What's on your mind, Sam?");
    // The placeholder is Lexical's sibling div, not inside the editor.
    expect(editor.parentElement!.textContent).toContain("What's on your mind, Sam?");
    expect(editorText(editor)).toBe('');
    expect(button(dialog, 'Post').getAttribute('aria-disabled')).toBe('true');
    expect(compose.submitFor(button(dialog, 'Post'))).toBeNull();

    type(editor, TRICKY);
    const post = button(doc, 'Post');
    expect(post.hasAttribute('aria-disabled')).toBe(false);
    expect(compose.submitFor(post.querySelector('span span')!)).toEqual({ editor, submit: post, surface: 'post', action: 'post' });
    expect(compose.submitFor(post)).toMatchObject({ editor, surface: 'post' });
    expect(compose.editorFor(editor.querySelector('span')!)).toEqual({ editor, submit: post, surface: 'post', action: 'post' });
    expect(compose.enterFor(editor, false)).toBeNull();
    expect(compose.enterFor(editor, true)).toBeNull();
    enter(editor);
    expect(actions(doc)).toEqual([]);

    const text = editorText(editor);
    expect(text).toBe(TRICKY_TEXT);
    post.querySelector<HTMLElement>('span span')!.click();
    expect(actions(doc)).toEqual([{ action: 'post', text }]);
    expect(doc.querySelector(selectors.POST_DIALOG)).toBeNull();
  });

  it('keeps reading the dialog after React re-creates its buttons', async () => {
    const { doc, editor } = await postDialog();
    type(editor, P(T('Hello')));
    win(doc).render();
    const post = button(doc, 'Post');
    expect(compose.submitFor(post)).toMatchObject({ editor, submit: post, surface: 'post' });
    post.click();
    expect(actions(doc)).toEqual([{ action: 'post', text: 'Hello' }]);
  });

  it('ignores a Post with an empty or blank editor', async () => {
    const { doc, editor } = await postDialog();
    type(editor, P(T('\u200B ')));
    button(doc, 'Post').click();
    expect(actions(doc)).toEqual([]);
  });
});

describe('Facebook compose reader: comments and replies', () => {
  it('a comment box sends on Enter and on its Comment button; Shift+Enter never sends', async () => {
    const doc = await loadFixture('facebook-feed.html', HOME);
    const form = doc.querySelector<HTMLElement>(`[aria-posinset="1"] ${selectors.COMMENT_FORM}`)!;
    const editor = editorIn(form);
    expect(editor.matches(selectors.COMMENT_BOX)).toBe(true);
    expect(editor.getAttribute('aria-label')).toBe('Write a comment…');
    const submit = button(form, 'Comment');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(compose.submitFor(submit)).toBeNull();
    expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'comment', action: 'comment' });
    expect(compose.enterFor(editor, true)).toMatchObject({ editor, surface: 'comment' });
    expect(compose.editorFor(editor)).toEqual({ editor, submit, surface: 'comment', action: 'comment' });

    type(editor, TRICKY);
    enter(editor, { shiftKey: true });
    expect(actions(doc)).toEqual([]);
    const text = editorText(editor);
    expect(text).toBe(TRICKY_TEXT);
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'comment', text }]);
    expect(editorText(editor)).toBe('');
    enter(editor);
    expect(actions(doc)).toHaveLength(1);

    // Clicking the box makes it the focused composer: its submit now sits in #focused-state-composer-submit.
    editor.click();
    type(editor, P(T('See you there ')) + P(T('x')));
    const live = doc.querySelector<HTMLElement>('#focused-state-composer-submit [role="button"]')!;
    expect(live.closest(selectors.COMMENT_FORM)).toBe(editor.closest(selectors.COMMENT_FORM));
    expect(compose.submitFor(live.querySelector('i')!)).toEqual({ editor, submit: live, surface: 'comment', action: 'comment' });
    const second = editorText(editor);
    live.click();
    expect(actions(doc)[1]).toEqual({ action: 'comment', text: second });
    expect(second).toBe('See you there \nx');
  });

  it('a public post page: "Write a public comment…" is a comment, "Reply to …" a reply', async () => {
    const doc = await loadFixture('facebook-feed.html', PERMALINK);
    const comment = doc.querySelector<HTMLElement>('[role="textbox"][aria-label="Write a public comment…"]')!;
    expect(compose.editorFor(comment)).toMatchObject({ editor: comment, surface: 'comment', action: 'comment' });
    const reply = doc.querySelector<HTMLElement>(selectors.REPLY_BOX)!;
    expect(reply.getAttribute('aria-label')).toBe('Reply to Jordan Rivers');
    expect(compose.enterFor(reply, false)).toEqual({ editor: reply, submit: null, surface: 'comment', action: 'reply' });

    type(reply, TRICKY);
    // React re-rendered the form around the editor: read the new submit.
    const submit = button(reply.closest(selectors.COMMENT_FORM)!, 'Comment');
    expect(compose.submitFor(submit.querySelector('span span')!)).toEqual({ editor: reply, submit, surface: 'comment', action: 'reply' });
    const text = editorText(reply);
    enter(reply);
    expect(actions(doc)).toEqual([{ action: 'reply', text }]);
    expect(text).toBe(TRICKY_TEXT);
  });

  it('the Reply control under a comment opens a reply box', async () => {
    const doc = await loadFixture('facebook-feed.html', HOME);
    const replyControl = [...doc.querySelectorAll<HTMLElement>('[role="article"][aria-label^="Comment by"] [role="button"]')].find((b) => b.textContent === 'Reply')!;
    expect(compose.submitFor(replyControl)).toBeNull();
    replyControl.click();
    const reply = doc.querySelector<HTMLElement>(selectors.REPLY_BOX)!;
    expect(compose.editorFor(reply)).toMatchObject({ surface: 'comment', action: 'reply' });
  });
});

describe('Facebook compose reader: messages', () => {
  const people: [keyof typeof THREADS, string, string][] = [
    ['ellie', 'Ellie Smith', 'ellie.smith09'],
    ['jordan', 'Jordan Rivers', 'jordanrivers'],
    ['grace', 'Grace Patel', 'gracepatel'],
  ];
  for (const [thread, name, handle] of people) {
    it(`a conversation with ${name}: Send and Enter send the composer, to the person in the header`, async () => {
      const doc = await loadFixture('facebook-messages.html', THREADS[thread]);
      const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
      const partner = { name, handle };
      // While empty, the composer shows "Send a like", which sends no text.
      expect(doc.querySelector(selectors.SEND_BUTTON)).toBeNull();
      expect(compose.submitFor(button(doc, 'Send a like'))).toBeNull();
      expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
      expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });

      type(editor, TRICKY);
      const send = doc.querySelector<HTMLElement>(selectors.SEND_BUTTON)!;
      expect(send.getAttribute('aria-label')).toBe('Press enter to send');
      expect(compose.submitFor(send.querySelector('path')!)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner });
      expect(compose.editorFor(editor.querySelector('img')!)).toMatchObject({ editor, submit: send, partner });
      const text = editorText(editor);
      expect(text).toBe(TRICKY_TEXT);
      send.querySelector<HTMLElement>('svg')!.dispatchEvent(new (win(doc).MouseEvent)('click', { bubbles: true }));
      expect(actions(doc)).toEqual([{ action: 'message', text, to: name }]);
      expect(editorText(editor)).toBe('');

      type(editor, P(T('Thanks!')));
      enter(editor, { shiftKey: true });
      expect(actions(doc)).toHaveLength(1);
      enter(editor);
      expect(actions(doc)[1]).toEqual({ action: 'message', text: 'Thanks!', to: name });
    });
  }

  it('a group shows its name, a new message nobody, and the address may name a username or an encrypted chat', async () => {
    const group = await loadFixture('facebook-messages.html', THREADS.group);
    const groupEditor = group.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    expect(compose.enterFor(groupEditor, false)?.partner).toEqual({ name: 'Year 6 Trip Helpers' });
    type(groupEditor, P(T('I can help')));
    button(group, 'Press enter to send').click();
    expect(actions(group)).toEqual([{ action: 'message', text: 'I can help', to: 'Year 6 Trip Helpers' }]);

    const fresh = await loadFixture('facebook-messages.html', 'https://www.facebook.com/messages/new/');
    const freshEditor = fresh.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    expect(compose.enterFor(freshEditor, false)).toEqual({ editor: freshEditor, submit: null, surface: 'message', action: 'message', partner: null });

    const byName = await loadFixture('facebook-messages.html', 'https://www.facebook.com/messages/t/jordanrivers');
    expect(compose.editorFor(editorIn(byName))?.partner).toEqual({ name: 'Jordan Rivers', handle: 'jordanrivers' });
    const e2ee = await loadFixture('facebook-messages.html', 'https://www.facebook.com/messages/e2ee/t/100063456789012');
    expect(compose.editorFor(editorIn(e2ee))?.partner).toEqual({ name: 'Grace Patel', handle: 'gracepatel' });
  });

  it('follows the chat list to another conversation without a reload', async () => {
    const doc = await loadFixture('facebook-messages.html', THREADS.ellie);
    const link = [...doc.querySelectorAll<HTMLElement>('[role="navigation"] a')].find((a) => a.textContent?.includes('Grace Patel'))!;
    expect(compose.submitFor(link.querySelector('span')!)).toBeNull();
    link.querySelector<HTMLElement>('span')!.click();
    expect(win(doc).location.pathname).toBe('/messages/t/100063456789012/');
    const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    expect(compose.enterFor(editor, false)?.partner).toEqual({ name: 'Grace Patel', handle: 'gracepatel' });
    type(editor, P(T('Yes, after school?')));
    enter(editor);
    expect(actions(doc)).toEqual([{ action: 'message', text: 'Yes, after school?', to: 'Grace Patel' }]);
  });

  it('a floating chat tab on a post page is a message to the person in its header', async () => {
    const doc = await loadFixture('facebook-feed.html', PERMALINK);
    const editor = doc.querySelector<HTMLElement>(`[role="dialog"] ${selectors.MESSAGE_BOX}`)!;
    const partner = { name: 'Grace Patel', handle: 'gracepatel' };
    expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
    type(editor, TRICKY);
    const send = button(editor.closest('[role="dialog"]')!, 'Press enter to send');
    expect(compose.submitFor(send.querySelector('svg')!)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner });
    expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner });
    const text = editorText(editor);
    send.click();
    expect(actions(doc)).toEqual([{ action: 'message', text, to: 'Grace Patel' }]);
  });
});

describe('Facebook compose reader: everything else', () => {
  it('returns null for links, other buttons, the editors themselves and blank space', async () => {
    const { doc, editor: postEditor } = await postDialog();
    type(editorIn(doc.querySelector(selectors.COMMENT_FORM)!), P(T('Typed')));
    type(postEditor, P(T('Typed')));
    const form = doc.querySelector<HTMLElement>(selectors.COMMENT_FORM)!;
    const dialog = doc.querySelector<HTMLElement>(selectors.POST_DIALOG)!;
    const feed = doc.querySelector<HTMLElement>('[role="feed"]')!;
    const clicks: Element[] = [
      feed.querySelector('h4 a span')!, // the author's name
      feed.querySelector('a[href*="/posts/"] span')!, // the timestamp
      button(feed, 'Like').querySelector('span span')!,
      button(feed, 'Leave a comment').querySelector('span')!, // opens the box; labelled like the submit in some builds
      button(feed, 'Send this to friends or post it on your profile.'),
      [...feed.querySelectorAll('[role="button"]')].find((b) => b.textContent === 'Reply')!,
      button(form, 'Insert an emoji'),
      button(form, 'Attach a photo or video'),
      form.querySelector('input[type="file"]')!,
      editorIn(form),
      editorIn(form).querySelector('span')!,
      postEditor,
      button(dialog, 'Close'),
      button(dialog, 'Photo/video'),
      button(dialog, 'Edit privacy. Sharing with Public. '),
      dialog.querySelector('h2')!,
      doc.querySelector('[role="banner"] a')!,
      feed,
      doc.body,
    ];
    for (const el of clicks) expect(compose.submitFor(el), el.outerHTML.slice(0, 80)).toBeNull();
    for (const el of [feed.querySelector('h4 a')!, button(feed, 'Like'), doc.body, dialog]) {
      expect(compose.enterFor(el, false)).toBeNull();
      expect(compose.editorFor(el)).toBeNull();
    }
    // The placeholder sits beside the editor, not in it.
    const placeholder = [...doc.querySelectorAll('div')].find((d) => d.textContent === 'Write a comment…' && !d.querySelector('*'))!;
    expect(placeholder.closest(selectors.EDITOR)).toBeNull();
    expect(compose.editorFor(placeholder)).toBeNull();
    expect(compose.submitFor(placeholder)).toBeNull();
  });

  it('returns null on the messages page for everything but Send', async () => {
    const doc = await loadFixture('facebook-messages.html', THREADS.ellie);
    const editor = doc.querySelector<HTMLElement>(selectors.MESSAGE_BOX)!;
    type(editor, P(T('Typed')));
    const main = doc.querySelector<HTMLElement>('[role="main"]')!;
    for (const el of [
      button(doc, 'Start a voice call'),
      button(doc, 'Start a video call'),
      button(doc, 'Conversation information'),
      button(doc, 'Attach a file'),
      button(doc, 'Choose an emoji').querySelector('span span')!,
      button(doc, 'Choose a sticker'),
      button(doc, 'New message'),
      main.querySelector('h2')!,
      main.querySelector('a[href="/ellie.smith09/"]')!,
      doc.querySelector('[role="navigation"] a span')!,
      doc.querySelector('[role="grid"] [role="gridcell"]')!,
      editor,
      main,
      doc.body,
    ]) {
      expect(compose.submitFor(el), el.outerHTML.slice(0, 80)).toBeNull();
    }
    expect(compose.enterFor(main.querySelector('h2')!, false)).toBeNull();
  });

  it('returns null for a disabled control and for a Send with no message editor near it', () => {
    document.body.innerHTML = `
      <div role="main"><div aria-label="Thread composer" role="region">
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Message"><p dir="auto"><span data-lexical-text="true">Hi</span></p></div>
        <div role="button" aria-label="Press enter to send" aria-disabled="true"><svg></svg></div></div>
        <button aria-label="Send" disabled>Send</button></div>
      <div role="dialog" aria-label="Share"><div role="button" aria-label="Send"><span>Send</span></div></div>`;
    for (const el of document.querySelectorAll('[role="button"], button')) expect(compose.submitFor(el)).toBeNull();
  });

  it('reads localised or relabelled submits by their place: the focused composer, Post inside a comment form, Post in a second dialog', () => {
    document.body.innerHTML = `
      <div role="feed"><div aria-posinset="1"><div role="article">
        <form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Kommentieren …"><p dir="auto"><span data-lexical-text="true">Toll</span></p></div>
          <div id="focused-state-composer-submit"><span><div role="button" aria-label="Kommentieren"><i></i></div></span></div></form>
        <form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a comment…"><p dir="auto"><br></p></div>
          <div><span><div role="button" aria-label="Post"><i></i></div></span></div></form></div></div></div>
      <div role="dialog" aria-label="Create post"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Sam?"><p dir="auto"><span data-lexical-text="true">Hello</span></p></div>
        <div role="button" aria-label="Next"><span>Next</span></div></div>
      <div role="dialog" aria-label="Post settings"><div role="button" aria-label="Post"><span>Post</span></div></div>`;
    const [localised, commentPost] = document.querySelectorAll<HTMLElement>('form [role="button"]');
    const [german, english, post] = document.querySelectorAll<HTMLElement>(selectors.EDITOR);
    expect(compose.submitFor(localised!.querySelector('i')!)).toEqual({ editor: german, submit: localised, surface: 'comment', action: 'comment' });
    expect(compose.submitFor(commentPost!)).toEqual({ editor: english, submit: commentPost, surface: 'comment', action: 'comment' });
    const settingsPost = document.querySelector<HTMLElement>('[aria-label="Post settings"] [role="button"]')!;
    expect(compose.submitFor(settingsPost.querySelector('span')!)).toEqual({ editor: post, submit: settingsPost, surface: 'post', action: 'post' });
    expect(compose.submitFor(document.querySelector('[aria-label="Next"]')!)).toBeNull();
  });

  it('records a photo chosen in the post dialog, a comment box or the message composer', async () => {
    const pick = (doc: Document, input: HTMLInputElement, name: string) => {
      Object.defineProperty(input, 'files', { value: [new (win(doc).File)(['x'], name, { type: 'image/jpeg' })] });
      input.dispatchEvent(new (win(doc).Event)('change', { bubbles: true }));
    };
    const { doc, dialog } = await postDialog();
    pick(doc, dialog.querySelector<HTMLInputElement>(selectors.PHOTO_INPUT)!, 'sports-day.jpg');
    pick(doc, doc.querySelector<HTMLInputElement>(`${selectors.COMMENT_FORM} ${selectors.PHOTO_INPUT}`)!, 'medal.jpg');
    expect(actions(doc)).toEqual([
      { action: 'attach', name: 'sports-day.jpg' },
      { action: 'attach', name: 'medal.jpg' },
    ]);
    const messages = await loadFixture('facebook-messages.html', THREADS.grace);
    pick(messages, messages.querySelector<HTMLInputElement>(`${selectors.MESSAGE_COMPOSER} ${selectors.PHOTO_INPUT}`)!, 'trip.jpg');
    expect(actions(messages)).toEqual([{ action: 'attach', name: 'trip.jpg' }]);
  });

  it('every selector matches something in the fixture pages', async () => {
    const { doc: dialogOpen } = await postDialog();
    const messages = await loadFixture('facebook-messages.html', THREADS.ellie);
    type(editorIn(messages), P(T('Hi')));
    const docs = [dialogOpen, await loadFixture('facebook-feed.html', PERMALINK), messages];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
