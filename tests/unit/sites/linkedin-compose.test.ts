// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorText } from '@/utils/content/editor-text';
import { compose, selectors } from '@/utils/sites/linkedin/compose';
import { loadFixture } from './load-fixture';

const ELLIE_THREAD = '2-ZWxsaWUtc21pdGgtMDk=';
const JORDAN_THREAD = '2-am9yZGFuLXJpdmVycw==';
const at = (url: string) => `https://www.linkedin.com${url}`;
const feed = (path = '/feed/') => loadFixture('linkedin-feed.html', at(path));
const postPage = () => feed('/feed/update/urn:li:activity:7301000000000000001/');
const messaging = (path = `/messaging/thread/${ELLIE_THREAD}/`) => loadFixture('linkedin-messaging.html', at(path));
const recommendationPage = (slug = 'ellie-smith-09') => loadFixture('linkedin-recommendation.html', at(`/in/${slug}/recommendation/write/`));
const profilePage = (path: string) => loadFixture('linkedin-profile-recommend.html', at(path));

type FixtureWindow = Window & { __siteActions: unknown[]; render(): void; Event: typeof Event; KeyboardEvent: typeof KeyboardEvent };
const win = (doc: Document) => doc.defaultView as unknown as FixtureWindow;
const actions = (doc: Document) => win(doc).__siteActions;
const one = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
};
const button = (root: ParentNode, name: string) => {
  const found = [...root.querySelectorAll<HTMLElement>('button, [role="button"], a')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim() === name,
  );
  if (!found) throw new Error(`no control named ${name}`);
  return found;
};
/** Types into an editor the way the page learns of it: the DOM changes, then an input event. */
function fill(editor: HTMLElement, html: string): void {
  editor.innerHTML = html;
  editor.dispatchEvent(new (win(editor.ownerDocument).Event)('input', { bubbles: true }));
}
function type(field: HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new (win(field.ownerDocument).Event)('input', { bubbles: true }));
}
function press(editor: HTMLElement, init: KeyboardEventInit): void {
  editor.dispatchEvent(new (win(editor.ownerDocument).KeyboardEvent)('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
}
const nothingFor = (...targets: Element[]) => targets.map((t) => compose.submitFor(t));

describe('LinkedIn compose reader: the share box (Quill)', () => {
  it('"Start a post" opens the share box and sends nothing itself', async () => {
    const doc = await feed();
    expect(doc.querySelector(selectors.SHARE_BOX)).toBeNull();
    const start = button(doc, 'Start a post');
    expect(compose.submitFor(start.querySelector('span')!)).toBeNull();
    start.click();
    expect(one(doc, selectors.SHARE_BOX).querySelector(selectors.COMPOSER)).not.toBeNull();
  });

  it('Post sends the editor, from the button or from inside it; disabled while empty; never on Enter', async () => {
    const doc = await feed('/feed/?shareActive=true');
    const box = one(doc, selectors.SHARE_BOX);
    const editor = one(box, selectors.COMPOSER);
    expect(editor.matches('.ql-editor.ql-blank[data-placeholder][aria-label="Text editor for creating content"]')).toBe(true);
    expect(compose.submitFor(one(box, selectors.POST_BUTTON))).toBeNull();

    fill(editor, '<p>Our fun run raised £2,400 <img class="emoji" alt="🏃" src="data:,"></p><p>Thank\u200B you<span class="ql-cursor">\uFEFF</span> all</p>');
    const expected = editorText(editor);
    expect(expected).toBe('Our fun run raised £2,400 🏃\nThank you all');
    const post = one(box, selectors.POST_BUTTON);
    expect(post.textContent!.trim()).toBe('Post');
    expect(compose.submitFor(post)).toEqual({ editor, submit: post, surface: 'post', action: 'post' });
    expect(compose.submitFor(one(post, '.artdeco-button__text'))).toMatchObject({ editor, submit: post, surface: 'post', action: 'post' });
    expect(compose.enterFor(editor, false)).toBeNull();
    expect(compose.enterFor(editor, true)).toBeNull();
    expect(compose.editorFor(one(editor, 'p'))).toEqual({ editor, submit: post, surface: 'post', action: 'post' });

    post.click();
    expect(actions(doc)).toEqual([{ action: 'post', text: expected }]);
    expect(doc.querySelector(selectors.SHARE_BOX)).toBeNull();
  });

  it('the editor, Add media, Schedule post, Dismiss, the heading and blank space send nothing', async () => {
    const doc = await feed('/feed/?shareActive=true');
    const box = one(doc, selectors.SHARE_BOX);
    fill(one(box, selectors.COMPOSER), '<p>draft</p>');
    const results = nothingFor(
      one(box, selectors.COMPOSER),
      one(box, '.ql-clipboard'),
      button(box, 'Add media'),
      button(box, 'Schedule post').querySelector('svg')!,
      button(box, 'Dismiss'),
      one(box, 'h2'),
      doc.body,
    );
    expect(results).toEqual(results.map(() => null));
    expect(compose.editorFor(one(box, '.ql-clipboard'))).toBeNull();
    expect(compose.editorFor(button(box, 'Add media'))).toBeNull();
    // Dismiss with text asks first; Discard posts nothing.
    button(box, 'Dismiss').click();
    expect(compose.submitFor(button(doc, 'Discard'))).toBeNull();
    button(doc, 'Discard').click();
    expect(actions(doc)).toEqual([]);
  });

  it('an empty editor is not sent, and the photo input takes images', async () => {
    const doc = await feed('/feed/?shareActive=true');
    const box = one(doc, selectors.SHARE_BOX);
    fill(one(box, selectors.COMPOSER), '<p>\u200B</p>');
    expect(compose.submitFor(one(box, selectors.POST_BUTTON))).toBeNull();
    expect(box.querySelector('input[type="file"][accept*="image"]')?.id).toBe('media-editor-file-selector__file-input');
  });

  it('reads the share box inside an open shadow root, given the real target (composedPath()[0])', async () => {
    const doc = await feed('/feed/?shareActive=true');
    const overlay = one(doc, selectors.SHARE_BOX).parentElement!;
    const host = doc.createElement('div');
    host.id = 'interop-outlet';
    doc.body.append(host);
    host.attachShadow({ mode: 'open' }).append(overlay);
    const shadow = host.shadowRoot!;
    const editor = one(shadow, selectors.COMPOSER);
    editor.innerHTML = '<p>Hello</p>';
    const post = one(shadow, selectors.POST_BUTTON);
    post.removeAttribute('disabled');
    expect(compose.submitFor(one(post, 'span'))).toMatchObject({ editor, submit: post, surface: 'post', action: 'post' });
    expect(compose.editorFor(editor)).toMatchObject({ editor, submit: post });
  });
});

describe('LinkedIn compose reader: comment boxes', () => {
  it('a TipTap comment box: its Comment submit sends, from the button or inside it; the editor text matches the page', async () => {
    const doc = await feed();
    const post = one(doc, '[data-testid="mainFeed"] [role="listitem"]');
    const form = one(post, selectors.COMMENT_FORM);
    const editor = one(form, selectors.COMMENT_BOX);
    expect(editor.matches('.tiptap.ProseMirror[role="textbox"][aria-label="Text editor for creating comment"]')).toBe(true);
    expect(compose.submitFor(one(form, selectors.COMMENT_BUTTON))).toBeNull(); // disabled while empty
    expect(compose.editorFor(editor)).toMatchObject({ editor, surface: 'comment', action: 'comment' });

    editor.innerHTML =
      '<p>Well done <img class="emoji" alt="👏" src="data:,"> everyone</p><p class="is-empty" data-placeholder="Add a comment…"><br class="ProseMirror-trailingBreak"></p><p>See you\u200B next year<br>x</p>';
    const expected = editorText(editor);
    expect(expected).toBe('Well done 👏 everyone\n\nSee you next year\nx');
    editor.dispatchEvent(new (win(doc).Event)('input', { bubbles: true }));
    const submit = one(form, selectors.COMMENT_BUTTON);
    expect(submit.textContent!.trim()).toBe('Comment');
    expect(compose.submitFor(submit)).toEqual({ editor, submit, surface: 'comment', action: 'comment' });
    expect(compose.submitFor(one(submit, 'span'))).toEqual({ editor, submit, surface: 'comment', action: 'comment' });
    expect(compose.editorFor(one(editor, 'img'))).toEqual({ editor, submit, surface: 'comment', action: 'comment' });
    expect(compose.enterFor(editor, false)).toBeNull();
    expect(compose.enterFor(editor, true)).toBeNull();

    submit.click();
    expect(actions(doc)).toEqual([{ action: 'comment', text: expected }]);
    expect(editorText(editor)).toBe('');
  });

  it('the action bar (Like, Comment, Repost, Send in a private message), links, Reply to…, Add a photo and the editor send nothing', async () => {
    const doc = await feed();
    const post = one(doc, '[data-testid="mainFeed"] [role="listitem"]');
    fill(one(post, selectors.COMMENT_BOX), '<p>Nice</p>');
    const results = nothingFor(
      button(post, 'Reaction button state: no reaction'),
      button(post, 'Comment').querySelector('span')!,
      button(post, 'Repost'),
      button(post, 'Send in a private message').querySelector('span')!,
      button(post, 'Open control menu for post by Grace Patel'),
      one(post, 'a[href*="/in/gracepatel/"]'),
      one(post, '[data-testid="expandable-text-box"]'),
      button(post, 'Reply to Ellie Smith’s comment'),
      button(post, 'React Like to Ellie Smith’s comment'),
      button(post, 'Add a photo'),
      button(post, 'Open Emoji Keyboard'),
      one(post, selectors.COMMENT_BOX),
      doc.body,
    );
    expect(results).toEqual(results.map(() => null));
    expect(compose.editorFor(button(post, 'Comment'))).toBeNull();
    expect(post.querySelector(`${selectors.COMMENT_FORM} input[type="file"][accept*="image"]`)).not.toBeNull();
  });

  it('"Reply to …" opens a reply box inside the comment; its Reply sends a reply', async () => {
    const doc = await feed();
    const comment = one(doc, selectors.COMMENT_ITEM);
    button(comment, 'Reply to Ellie Smith’s comment').click();
    const form = one(comment, selectors.COMMENT_FORM);
    const editor = one(form, selectors.COMMENT_BOX);
    fill(editor, '<p>Yes! <img alt="🙌" src="data:,"></p><p>\u200BSame time next year</p>');
    const expected = editorText(editor);
    expect(expected).toBe('Yes! 🙌\nSame time next year');
    const submit = one(form, selectors.COMMENT_BUTTON);
    expect(submit.textContent!.trim()).toBe('Reply');
    expect(compose.submitFor(one(submit, 'span'))).toEqual({ editor, submit, surface: 'comment', action: 'reply' });
    expect(compose.editorFor(editor)).toMatchObject({ editor, submit, surface: 'comment', action: 'reply' });
    submit.click();
    expect(actions(doc)).toEqual([{ action: 'reply', text: expected }]);
  });

  it('the Comment action button draws the second post’s box, which then reads as a comment box', async () => {
    const doc = await feed();
    const second = doc.querySelectorAll<HTMLElement>('[data-testid="mainFeed"] [role="listitem"]')[1]!;
    expect(second.querySelector(selectors.COMMENT_BOX)).toBeNull();
    button(second, 'Comment').click();
    const editor = one(second, selectors.COMMENT_BOX);
    expect(compose.editorFor(editor)).toMatchObject({ editor, surface: 'comment', action: 'comment' });
  });

  it('the single-post page: a Quill comment box whose submit appears once there is text', async () => {
    const doc = await postPage();
    const form = one(doc, 'form.comments-comment-box__form');
    const editor = one(form, selectors.COMMENT_BOX);
    expect(editor.matches('.ql-editor[aria-label="Text editor for creating content"]')).toBe(true);
    expect(form.querySelector(selectors.COMMENT_BUTTON)).toBeNull();
    expect(compose.editorFor(editor)).toEqual({ editor, submit: null, surface: 'comment', action: 'comment' });

    fill(editor, '<p>Lovely news <img alt="🎉" src="data:,"></p><p>well done<span class="ql-cursor">\uFEFF</span></p>');
    const expected = editorText(editor);
    expect(expected).toBe('Lovely news 🎉\nwell done');
    const submit = one(form, selectors.COMMENT_BUTTON);
    expect(compose.submitFor(one(submit, '.artdeco-button__text'))).toEqual({ editor, submit, surface: 'comment', action: 'comment' });
    expect(compose.enterFor(editor, false)).toBeNull();
    const results = nothingFor(button(doc, 'React Like'), button(doc, 'Comment'), button(doc, 'Send in a private message'), one(form, '.ql-clipboard'), editor);
    expect(results).toEqual(results.map(() => null));
    submit.click();
    expect(actions(doc)).toEqual([{ action: 'comment', text: expected }]);

    // A reply under the Ember comment.
    const comment = one(doc, selectors.COMMENT_ITEM);
    button(comment, 'Reply to Ellie Smith’s comment').click();
    const reply = one(comment, selectors.COMMENT_BOX);
    fill(reply, '<p>Thanks Ellie</p>');
    expect(compose.submitFor(one(comment, selectors.COMMENT_BUTTON))).toMatchObject({ editor: reply, surface: 'comment', action: 'reply' });
  });
});

describe('LinkedIn compose reader: messages', () => {
  it('Send and Enter send the thread’s editor to the person in its header; Shift+Enter does not', async () => {
    const doc = await messaging();
    const form = one(doc, selectors.MESSAGE_FORM);
    const editor = one(form, selectors.MESSAGE_BOX);
    const ELLIE = { name: 'Ellie Smith', handle: 'ellie-smith-09' };
    expect(compose.submitFor(one(form, selectors.SEND_BUTTON))).toBeNull(); // disabled while empty
    expect(compose.editorFor(editor)).toMatchObject({ editor, surface: 'message', action: 'message', partner: ELLIE });

    fill(editor, '<p>Hi Ellie <img alt="🙂" src="data:,"></p><p>Yes, 10am\u200B on Saturday</p>');
    const expected = editorText(editor);
    expect(expected).toBe('Hi Ellie 🙂\nYes, 10am on Saturday');
    expect(one(form, '.msg-form__placeholder, [data-placeholder]').getAttribute('data-placeholder')).toBe('Write a message…');
    const send = one(form, selectors.SEND_BUTTON);
    expect(send.textContent!.trim()).toBe('Send');
    expect(compose.submitFor(send)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner: ELLIE });
    expect(compose.editorFor(one(editor, 'p'))).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner: ELLIE });
    expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner: ELLIE });
    expect(compose.enterFor(editor, true)).toMatchObject({ editor, surface: 'message' });

    press(editor, { shiftKey: true });
    expect(actions(doc)).toEqual([]);
    press(editor, {});
    expect(actions(doc)).toEqual([{ action: 'message', text: expected, to: 'Ellie Smith' }]);
    expect(editorText(editor)).toBe('');

    fill(editor, '<p>And\u200B <img alt="⚽" src="data:,"></p><p>bring boots</p>');
    const second = editorText(editor);
    one(form, selectors.SEND_BUTTON).click();
    expect(actions(doc)).toEqual([
      { action: 'message', text: expected, to: 'Ellie Smith' },
      { action: 'message', text: second, to: 'Ellie Smith' },
    ]);
  });

  it('reads the other thread’s person, and leaves the list, header, options, attachments and the editor alone', async () => {
    const doc = await messaging(`/messaging/thread/${JORDAN_THREAD}/`);
    const form = one(doc, selectors.MESSAGE_FORM);
    const editor = one(form, selectors.MESSAGE_BOX);
    fill(editor, '<p>See you at the allotment</p>');
    expect(compose.submitFor(one(form, selectors.SEND_BUTTON))).toMatchObject({ partner: { name: 'Jordan Rivers', handle: 'jordan-rivers' } });
    const results = nothingFor(
      one(doc, 'a.msg-conversation-listitem__link h3'),
      one(doc, selectors.THREAD_NAME),
      one(doc, selectors.THREAD_PROFILE_LINK),
      button(doc, 'Open the options list in your conversation with Jordan Rivers'),
      one(form, selectors.SEND_OPTIONS).querySelector('svg')!,
      button(form, 'Attach an image to your conversation with Jordan Rivers'),
      button(form, 'Open Emoji Keyboard'),
      editor,
      one(form, '[data-placeholder]'),
      doc.body,
    );
    expect(results).toEqual(results.map(() => null));
    expect(compose.editorFor(one(form, '[data-placeholder]'))).toBeNull();
    expect(compose.enterFor(doc.body, false)).toBeNull();
    expect(form.querySelector('input[type="file"][accept*="image"]')).not.toBeNull();
    // A disabled control (aria-disabled, as some builds draw it) sends nothing.
    const send = one(form, selectors.SEND_BUTTON);
    send.setAttribute('aria-disabled', 'true');
    expect(compose.submitFor(send)).toBeNull();
  });

  it('switching threads from the list re-reads the person; re-rendered controls still read', async () => {
    const doc = await messaging();
    one<HTMLElement>(doc, `a.msg-conversation-listitem__link[href*="${JORDAN_THREAD}"]`).click();
    const editor = one(doc, selectors.MESSAGE_BOX);
    fill(editor, '<p>Hello</p>');
    win(doc).render();
    expect(compose.submitFor(one(doc, selectors.SEND_BUTTON))).toMatchObject({ editor, partner: { name: 'Jordan Rivers', handle: 'jordan-rivers' } });
  });

  it('the compose route names the recipient from its pill, and nobody when there is none', async () => {
    const empty = await messaging('/messaging/compose/');
    const editor = one(empty, selectors.MESSAGE_BOX);
    expect(compose.editorFor(editor)).toMatchObject({ surface: 'message', partner: null });
    expect(compose.enterFor(editor, false)).toMatchObject({ partner: null });

    const doc = await messaging('/messaging/compose/?recipient=jordan-rivers');
    const form = one(doc, selectors.MESSAGE_FORM);
    fill(one(form, selectors.MESSAGE_BOX), '<p>Hi Jordan</p>');
    const send = one(form, selectors.SEND_BUTTON);
    expect(compose.submitFor(send)).toMatchObject({ surface: 'message', partner: { name: 'Jordan Rivers' } });
    expect(compose.submitFor(one(doc, selectors.RECIPIENT_PILL))).toBeNull();
    send.click();
    expect(actions(doc)).toEqual([{ action: 'message', text: 'Hi Jordan', to: 'Jordan Rivers' }]);
  });

  it('a chat bubble over the feed: Send and Enter go to the person in the bubble’s header', async () => {
    const doc = await feed();
    const bubble = one(doc, selectors.CONVERSATION);
    const editor = one(bubble, selectors.MESSAGE_BOX);
    const JORDAN = { name: 'Jordan Rivers', handle: 'jordan-rivers' };
    fill(editor, '<p>See you there <img alt="🌱" src="data:,"></p><p>\u200BBring gloves</p>');
    const expected = editorText(editor);
    expect(expected).toBe('See you there 🌱\nBring gloves');
    const send = one(bubble, selectors.SEND_BUTTON);
    expect(compose.submitFor(send)).toEqual({ editor, submit: send, surface: 'message', action: 'message', partner: JORDAN });
    expect(compose.enterFor(editor, false)).toEqual({ editor, submit: null, surface: 'message', action: 'message', partner: JORDAN });
    const results = nothingFor(button(bubble, 'Close your conversation with Jordan Rivers'), one(bubble, selectors.SEND_OPTIONS), one(bubble, selectors.THREAD_PROFILE_LINK));
    expect(results).toEqual(results.map(() => null));
    press(editor, {});
    expect(actions(doc)).toEqual([{ action: 'message', text: expected, to: 'Jordan Rivers' }]);
  });
});

