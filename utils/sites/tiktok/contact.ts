import { closestEl, handleFromHref, textOf, type ContactTarget, type PersonInfo, type SiteAdapter } from '../adapter';

/**
 * TikTok. Its web app marks its controls with data-e2e attributes (kept for TikTok's own end-to-end
 * tests, and relied on by scrapers and userscripts for years): "follow-button", "message-button",
 * "user-title" / "user-subtitle" / "user-bio" inside "user-page" on a profile; the sidebar's
 * "suggest-user-…" rows open a hover card whose follow button is "user-card-follow"; the Activity inbox
 * lists "inbox-list-item" rows with an "inbox-title" link to "/@<handle>".
 */
export const selectors = {
  /** The profile's follow button; it keeps this id as "Following" / "Friends" (public unfollow scripts rely on that). */
  FOLLOW_BUTTON: '[data-e2e="follow-button"]',
  /** The follow button in the hover card of a suggested account (styled by tnsatt/tiktokjs as `[class*="DivProfileContainer"] [data-e2e="user-card-follow"]`). */
  CARD_FOLLOW_BUTTON: '[data-e2e="user-card-follow"]',
  /** The profile's Message button (DM bots open chats with `[data-e2e="message-button"]`). */
  MESSAGE_BUTTON: '[data-e2e="message-button"]',
  /** The profile header (`[data-e2e="user-page"] button[data-e2e="follow-button"]` in public bots). */
  PROFILE_HEADER: '[data-e2e="user-page"]',
  /** h1 with the @handle, h2 with the nickname, h2 with the bio (the trio every TikTok scraper reads). */
  PROFILE_HANDLE: '[data-e2e="user-title"]',
  PROFILE_NAME: '[data-e2e="user-subtitle"]',
  PROFILE_BIO: '[data-e2e="user-bio"]',
  /** The hover card's @handle, nickname and bio. */
  CARD_HANDLE: '[data-e2e="user-card-username"]',
  CARD_NAME: '[data-e2e="user-card-nickname"]',
  CARD_BIO: '[data-e2e="user-card-user-bio"]',
  /** One row of the Activity inbox; its title links to the person ("/@handle") and shows their nickname. */
  INBOX_ITEM: '[data-e2e="inbox-list-item"]',
  INBOX_TITLE: '[data-e2e="inbox-title"]',
  /** Follow requests' Accept / Delete are TUXButtons with no data-e2e: read by their English label. */
  BUTTON: 'button, [role="button"]',
} as const;

/** The visible word on a button ("Follow", "Following", "Friends", "Follow back", "Accept"), lower-cased. */
const word = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const FOLLOW_WORDS = new Set(['follow', 'follow back']);
const handleOf = (text: string | undefined) => text?.replace(/^@/, '') || undefined;

function personInHeader(header: ParentNode): PersonInfo | null {
  const handle = handleOf(textOf(header, selectors.PROFILE_HANDLE));
  const name = textOf(header, selectors.PROFILE_NAME);
  return handle || name ? { name, handle, bio: textOf(header, selectors.PROFILE_BIO) } : null;
}

/** The hover card around a card button: the nearest ancestor that holds the card's @handle. */
function personInCard(button: Element): PersonInfo | null {
  let card = button.parentElement;
  for (let depth = 0; card && depth < 6 && !card.querySelector(selectors.CARD_HANDLE); depth += 1) card = card.parentElement;
  if (!card?.querySelector(selectors.CARD_HANDLE)) return null;
  return { handle: handleOf(textOf(card, selectors.CARD_HANDLE)), name: textOf(card, selectors.CARD_NAME), bio: textOf(card, selectors.CARD_BIO) };
}

function personInInbox(item: Element): PersonInfo | null {
  const title = item.querySelector(selectors.INBOX_TITLE);
  const handle = handleFromHref(title?.getAttribute('href'));
  const name = textOf(item, selectors.INBOX_TITLE);
  return handle || name ? { name, handle } : null;
}

function contactTarget(target: Element): ContactTarget | null {
  const follow = closestEl(target, `${selectors.FOLLOW_BUTTON}, ${selectors.CARD_FOLLOW_BUTTON}`);
  if (follow) {
    if (!FOLLOW_WORDS.has(word(follow))) return null;
    const person = follow.matches(selectors.CARD_FOLLOW_BUTTON)
      ? personInCard(follow)
      : personInHeader(follow.closest(selectors.PROFILE_HEADER) ?? follow.ownerDocument);
    return { action: 'follow', button: follow, person };
  }
  const message = closestEl(target, selectors.MESSAGE_BUTTON);
  if (message) return { action: 'message', button: message, person: personInHeader(message.closest(selectors.PROFILE_HEADER) ?? message.ownerDocument) };
  // Follow requests: "Accept" inside an inbox row (Delete, and every other row control, is left alone).
  const button = closestEl(target, selectors.BUTTON);
  const item = button?.closest(selectors.INBOX_ITEM);
  if (button && item && word(button) === 'accept') return { action: 'accept', button, person: personInInbox(item) };
  return null;
}

export const adapter: SiteAdapter = { network: 'tiktok', selectors, contactTarget };
