import type { ContactVerdict } from '@/utils/contact/types';
import type { ContactTarget, SiteAdapter } from '@/utils/sites/adapter';

/** What the guard needs from the extension; passed in so the guard itself is plain DOM code. */
export interface ContactGuardDeps {
  /** Asks the background for a verdict on this contact. */
  check(target: ContactTarget): Promise<ContactVerdict>;
  /** Opens the interstitial for a hold; resolves when it has been answered, with whether to go ahead. */
  interstitial(holdId: string): Promise<boolean>;
  /** How long to wait for a verdict before letting the site work as if Chalkline were not there. */
  timeoutMs?: number;
}

const SIGNATURE_ATTRIBUTES = ['data-testid', 'data-e2e', 'aria-label', 'role', 'type'];

/** What identifies a button across re-renders: its tag and the attributes the site gives it. */
function signature(el: Element): string {
  return [el.tagName, ...SIGNATURE_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '')].join('|');
}

const samePerson = (a: ContactTarget, b: ContactTarget) =>
  a.action === b.action && (a.person?.handle ?? a.person?.name) === (b.person?.handle ?? b.person?.name);

/**
 * Finds the button again after the site re-rendered it (React replaces elements freely): the element
 * with the same signature that the adapter reads as the same action on the same person.
 */
function relocate(adapter: SiteAdapter, held: ContactTarget, sig: string): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(held.button.tagName)) {
    if (signature(el) !== sig) continue;
    const again = adapter.contactTarget(el);
    if (again && samePerson(again, held)) return again.button;
  }
  return null;
}

/**
 * Holds contact clicks while the background decides. One capture-phase listener on the window sees
 * every click before the site's own (delegated, React-style) handlers; a click that is not a contact
 * action costs one adapter read and is left alone. A contact click is stopped, checked, and — when
 * nobody on the roster is involved — replayed on the same (or re-rendered) button, so the site acts
 * exactly once, as it would have. Stops when `signal` aborts.
 */
export function startContactGuard(adapter: SiteAdapter, deps: ContactGuardDeps, signal: AbortSignal): void {
  let replaying: Element | null = null;
  let busy = false;

  const replay = (held: ContactTarget, sig: string) => {
    const button = held.button.isConnected ? held.button : relocate(adapter, held, sig);
    if (!button) return;
    replaying = button;
    try {
      button.click();
    } finally {
      replaying = null;
    }
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (replaying && (replaying === target || replaying.contains(target))) return;
    let held: ContactTarget | null;
    try {
      held = adapter.contactTarget(target);
    } catch {
      // Markup we did not expect: never break the site over it.
      return;
    }
    if (!held?.person) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (busy) return;
    busy = true;
    const sig = signature(held.button);
    const decided = Promise.race([
      deps.check(held),
      new Promise<ContactVerdict>((resolve) => setTimeout(() => resolve({ verdict: 'allow' }), deps.timeoutMs ?? 3000)),
    ]).catch((): ContactVerdict => ({ verdict: 'allow' }));
    void decided
      .then(async (verdict) => {
        if (signal.aborted) return;
        if (verdict.verdict === 'allow') return replay(held, sig);
        const proceed = await deps.interstitial(verdict.holdId);
        if (proceed) replay(held, sig);
        else if (held.button.isConnected) held.button.focus();
      })
      .finally(() => {
        busy = false;
      });
  };

  window.addEventListener('click', onClick, { capture: true, signal });
}
