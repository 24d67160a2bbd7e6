import type { ContactAction } from '@/rules/schema';
import { buttonLabel, closestEl, handleFromHref, textOf, type ContactTarget, type PersonInfo, type SiteAdapter } from '../adapter';

/**
 * LinkedIn. Its buttons carry the person in their aria-label ("Invite Ellie Smith to connect",
 * "Accept Grace Patel’s invitation", "Follow Jordan Rivers"), and automation scripts and scrapers
 * have selected on exactly those labels for years; the profile top card, "People also viewed",
 * My Network cards and invitation rows give the context the person is read from.
 */
export const selectors = {
  /**
   * Connect, wherever it is: LinkedIn labels it "Invite <name> to connect" on the profile, in "People
   * also viewed" and on My Network cards; scripts select button[aria-label*="Invite"][aria-label*="to connect"]
   * (AddAll-for-LinkedIn reads the name out of that label), and inside the profile's More menu it is a
   * div[role="button"] with the same label (div[aria-label$="to connect"] in connection-request scripts).
   */
  CONNECT_BUTTON: '[aria-label^="Invite "][aria-label$=" to connect"]',
  /** Follow: button[aria-label^="Follow "] is what follow scripts use; "Following …" (already followed) does not match. */
  FOLLOW_BUTTON: 'button[aria-label^="Follow "], [role="button"][aria-label^="Follow "]',
  /** Invitations: "Accept Shruti Pundir’s invitation" (button[aria-label^="Accept"] in invitation-accepting bots). */
  ACCEPT_BUTTON: 'button[aria-label^="Accept "][aria-label$="invitation"]',
  /** The profile's Message button, button[aria-label^="Message "] in profile debug scripts. */
  MESSAGE_BUTTON: 'button[aria-label^="Message "], a[aria-label^="Message "]',
  /**
   * The profile's More ("…") button: id "<ember id>-profile-overflow-action", aria-label "More actions"
   * (button[id$="-profile-overflow-action"] in connect scripts). Opening the menu is not a contact.
   */
  MORE_BUTTON: 'button[id$="-profile-overflow-action"]',
  /**
   * An entry of that menu: div[role="button"].artdeco-dropdown__item with an aria-label, seen in a public
   * dump of a profile top card ("Send … profile via message", "Save to PDF"); Recommend is one of them.
   */
  MENU_ITEM: '.artdeco-dropdown__item[role="button"]',
  /** The profile top card: section.artdeco-card[data-member-id] in the same dump ("pv-top-card" in older markup). */
  PROFILE_TOP_CARD: 'section[data-member-id], .pv-top-card',
  /** Its name: h1.text-heading-xlarge (scrapers use "main h1" / "h1.text-heading-xlarge"). */
  PROFILE_NAME: 'h1',
  /** Its headline: div.text-body-medium.break-words (scrapers' HEADLINE selector). */
  PROFILE_HEADLINE: '.text-body-medium.break-words',
  /** A profile link; the person's handle is the /in/<slug>/ it points to. */
  PROFILE_LINK: 'a[href*="/in/"]',
  /**
   * One person in a list: an invitation row (li.invitation-card, or div[role="listitem"] in the current
   * invitation manager), a My Network card (li.discover-entity-type-card), or a "People also viewed"
   * row in the right rail (scrapers read ".pv-browsemap-section li, aside li").
   */
  PERSON_CARD: 'li.invitation-card, [role="listitem"], li.discover-entity-type-card, aside li.artdeco-list__item',
  /**
   * The name in a card: .invitation-card__title, .discover-person-card__name, or the bold line of an
   * entity row, whose span[aria-hidden="true"] holds the visible text (a visually hidden copy follows it).
   */
  CARD_NAME: '.invitation-card__title, .discover-person-card__name, .t-bold > span[aria-hidden="true"]',
  /** The headline in a card: .invitation-card__subtitle, .discover-person-card__occupation, an entity row's .t-normal line. */
  CARD_HEADLINE: '.invitation-card__subtitle, .discover-person-card__occupation, .t-normal > span[aria-hidden="true"]',
  /** Anything a click can land in that the site listens on. */
  CONTROL: 'button, a[href], [role="button"]',
} as const;

