import type { ContactAction } from '@/rules/schema';
import { buttonLabel, closestEl, handleFromHref, textOf, type ContactTarget, type PersonInfo, type SiteAdapter } from '../adapter';

/**
 * Instagram. Its web app gives contact controls no test ids and obfuscated, changing class names, so
 * Instagram is the one network read by structure and English labels: the follow and request buttons
 * are plain <button type="button"> with the word in a nested <div dir="auto"> (bots and userscripts
 * find them by text, e.g. "//button[text()='Follow']" in iCerebro and ig-spork-bot, "Following" /
 * "Requested" for the states after), the profile's Message control is a <div role="button"> (InstaBot
 * selects "//div[text()='Message']"), and the profile header is `header section` with the username in
 * an <h2> (the selector scrapers have used for years, e.g. "header section h2").
 */
export const selectors = {
  /** Follow / Following / Requested / Confirm / Delete are <button>; Message and icon controls are role="button". */
  BUTTON: 'button, [role="button"]',
  /** The profile page's header: avatar section, then the section with name, buttons, counts and bio. */
  PROFILE_HEADER: 'main header section',
  /** The username heading in the profile header ("header section h2" in public scrapers). */
  PROFILE_HANDLE: 'header section h2',
  /** Display name and bio lines are span/h1 with dir="auto" (Instagram sets dir="auto" on user text). */
  PROFILE_NAME: 'header section span[dir="auto"]',
  /** The bio: an <h1 dir="auto"> under the name ("header section h1" in public scrapers' bio fallbacks). */
  PROFILE_BIO: 'header section h1',
  /** A person in a list links to "/<username>/" with role="link" (Instagram's anchors all carry it). */
  PROFILE_LINK: 'a[role="link"][href^="/"]',
} as const;

/** Instagram's English button words, and what each one starts. Everything else is left alone. */
const ACTIONS: Record<string, ContactAction> = {
  follow: 'follow',
  'follow back': 'follow',
  confirm: 'accept',
  message: 'message',
};

/** The first user-text span that is a display name: not the username, nor inside a link, heading, button or count list. */
function nameIn(root: Element, handle: string | undefined): string | undefined {
  for (const span of root.querySelectorAll('span[dir="auto"]')) {
    if (span.closest('a, h1, h2, button, [role="button"], ul')) continue;
    const text = span.textContent?.replace(/\s+/g, ' ').trim();
    if (text && text !== handle) return text;
  }
  return undefined;
}

function personInHeader(section: Element): PersonInfo | null {
  const handle = textOf(section, 'h2');
  const name = nameIn(section, handle);
  return handle || name ? { name, handle, bio: textOf(section, 'h1') } : null;
}

/**
 * A list row (suggestion, follow request, carousel card) has no marker of its own: it is the nearest
 * ancestor of the button that holds a profile link. Climbing stops at the list's edge (main/body).
 */
function rowOf(button: Element): Element | null {
  let el = button.parentElement;
  for (let depth = 0; el && depth < 8 && el.tagName !== 'MAIN' && el.tagName !== 'BODY'; depth += 1, el = el.parentElement) {
    if (el.querySelector(selectors.PROFILE_LINK)) return el;
  }
  return null;
}

function personInRow(row: Element): PersonInfo | null {
  let handle: string | undefined;
  for (const link of row.querySelectorAll(selectors.PROFILE_LINK)) {
    handle = handleFromHref(link.getAttribute('href'));
    if (handle) break;
  }
  const name = nameIn(row, handle);
  return handle || name ? { name, handle } : null;
}

function contactTarget(target: Element): ContactTarget | null {
  const button = closestEl(target, selectors.BUTTON);
  if (!button) return null;
  const action = ACTIONS[buttonLabel(button).toLowerCase()];
  if (!action) return null;
  const header = button.closest(selectors.PROFILE_HEADER);
  if (header) return { action, button, person: personInHeader(header) };
  const row = rowOf(button);
  return { action, button, person: row ? personInRow(row) : null };
}

export const adapter: SiteAdapter = { network: 'instagram', selectors, contactTarget };
