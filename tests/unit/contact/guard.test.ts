// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContactGuard, type ContactGuardDeps } from '@/utils/content/contact-guard';
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
const start = (deps: Partial<ContactGuardDeps>) => {
  controller = new AbortController();
  const full: ContactGuardDeps = { check: vi.fn(async () => ({ verdict: 'allow' as const })), interstitial: vi.fn(async () => false), ...deps };
  startContactGuard(adapter, full, controller.signal);
  return full;
};
const flush = () => new Promise((r) => setTimeout(r, 0));
const followButton = () => document.querySelector<HTMLElement>('[data-testid="follow"] span')!;

beforeEach(() => {
  actions.length = 0;
  renderSite();
});
afterEach(() => controller.abort());

describe('contact guard', () => {
  it('holds the click while deciding, then replays it exactly once when allowed', async () => {
    let answer!: (v: { verdict: 'allow' }) => void;
    const deps = start({ check: vi.fn(() => new Promise<ContactVerdict>((r) => (answer = r))) });
    followButton().click();
    expect(actions).toEqual([]);
    expect(deps.check).toHaveBeenCalledWith(expect.objectContaining({ action: 'follow', person: { name: 'Ellie Smith' } }));
    answer({ verdict: 'allow' });
    await flush();
    expect(actions).toEqual(['follow']);
  });

  it('never lets the site act when the interstitial is cancelled', async () => {
    const deps = start({ check: async () => ({ verdict: 'hold', holdId: 'h1' }), interstitial: vi.fn(async () => false) });
    followButton().click();
    await flush();
    expect(deps.interstitial).toHaveBeenCalledWith('h1');
    expect(actions).toEqual([]);
  });

  it('replays on the re-rendered button when the site replaced it meanwhile', async () => {
    let proceed!: (v: boolean) => void;
    start({ check: async () => ({ verdict: 'hold', holdId: 'h2' }), interstitial: () => new Promise((r) => (proceed = r)) });
    followButton().click();
    await flush();
    const old = document.querySelector('[data-testid="follow"]')!;
    old.replaceWith(old.cloneNode(true));
    proceed(true);
    await flush();
    expect(actions).toEqual(['follow']);
  });

  it('leaves other clicks alone', () => {
    const deps = start({});
    document.querySelector<HTMLElement>('[data-testid="like"]')!.click();
    expect(actions).toEqual(['like']);
    expect(deps.check).not.toHaveBeenCalled();
  });

  it('never breaks the site when the adapter meets markup it did not expect', () => {
    controller = new AbortController();
    const broken: SiteAdapter = { ...adapter, contactTarget: () => { throw new Error('unexpected DOM'); } };
    const check = vi.fn(async () => ({ verdict: 'allow' as const }));
    startContactGuard(broken, { check, interstitial: async () => false }, controller.signal);
    followButton().click();
    expect(actions).toEqual(['follow']);
    expect(check).not.toHaveBeenCalled();
  });

  it('lets the site act if the background does not answer in time', async () => {
    start({ check: () => new Promise(() => undefined), timeoutMs: 10 });
    followButton().click();
    await new Promise((r) => setTimeout(r, 30));
    expect(actions).toEqual(['follow']);
  });

  it('stops guarding when its signal aborts', () => {
    const deps = start({});
    controller.abort();
    followButton().click();
    expect(deps.check).not.toHaveBeenCalled();
    expect(actions).toEqual(['follow']);
  });
});
