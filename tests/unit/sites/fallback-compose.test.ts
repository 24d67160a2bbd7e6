// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ComposeReader } from '@/utils/sites/compose';
import { fallbackCompose, withFallback } from '@/utils/sites/fallback-compose';

afterEach(() => {
  document.body.innerHTML = '';
});

const page = (html: string) => {
  document.body.innerHTML = html;
  return (selector: string) => document.querySelector<HTMLElement>(selector)!;
};

// Markup none of the networks' readers know, as after a redesign: a Draft-like editor and a Post control.
const COMPOSER = (text: string, button = '<div role="button" tabindex="0" id="go">Post</div>') => `
  <div class="new-composer"><div class="box">
    <div contenteditable="true" role="textbox" id="ed"><div data-block="true"><span id="line">${text}</span></div></div>
  </div><div class="bar">${button}</div></div>`;

describe('fallback compose reader', () => {
  it('a Post, Send or Reply control beside one text box with text sends that box', () => {
    let $ = page(COMPOSER('Ellie was great'));
    expect(fallbackCompose.submitFor($('#go'))).toMatchObject({ editor: $('#ed'), submit: $('#go'), surface: 'post', action: 'post' });
    $ = page(COMPOSER('hello', '<button id="go" aria-label="Send"><svg id="icon"></svg></button>'));
    expect(fallbackCompose.submitFor($('#icon'))).toMatchObject({ surface: 'message', action: 'message' });
    $ = page(COMPOSER('hello', '<button id="go">Reply</button>'));
    expect(fallbackCompose.submitFor($('#go'))).toMatchObject({ surface: 'comment', action: 'reply' });
  });

  it('sends nothing for an empty box, a disabled control, a label that only mentions a send word, or two boxes with text', () => {
    let $ = page(COMPOSER(''));
    expect(fallbackCompose.submitFor($('#go'))).toBeNull();
    $ = page(COMPOSER('hi', '<button id="go" disabled>Post</button>'));
    expect(fallbackCompose.submitFor($('#go'))).toBeNull();
    $ = page(COMPOSER('hi', '<div role="button" id="go" aria-label="12 replies. Reply">12</div>'));
    expect(fallbackCompose.submitFor($('#go'))).toBeNull();
    $ = page(`<div><textarea id="a">one</textarea><textarea id="b">two</textarea><button id="go">Post</button></div>`);
    expect(fallbackCompose.submitFor($('#go'))).toBeNull();
  });

  it('never looks past the post, dialog or form the control is in', () => {
    const $ = page(`<div><textarea id="top">Ellie was great</textarea>
      <article><div><div><button id="go">Comment</button></div></div></article></div>`);
    expect(fallbackCompose.submitFor($('#go'))).toBeNull();
  });

  it('Ctrl/Cmd+Enter sends the box; plain Enter is left alone (it may be a new line)', () => {
    const $ = page(COMPOSER('Ellie was great'));
    expect(fallbackCompose.enterFor($('#line'), true)).toMatchObject({ editor: $('#ed'), submit: null, surface: 'post' });
    expect(fallbackCompose.enterFor($('#line'), false)).toBeNull();
  });

  it('search boxes are not compose boxes', () => {
    const $ = page(`<form role="search"><div contenteditable="true" id="s">Ellie Smith</div><button>Post</button></form>
      <div contenteditable="true" aria-label="Search messages" id="s2">Ellie</div>`);
    expect(fallbackCompose.enterFor($('#s'), true)).toBeNull();
    expect(fallbackCompose.editorFor($('#s2'))).toBeNull();
  });

  it("the network's own reader wins; the fallback answers only where it sees nothing", () => {
    const $ = page(COMPOSER('Ellie was great'));
    const own = { editor: $('#ed'), submit: $('#go'), surface: 'message', action: 'message' } as const;
    const knowsIt: ComposeReader = { selectors: {}, submitFor: () => own, enterFor: () => null, editorFor: () => null };
    expect(withFallback(knowsIt).submitFor($('#go'))).toBe(own);
    expect(withFallback(knowsIt).enterFor($('#line'), true)).toMatchObject({ surface: 'post' });
    expect(withFallback(undefined)).toBe(fallbackCompose);
  });
});
