// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contactGuard, type ContactGuardDeps } from '@/utils/content/contact-guard';
import { startHoldEngine, type UncheckedChoice } from '@/utils/content/hold-engine';
import type { ContactVerdict } from '@/utils/contact/types';
import type { SiteAdapter } from '@/utils/sites/adapter';

/** A tiny site: React-style, one delegated listener on #root; the follow button is re-created on demand. */
const actions: string[] = [];
function renderSite() {
  document.body.innerHTML = `<div id="root"><div class="card"><h2>Ellie Smith</h2><button data-testid="follow" aria-label="Follow ellie"><span>Follow</span></button><button data-testid="like">Like</button></div></div>`;
  document.getElementById('root')!.addEventListener('click', (e) => {
    const b = (e.target as Element).closest('button');
    if (b) actions.push(b.dataset.testid!);
  });
}
const adapter: SiteAdapter = {
  network: 'x',
  selectors: { FOLLOW_BUTTON: '[data-testid="follow"]' },
  contactTarget(target) {
    const button = target.closest<HTMLElement>('[data-testid="follow"]');
    return button ? { action: 'follow', button, person: { name: button.closest('.card')!.querySelector('h2')!.textContent! } } : null;
  },
};

let controller: AbortController;
let unchecked = vi.fn(async (): Promise<UncheckedChoice> => 'cancel');
const start = (deps: Partial<ContactGuardDeps>, timeoutMs = 1000) => {
  controller = new AbortController();
  const full: ContactGuardDeps = { check: vi.fn(async () => ({ verdict: 'allow' as const })), interstitial: vi.fn(async () => false), ...deps };
  startHoldEngine([contactGuard(adapter, full)], { unchecked, timeoutMs }, controller.signal);
  return full;
};
const flush = () => new Promise((r) => setTimeout(r, 0));
const followButton = () => document.querySelector<HTMLElement>('[data-testid="follow"] span')!;
/** A click as the browser reports a person's click: trusted (the DOM's own .click() is not). */
const personClicks = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
};

beforeEach(() => {
  actions.length = 0;
  renderSite();
});
afterEach(() => controller.abort());

describe('contact guard', () => {
  it('holds the click while deciding, then replays it exactly once when allowed', async () => {
    let answer!: (v: { verdict: 'allow' }) => void;
    const deps = start({ check: vi.fn(() => new Promise<ContactVerdict>((r) => (answer = r))) });
    personClicks(followButton());
    // A second click on the same button while it is being checked is the same action: it follows once.
    personClicks(followButton());
    expect(actions).toEqual([]);
    expect(deps.check).toHaveBeenCalledWith(expect.objectContaining({ action: 'follow', person: { name: 'Ellie Smith' } }));
    answer({ verdict: 'allow' });
    await flush();
    expect(actions).toEqual(['follow']);
    expect(deps.check).toHaveBeenCalledTimes(1);
  });

  it("never checks the page's own synthetic clicks, and never shows them a frame", async () => {
    const deps = start({ check: vi.fn(async () => ({ verdict: 'hold' as const, holdId: 'h0' })) });
    followButton().click();
    await flush();
    expect(deps.check).not.toHaveBeenCalled();
    expect(deps.interstitial).not.toHaveBeenCalled();
    expect(actions).toEqual(['follow']);
  });

  it('never lets the site act when the interstitial is cancelled', async () => {
    const deps = start({ check: async () => ({ verdict: 'hold', holdId: 'h1' }), interstitial: vi.fn(async () => false) });
    personClicks(followButton());
    await flush();
    expect(deps.interstitial).toHaveBeenCalledWith('h1');
    expect(actions).toEqual([]);
  });

  it('replays on the re-rendered button when the site replaced it meanwhile', async () => {
    let proceed!: (v: boolean) => void;
    start({ check: async () => ({ verdict: 'hold', holdId: 'h2' }), interstitial: () => new Promise((r) => (proceed = r)) });
    personClicks(followButton());
    await flush();
    const old = document.querySelector('[data-testid="follow"]')!;
    old.replaceWith(old.cloneNode(true));
    proceed(true);
    await flush();
    expect(actions).toEqual(['follow']);
  });

  it('leaves other clicks alone', () => {
    const deps = start({});
    personClicks(document.querySelector<HTMLElement>('[data-testid="like"]')!);
    expect(actions).toEqual(['like']);
    expect(deps.check).not.toHaveBeenCalled();
  });

  it('never breaks the site when the adapter meets markup it did not expect', () => {
    controller = new AbortController();
    const broken: SiteAdapter = { ...adapter, contactTarget: () => { throw new Error('unexpected DOM'); } };
    const check = vi.fn(async () => ({ verdict: 'allow' as const }));
    startHoldEngine([contactGuard(broken, { check, interstitial: async () => false })], { unchecked }, controller.signal);
    personClicks(followButton());
    expect(actions).toEqual(['follow']);
    expect(check).not.toHaveBeenCalled();
  });

  it('never passes silently when the background does not answer in time: the person chooses', async () => {
    const check = vi.fn(() => new Promise<ContactVerdict>(() => undefined));
    unchecked = vi.fn(async (): Promise<UncheckedChoice> => 'cancel');
    start({ check }, 10);
    personClicks(followButton());
    await new Promise((r) => setTimeout(r, 30));
    expect(unchecked).toHaveBeenCalledTimes(1);
    expect(actions).toEqual([]);
    controller.abort();

    // "Try again" asks again; "Go ahead" then acts once.
    const answers: UncheckedChoice[] = ['retry', 'proceed'];
    unchecked = vi.fn(async () => answers.shift()!);
    const slow = vi.fn(() => new Promise<ContactVerdict>(() => undefined));
    const proceededUnchecked = vi.fn();
    start({ check: slow, proceededUnchecked }, 10);
    personClicks(followButton());
    await new Promise((r) => setTimeout(r, 60));
    expect(slow).toHaveBeenCalledTimes(2);
    expect(actions).toEqual(['follow']);
    // Going ahead unchecked is written to the log, once, with what it was.
    expect(proceededUnchecked).toHaveBeenCalledTimes(1);
    expect(proceededUnchecked.mock.calls[0]![0]).toMatchObject({ action: 'follow', person: { name: expect.any(String) } });
  });

  it('an answer that fails is treated like no answer, never as a pass', async () => {
    unchecked = vi.fn(async (): Promise<UncheckedChoice> => 'cancel');
    start({ check: async () => Promise.reject(new Error('worker restarting')) });
    personClicks(followButton());
    await flush();
    await flush();
    expect(unchecked).toHaveBeenCalledTimes(1);
    expect(actions).toEqual([]);
  });

  it('stops guarding when its signal aborts', () => {
    const deps = start({});
    controller.abort();
    personClicks(followButton());
    expect(deps.check).not.toHaveBeenCalled();
    expect(actions).toEqual(['follow']);
  });
});
