// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeGuard, composeMeaning, type ComposeGuardDeps } from '@/utils/content/compose-guard';
import { startHoldEngine, type Verdict } from '@/utils/content/hold-engine';
import type { ComposeReader, ComposeTarget } from '@/utils/sites/compose';

/** A tiny chat: a contenteditable box, Enter sends (one delegated listener, React-style), a Send button. */
const sent: string[] = [];
function renderSite() {
  document.body.innerHTML = `<div id="root"><div id="box" contenteditable="true" role="textbox"><p>hello</p></div><button id="send">Send</button></div>`;
  const root = document.getElementById('root')!;
  const send = () => {
    const box = document.getElementById('box')!;
    sent.push(box.textContent!);
    box.innerHTML = '<p><br></p>';
  };
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter' && !(e as KeyboardEvent).shiftKey) send();
  });
  root.addEventListener('click', (e) => {
    if ((e.target as Element).closest('#send')) send();
  });
}
const target = (): ComposeTarget => ({ editor: document.getElementById('box')!, submit: document.getElementById('send'), surface: 'message', action: 'message', partner: { name: 'Jordan Rivers' } });
const reader: ComposeReader = {
  selectors: {},
  submitFor: (el) => (el.closest('#send') ? target() : null),
  enterFor: (el) => (el.closest('#box') ? { ...target(), submit: null } : null),
  editorFor: (el) => (el.closest('#box') ? target() : null),
};
const photos = { count: () => 0, reset: () => undefined };
const box = () => document.getElementById('box')!;
/** Events as the browser reports a person's: trusted. */
const person = (el: Element, event: Event) => {
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
};
const enter = (init: KeyboardEventInit = {}) => person(box(), new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));
const flush = () => new Promise((r) => setTimeout(r, 0));

let controller: AbortController;
const start = (deps: Partial<ComposeGuardDeps>) => {
  controller = new AbortController();
  const full: ComposeGuardDeps = { check: vi.fn(async (): Promise<Verdict> => ({ verdict: 'allow' })), frame: vi.fn(async () => false), ...deps };
  startHoldEngine([composeGuard(reader, full, photos)], { unchecked: async () => 'cancel' }, controller.signal);
  return full;
};

beforeEach(() => {
  sent.length = 0;
  renderSite();
});
afterEach(() => controller.abort());

describe('compose guard', () => {
  it('holds Enter while checking, then sends exactly once what was checked', async () => {
    let answer!: (v: Verdict) => void;
    const deps = start({ check: vi.fn(() => new Promise<Verdict>((r) => (answer = r))) });
    enter();
    enter();
    expect(sent).toEqual([]);
    expect(deps.check).toHaveBeenCalledTimes(1);
    expect(deps.check).toHaveBeenCalledWith(expect.objectContaining({ surface: 'message' }), 'hello', 0);
    answer({ verdict: 'allow' });
    await flush();
    expect(sent).toEqual(['hello']);
  });

  it('never reads Enter during an input-method composition, nor Shift+Enter (a new line)', () => {
    const deps = start({});
    enter({ isComposing: true });
    enter({ shiftKey: true });
    expect(deps.check).not.toHaveBeenCalled();
  });

  it('sends nothing when the text changed while the hold was open', async () => {
    let proceed!: (v: boolean) => void;
    start({ check: async () => ({ verdict: 'hold', holdId: 'h1' }), frame: () => new Promise((r) => (proceed = r)) });
    enter();
    await flush();
    box().innerHTML = '<p>hello, and something else</p>';
    proceed(true);
    await flush();
    expect(sent).toEqual([]);
  });

  it('a text already found clean goes out without being stopped at all', () => {
    const meaning = composeMeaning(target(), 'hello', 0);
    const deps = start({ knownClean: (m) => m === meaning });
    enter();
    expect(sent).toEqual(['hello']);
    expect(deps.check).not.toHaveBeenCalled();
  });

  it('sends by the button the person clicked when that is how they sent it', async () => {
    start({});
    person(document.getElementById('send')!, new MouseEvent('click', { bubbles: true, cancelable: true }));
    await flush();
    expect(sent).toEqual(['hello']);
  });

  it('leaves an empty box alone: the site sends nothing from it', () => {
    const deps = start({});
    box().innerHTML = '<p><br></p>';
    enter();
    expect(deps.check).not.toHaveBeenCalled();
  });
});
