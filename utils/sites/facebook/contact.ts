import type { ContactAction } from '@/rules/schema';
import { buttonLabel, closestEl, safeDecode, textOf, type ContactTarget, type PersonInfo, type SiteAdapter } from '../adapter';

/**
 * Facebook. Its class names are generated and change with every release, so nothing here uses them.
 * What stays put is accessibility markup and a few data attributes: clickable controls are
 * div role="button" with an English aria-label ("Add friend", "Confirm", "Delete", "Message"), which
 * automation scripts and scrapers select on (e.g. 'div[aria-label="Add friend"][role="button"]');
 * the profile page's actions sit in data-pagelet="ProfileActions"; the profile name is the h1 in
 * div[role="main"], and the person is the address (UTags' Facebook site module reads both).
 */
export const selectors = {
  /** Profile header and suggestion cards: div role="button" aria-label="Add friend" ("Add Friend" in older builds). */
  ADD_FRIEND_BUTTON: '[role="button"][aria-label="Add friend"], [role="button"][aria-label="Add Friend"]',
  /** Friend requests: "Confirm" in request rows, "Confirm request" on the requester's profile. */
  CONFIRM_REQUEST_BUTTON: '[role="button"][aria-label="Confirm"], [role="button"][aria-label="Confirm request"]',
  /** Confirm's partner in a request row (request-cleaning scripts click aria-label "Delete"). */
  DELETE_REQUEST_BUTTON: '[role="button"][aria-label="Delete"], [role="button"][aria-label="Delete request"]',
  /** The profile's Message button. role="button" keeps out the chat composer, a role="textbox" also labelled "Message". */
  MESSAGE_BUTTON: '[role="button"][aria-label="Message"]',
  /** Any control: Facebook renders buttons as div role="button" (a few real <button>s in dialogs). */
  BUTTON: '[role="button"], button',
  /** The profile header's action bar (scrapers use it to find the profile's "More" menu). */
  PROFILE_ACTIONS: '[data-pagelet="ProfileActions"]',
  /** The page body, which holds one profile (the banner and chat column lie outside it). */
  MAIN: '[role="main"]',
  /** The profile's name: the h1 in the main area (UTags reads 'div[role="main"] h1'); the banner has headings such as "Notifications". */
  PROFILE_NAME: '[role="main"] h1',
  /**
   * The left-column tiles are data-pagelet="ProfileTilesFeed_<n>"; the first is "Intro", whose first
   * line of text is the bio (in a div, unlike the tile's heading, an h2 > span).
   */
  PROFILE_BIO: '[data-pagelet^="ProfileTilesFeed"] div > span[dir="auto"]',
  /** Every person link in lists is an <a role="link"> with the profile's address in href. */
  PERSON_LINK: 'a[href]',
  /** Where a row or card ends: the list, the navigation pane, the page, a dialog. */
  LIST_BOUNDARY: '[role="main"], [role="navigation"], [role="list"], [role="feed"], [role="dialog"], [role="banner"]',
} as const;

/**
 * Where a control carries no aria-label, its visible English word decides (scripts fall back to the
 * inner span's text for such layouts). Everything else (Cancel request, Delete, Remove, Like…) is no contact.
 */
const BY_TEXT: Record<string, ContactAction> = { 'add friend': 'friend', 'confirm request': 'accept', confirm: 'accept', message: 'message' };

function actionOf(button: Element): ContactAction | null {
  if (button.matches(selectors.ADD_FRIEND_BUTTON)) return 'friend';
  if (button.matches(selectors.CONFIRM_REQUEST_BUTTON)) return 'accept';
  if (button.matches(selectors.MESSAGE_BUTTON)) return 'message';
  if (button.hasAttribute('aria-label')) return null;
  return BY_TEXT[buttonLabel(button).toLowerCase()] ?? null;
}

/** First path segments that are Facebook's own pages, never a person's vanity name. */
const NOT_PEOPLE = /^(friends|groups|events|watch|marketplace|messages|gaming|pages|pg|photo|photos|search|stories|reel|reels|notifications|settings|bookmarks|saved|help|policies|privacy|ads|business|hashtag|login|recover|sharer|share|dialog|plugins|[\w-]+\.php)$/i;

