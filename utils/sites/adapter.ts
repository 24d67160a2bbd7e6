import type { ContactAction } from '@/rules/schema';
import type { ComposeReader } from './compose';
import type { Network } from './networks';
import type { ProfileField } from '@/utils/profile/audit';

/** What a page shows about the person a contact action concerns. Read from the page, never from the roster. */
export interface PersonInfo {
  /** Display name as shown ("Ellie Smith ✨"). */
  name?: string;
  /** Handle or profile slug, without @ ("ellie.smith09"). */
  handle?: string;
  /** Bio or headline text, if the context shows one. */
  bio?: string;
}

/** A click that starts a contact: which action, on which button, about whom. */
export interface ContactTarget {
  action: ContactAction;
  /** The control the person clicked (the element the site listens on, e.g. the <button> or role="button"). */
  button: HTMLElement;
  /** Null when the page shows no name or handle near the button (then the action passes, and nothing is claimed). */
  person: PersonInfo | null;
}

/** One network's module (`utils/sites/<id>/index.ts`): its facts and the readers it has. */
export interface SiteModule {
  network: Network;
  /** Friend, follow, connect and message buttons (the contact guard); absent where the network has none. */
  contact?: SiteAdapter;
  /** Posts, comments and messages (the compose guard). */
  compose?: ComposeReader;
  /** The staff member's own profile and its edit form (the own-profile audit). */
  profile?: ProfileReader;
}

/**
 * Finds the signed-in person's own profile on a page and reads what it says about them. Silent (null)
 * on anyone else's profile and on pages that are not profiles: the audit is about one's own profile only.
 */
export interface ProfileReader {
  network: Network['id'];
  /** Selectors by role (EDIT_PROFILE, BIO, …), each resting on a public fact noted beside it. */
  SELECTORS: Readonly<Record<string, string>>;
  /** The fields of the person's own profile (view or edit form) on this page, or null. */
  ownProfile(doc: Document, url: URL): ProfileField[] | null;
}

/**
 * One network's facts, as data and small pure DOM readers (Control Panel for Twitter style):
 * selectors named by role, each resting on a public fact about the site's markup noted beside it.
 * Adapters only read the page; they never change it.
 */
export interface SiteAdapter {
  network: Network['id'];
  /** Selectors by role (FOLLOW_BUTTON, USER_CELL, PROFILE_NAME, …). */
  selectors: Readonly<Record<string, string>>;
  /**
   * The contact action a click on `target` (the event's target, possibly deep inside a button)
   * would start, or null when it is not one. Must be cheap: it runs on every click on the page.
   */
  contactTarget(target: Element): ContactTarget | null;
}

/** Text of the first element matching `selector` inside `root`, trimmed and with runs of whitespace collapsed. */
export function textOf(root: ParentNode | null | undefined, selector: string): string | undefined {
  const el = root?.querySelector(selector);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The closest ancestor (or self) matching `selector`, as an HTMLElement. */
export function closestEl(target: Element, selector: string): HTMLElement | null {
  return target.closest<HTMLElement>(selector);
}

/** The accessible name a button carries: aria-label first, then its visible text. */
export function buttonLabel(button: Element): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A handle from a profile link such as "/ellie.smith09", "/@ellie.smith09" or "/in/ellie-smith-09/". */
/**
 * A URL path segment decoded, or as it stands when it is not valid percent-encoding: a page can put a
 * stray `%` in a link, and a thrown URIError must never end a check (and so let the action through).
 */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** How long each part of a person may be when sent for a check (the message schema refuses longer). */
export const PERSON_LIMITS = { name: 300, handle: 100, bio: 1000 } as const;

/** `text` cut to at most `limit` UTF-16 units (what a schema's max counts), never inside a surrogate pair. */
function cutTo(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * A person cut to the lengths a check accepts, so a page cannot make the check fail (and the action
 * pass) with a 1,000-character bio or a 101-character handle. Cut at a character, never mid-pair.
 */
export function personForCheck(person: PersonInfo | null | undefined): PersonInfo {
  const out: PersonInfo = {};
  for (const key of ['name', 'handle', 'bio'] as const) {
    const value = person?.[key];
    if (typeof value === 'string') out[key] = cutTo(value, PERSON_LIMITS[key]);
  }
  return out;
}

export function handleFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let path: string;
  try {
    path = new URL(href, 'https://example.invalid/').pathname;
  } catch {
    return undefined;
  }
  const m = /^\/(?:in\/)?@?([^/?#]+)\/?$/.exec(path);
  return m?.[1] ? safeDecode(m[1]) : undefined;
}