/** Button words LinkedIn shows without an aria-label (English UI only), and the action each starts. */
const WORDS: Record<string, ContactAction> = { Connect: 'connect', Follow: 'follow', Accept: 'accept', Message: 'message', Recommend: 'recommend' };

const BY_SELECTOR: readonly [string, ContactAction][] = [
  [selectors.CONNECT_BUTTON, 'connect'],
  [selectors.ACCEPT_BUTTON, 'accept'],
  [selectors.FOLLOW_BUTTON, 'follow'],
  [selectors.MESSAGE_BUTTON, 'message'],
];

const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;

/** "/in/ellie-smith-09/overlay/about-this-profile/" or "https://www.linkedin.com/in/jordanrivers/?…" → the slug. */
function slugOf(href: string | null | undefined): string | undefined {
  const path = /\/in\/[^/?#]+/.exec(href ?? '')?.[0];
  return path ? handleFromHref(`${path}/`) : undefined;
}

/**
 * A control's name: its aria-label, else its visible words. LinkedIn often pairs a span[aria-hidden="true"]
 * with a visually hidden copy of the same words, so the visible span alone is read when there is one.
 */
const labelOf = (control: HTMLElement) =>
  control.hasAttribute('aria-label') ? buttonLabel(control) : (textOf(control, 'span[aria-hidden="true"]') ?? buttonLabel(control));

/** The action a control starts, or null (Pending, Following, Ignore, More, Like, links…). */
function actionOf(control: HTMLElement): ContactAction | null {
  for (const [selector, action] of BY_SELECTOR) if (control.matches(selector)) return action;
  const label = labelOf(control);
  if (control.matches(selectors.MENU_ITEM) && /^Recommend\b/.test(label)) return 'recommend';
  // No aria-label: the visible word alone (a bare "Recommend" menu entry, a plain "Connect" button).
  return control.hasAttribute('aria-label') ? null : (WORDS[label] ?? null);
}

/** The name a control's own label gives ("Invite Ellie Smith to connect" → "Ellie Smith"), when no card does. */
function nameInLabel(control: HTMLElement): string | undefined {
  const label = control.getAttribute('aria-label') ?? '';
  return clean(/^(?:Invite (.+) to connect|Accept (.+?)[’']s invitation|(?:Follow|Message|Recommend) (.+))$/.exec(label)?.slice(1).find(Boolean));
}

/** The person a list card shows: its name line (or the profile link that has text), headline and slug. */
function personInCard(card: Element): PersonInfo | null {
  const links = [...card.querySelectorAll<HTMLAnchorElement>(selectors.PROFILE_LINK)];
  const named = links.find((a) => clean(a.textContent));
  const name = textOf(card, selectors.CARD_NAME) ?? clean(named?.textContent);
  const handle = slugOf((named ?? links[0])?.getAttribute('href'));
  return name || handle ? { name, handle, bio: textOf(card, selectors.CARD_HEADLINE) } : null;
}

/** The person a profile's top card shows. */
function personInTopCard(card: Element): PersonInfo | null {
  const name = textOf(card, selectors.PROFILE_NAME);
  const handle = slugOf(card.querySelector(selectors.PROFILE_LINK)?.getAttribute('href'));
  return name || handle ? { name, handle, bio: textOf(card, selectors.PROFILE_HEADLINE) } : null;
}

function contactTarget(target: Element): ContactTarget | null {
  const button = closestEl(target, selectors.CONTROL);
  if (!button || button.matches(selectors.MORE_BUTTON)) return null;
  const action = actionOf(button);
  if (!action) return null;
  // The nearest context wins: a "People also viewed" row sits on someone else's profile page.
  const card = button.closest(selectors.PERSON_CARD);
  const top = card ? null : button.closest(selectors.PROFILE_TOP_CARD);
  const person = card ? personInCard(card) : top ? personInTopCard(top) : null;
  const labelled = person ? undefined : nameInLabel(button);
  return { action, button, person: person ?? (labelled ? { name: labelled } : null) };
}

export const adapter: SiteAdapter = { network: 'linkedin', selectors, contactTarget };
