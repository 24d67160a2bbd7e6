import type { ContactTarget, SiteAdapter } from '@/utils/sites/adapter';
import type { Guard, HeldAction, Verdict } from './hold-engine';

const SIGNATURE_ATTRIBUTES = ['data-testid', 'data-e2e', 'aria-label', 'role', 'type'];

/** What identifies a button across re-renders: its tag and the attributes the site gives it. */
function signature(el: Element): string {
  return [el.tagName, ...SIGNATURE_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '')].join('|');
}

const meaningOf = (t: ContactTarget) => `${t.action}:${t.person?.handle ?? t.person?.name ?? ''}`;

/**
 * Finds the button again after the site re-rendered it (React replaces elements freely): the element
 * with the same signature that the adapter reads as the same action on the same person.
 */
function relocate(adapter: SiteAdapter, held: ContactTarget, sig: string): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>(held.button.tagName)) {
    if (signature(el) !== sig) continue;
    const again = adapter.contactTarget(el);
    if (again && meaningOf(again) === meaningOf(held)) return again.button;
  }
  return null;
}

export interface HeldContact extends HeldAction {
  target: ContactTarget;
}

/** What the contact guard needs from the extension; passed in so the guard itself is plain DOM code. */
export interface ContactGuardDeps {
  /** Asks the background for a verdict on this contact. */
  check(target: ContactTarget): Promise<Verdict>;
  /** Opens the interstitial for a hold; resolves when it has been answered, with whether to go ahead. */
  interstitial(holdId: string): Promise<boolean>;
  /** Notes in the log that the person went ahead with this contact unchecked. */
  proceededUnchecked?(target: ContactTarget): void;
}

/**
 * The contact guard, for the hold engine: a click on a friend, follow, connect, accept or message
 * button is held while the background checks the person; a click that is not one costs one adapter
 * read and is left alone. When it may go ahead, the click is replayed on the same (or re-rendered)
 * button, so the site acts exactly once, as it would have.
 */
export function contactGuard(adapter: SiteAdapter, deps: ContactGuardDeps): Guard<HeldContact> {
  return {
    read(event) {
      if (event.type !== 'click') return null;
      // Inside an open shadow root the window sees only the host: the path says what was really hit.
      const origin = event.composedPath()[0] ?? event.target;
      if (!(origin instanceof Element)) return null;
      const target = adapter.contactTarget(origin);
      if (!target?.person) return null;
      const sig = signature(target.button);
      return {
        target,
        control: target.button,
        meaning: meaningOf(target),
        replay() {
          const button = target.button.isConnected ? target.button : relocate(adapter, target, sig);
          if (!button) return false;
          button.click();
          return true;
        },
      };
    },
    check: (held) => deps.check(held.target),
    frame: (holdId) => deps.interstitial(holdId),
    proceededUnchecked: (held) => deps.proceededUnchecked?.(held.target),
  };
}