describe('LinkedIn compose reader: recommendations', () => {
  it('the write-a-recommendation page: Send sends the textarea, about the person in the heading', async () => {
    const doc = await recommendationPage();
    const field = one<HTMLTextAreaElement>(doc, selectors.RECOMMENDATION_TEXT);
    const ELLIE = { name: 'Ellie Smith', handle: 'ellie-smith-09' };
    const send = () => [...doc.querySelectorAll<HTMLElement>(selectors.RECOMMENDATION_SEND)].find((b) => b.textContent!.trim() === 'Send')!;
    expect(compose.submitFor(send())).toBeNull(); // disabled while empty
    expect(compose.editorFor(field)).toMatchObject({ editor: field, surface: 'post', action: 'recommendation', partner: ELLIE });

    type(field, 'Ellie is reliable \u{1F44D}\nHighly\u200B recommended');
    const expected = editorText(field);
    expect(expected).toBe('Ellie is reliable 👍\nHighly recommended');
    const button = send();
    expect(compose.submitFor(button)).toEqual({ editor: field, submit: button, surface: 'post', action: 'recommendation', partner: ELLIE });
    expect(compose.submitFor(one(button, 'span'))).toEqual({ editor: field, submit: button, surface: 'post', action: 'recommendation', partner: ELLIE });
    expect(compose.editorFor(field)).toEqual({ editor: field, submit: button, surface: 'post', action: 'recommendation', partner: ELLIE });
    expect(compose.enterFor(field, false)).toBeNull();
    expect(compose.enterFor(field, true)).toBeNull();
    const results = nothingFor(
      [...doc.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent!.trim() === 'Cancel')!,
      one(doc, 'select'),
      one(doc, 'h1'),
      field,
      doc.body,
    );
    expect(results).toEqual(results.map(() => null));
    expect(compose.editorFor(one(doc, 'select'))).toBeNull();

    button.click();
    expect(actions(doc)).toEqual([{ action: 'recommendation', text: expected, to: 'Ellie Smith' }]);
    expect(field.value).toBe('');
  });

  it('reads the person from the page it is on', async () => {
    const doc = await recommendationPage('gracepatel');
    const field = one<HTMLTextAreaElement>(doc, selectors.RECOMMENDATION_TEXT);
    expect(compose.editorFor(field)).toMatchObject({ partner: { name: 'Grace Patel', handle: 'gracepatel' } });
  });

  it('the same form as a dialog over a profile, opened from More → Recommend', async () => {
    const doc = await profilePage('/in/jordanrivers/');
    const JORDAN = { name: 'Jordan Rivers', handle: 'jordanrivers' };
    one<HTMLElement>(doc, 'button[id$="-profile-overflow-action"]').click();
    const recommend = button(doc, 'Recommend Jordan Rivers');
    expect(compose.submitFor(recommend.querySelector('span')!)).toBeNull();
    recommend.click();
    const dialog = one(doc, '[role="dialog"]');
    const field = one<HTMLTextAreaElement>(dialog, selectors.RECOMMENDATION_TEXT);
    expect(compose.editorFor(field)).toMatchObject({ editor: field, surface: 'post', action: 'recommendation', partner: JORDAN });

    type(field, 'Jordan transformed our school garden 🌻\n\nA pleasure to work with\u200B.');
    const expected = editorText(field);
    const send = one(dialog, selectors.RECOMMENDATION_SEND);
    expect(send.textContent!.trim()).toBe('Send');
    expect(compose.submitFor(one(send, 'span'))).toEqual({ editor: field, submit: send, surface: 'post', action: 'recommendation', partner: JORDAN });
    expect(compose.enterFor(field, false)).toBeNull();
    expect(compose.submitFor(button(dialog, 'Dismiss'))).toBeNull();
    send.click();
    expect(actions(doc)).toEqual([{ action: 'recommendation', text: expected, to: 'Jordan Rivers' }]);
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
  });

  it('the Recommendations section’s link opens it too, and the form’s own address opens with it', async () => {
    const doc = await profilePage('/in/ellie-smith-09/');
    const link = one(doc, '#recommendations-section a[href*="/edit/forms/recommendation/write/"]');
    expect(link.textContent!.trim()).toBe('Recommend Ellie Smith');
    expect(compose.submitFor(link.querySelector('span')!)).toBeNull();
    link.click();
    expect(compose.editorFor(one(doc, `[role="dialog"] ${selectors.RECOMMENDATION_TEXT}`))).toMatchObject({ partner: { name: 'Ellie Smith', handle: 'ellie-smith-09' } });

    const direct = await profilePage('/in/ellie-smith-09/edit/forms/recommendation/write/');
    const field = one<HTMLTextAreaElement>(direct, `[role="dialog"] ${selectors.RECOMMENDATION_TEXT}`);
    type(field, 'Brilliant volunteer');
    expect(compose.submitFor(one(direct, `[role="dialog"] ${selectors.RECOMMENDATION_SEND}`))).toMatchObject({
      action: 'recommendation',
      partner: { name: 'Ellie Smith', handle: 'ellie-smith-09' },
    });
    const others = nothingFor(button(direct, 'Message Ellie Smith'), one(direct, 'button[id$="-profile-overflow-action"]'), one(direct, 'h1'));
    expect(others).toEqual(others.map(() => null));
  });
});

describe('LinkedIn compose reader: selectors', () => {
  it('every selector matches something in the fixture pages', async () => {
    const docs = [
      await feed('/feed/?shareActive=true'),
      await postPage(),
      await messaging(),
      await messaging('/messaging/compose/?recipient=ellie-smith-09'),
      await recommendationPage(),
      await profilePage('/in/ellie-smith-09/edit/forms/recommendation/write/'),
    ];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });

  it('re-created controls read the same after the page renders again', async () => {
    const doc = await feed('/feed/?shareActive=true');
    const editor = one(doc, selectors.COMPOSER);
    fill(editor, '<p>Hello</p>');
    const before = one(doc, selectors.POST_BUTTON);
    win(doc).render();
    const after = one(doc, selectors.POST_BUTTON);
    expect(after).not.toBe(before);
    expect(compose.submitFor(after)).toMatchObject({ editor, submit: after });
    expect(one(doc, selectors.COMPOSER)).toBe(editor);
  });
});