/**
 * The person a Facebook address names: a vanity name ("/ellie.smith09"), the id in
 * "/profile.php?id=…", or the profile_id the Friends pages put in their own links
 * ("/friends/requests/?profile_id=…"). `exact` (for links) refuses a profile's sub-pages such as
 * "/ellie.smith09/friends", which point at the person's friends, not the person.
 */
export function facebookHandle(href: string | null | undefined, exact = true): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return undefined;
  }
  if (!/(^|\.)facebook\.com$/i.test(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === 'profile.php') return exact && url.searchParams.has('sk') ? undefined : (url.searchParams.get('id') ?? undefined);
  if (segments[0] === 'friends') return url.searchParams.get('profile_id') ?? undefined;
  const [first] = segments;
  if (!first || NOT_PEOPLE.test(first) || (exact && segments.length > 1)) return undefined;
  return safeDecode(first);
}

/** The person a profile page shows: its h1 in the main area, the address, and the Intro's bio. */
function personOnProfile(button: Element): PersonInfo | null {
  const main = button.closest(selectors.MAIN) ?? button.ownerDocument;
  const name = textOf(main, selectors.PROFILE_NAME);
  const handle = facebookHandle(button.ownerDocument.location?.href, false);
  if (!name && !handle) return null;
  return { name, handle, bio: textOf(main, selectors.PROFILE_BIO) };
}

const ROW_DEPTH = 12;

/**
 * The row or card around a button in a list (friend requests, People you may know, hover cards):
 * the nearest ancestor holding a link to a person, or the link itself when the whole row is one.
 * Facebook gives rows no stable name, so the row is found by what it holds. If that ancestor links
 * to two different people it is already wider than one row, and nobody is claimed.
 */
function rowOf(button: Element): { row: Element; handle: string; link: Element } | null {
  let el = button.parentElement;
  for (let depth = 0; el && depth < ROW_DEPTH && !el.matches(selectors.LIST_BOUNDARY); depth++, el = el.parentElement) {
    const self = el.matches(selectors.PERSON_LINK) ? facebookHandle(el.getAttribute('href')) : undefined;
    if (self) return { row: el, handle: self, link: el };
    const links = [...el.querySelectorAll(selectors.PERSON_LINK)].flatMap((a) => {
      const handle = facebookHandle(a.getAttribute('href'));
      return handle ? [{ a, handle }] : [];
    });
    if (links.length === 0) continue;
    if (links.some((l) => l.handle !== links[0]!.handle)) return null;
    return { row: el, handle: links[0]!.handle, link: links.find((l) => l.a.textContent?.trim())?.a ?? links[0]!.a };
  }
  return null;
}

/** A row's person: the handle from its link, the name from the link's text (or its label, for a photo link). */
function personInRow(found: { handle: string; link: Element }): PersonInfo {
  const name = (found.link.textContent?.replace(/\s+/g, ' ').trim() || found.link.getAttribute('aria-label')) ?? undefined;
  return { name: name || undefined, handle: found.handle };
}

/** Whether a row holds a request's "Delete" control, by aria-label or, without one, by its word. */
function hasDelete(row: Element): boolean {
  if (row.querySelector(selectors.DELETE_REQUEST_BUTTON)) return true;
  return [...row.querySelectorAll(selectors.BUTTON)].some((b) => !b.hasAttribute('aria-label') && /^delete( request)?$/i.test(buttonLabel(b)));
}

function contactTarget(target: Element): ContactTarget | null {
  const button = closestEl(target, selectors.BUTTON);
  if (!button) return null;
  const action = actionOf(button);
  if (!action) return null;
  if (button.closest(selectors.PROFILE_ACTIONS)) return { action, button, person: personOnProfile(button) };
  const row = rowOf(button);
  // A bare "Confirm" is a friend request only beside its "Delete" (the same word confirms unfriending, in a dialog).
  if (buttonLabel(button).toLowerCase() === 'confirm' && !(row && hasDelete(row.row))) return null;
  return { action, button, person: row ? personInRow(row) : null };
}

export const adapter: SiteAdapter = { network: 'facebook', selectors, contactTarget };
