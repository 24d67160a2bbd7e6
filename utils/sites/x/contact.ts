import { buttonLabel, closestEl, handleFromHref, textOf, type ContactTarget, type PersonInfo, type SiteAdapter } from '../adapter';

/**
 * X (Twitter). Selectors rest on X's public test ids, which extensions such as Control Panel for
 * Twitter have relied on for years: data-testid="<userId>-follow" / "-unfollow" on the follow button,
 * "UserName" and "UserDescription" in the profile header, "UserCell" for a person in lists and the
 * "Who to follow" module, "sendDMFromProfile" for the profile's Message button.
 */
export const selectors = {
  /** The follow button anywhere: data-testid ends in "-follow" (its pair, "-unfollow", is left alone). */
  FOLLOW_BUTTON: '[data-testid$="-follow"]',
  /** The profile header's name block: display name, then "@handle". */
  PROFILE_NAME: '[data-testid="UserName"]',
  PROFILE_BIO: '[data-testid="UserDescription"]',
  /** The profile's Message button (direct message). */
  MESSAGE_BUTTON: '[data-testid="sendDMFromProfile"]',
  /** One person in a list: "Who to follow", followers, follow requests. */
  USER_CELL: '[data-testid="UserCell"]',
  /** The profile page's header column (the one-profile context around the header's buttons). */
  PROFILE_HEADER: '[data-testid="primaryColumn"]',
  /** Follow requests (protected accounts) show plain role="button" Accept / Decline in each cell. */
  ROLE_BUTTON: '[role="button"], button',
} as const;

/** "@ellie.smith09" → "ellie.smith09". */
const handleIn = (text: string | undefined) => /@([A-Za-z0-9_.]{1,30})/.exec(text ?? '')?.[1];

/** The "@handle" a block shows, read from the one text node that holds it (cell text runs words together). */
function atHandle(root: ParentNode): string | undefined {
  for (const span of root.querySelectorAll('span')) {
    const text = span.textContent?.trim() ?? '';
    if (text.startsWith('@') && span.children.length === 0) return handleIn(text);
  }
  return undefined;
}

/** The person a user cell shows: its first profile link is the name, the link's path or "@handle" the handle. */
function personInCell(cell: Element): PersonInfo | null {
  const link = cell.querySelector<HTMLAnchorElement>('a[href^="/"][role="link"], a[href^="/"]');
  const handle = handleFromHref(link?.getAttribute('href')) ?? atHandle(cell);
  const name = link?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  return handle || name ? { name, handle } : null;
}

/** The person a profile header shows. */
function personInHeader(header: ParentNode): PersonInfo | null {
  const block = header.querySelector(selectors.PROFILE_NAME);
  if (!block) return null;
  const spans = [...block.querySelectorAll('span')].map((s) => s.textContent?.trim() ?? '').filter(Boolean);
  const handle = atHandle(block);
  const name = spans.find((s) => !s.startsWith('@'));
  return { name, handle, bio: textOf(header, selectors.PROFILE_BIO) };
}

function contactTarget(target: Element): ContactTarget | null {
  const follow = closestEl(target, selectors.FOLLOW_BUTTON);
  if (follow && !follow.getAttribute('data-testid')!.endsWith('-unfollow')) {
    const cell = follow.closest(selectors.USER_CELL);
    const person = cell ? personInCell(cell) : personInHeader(follow.closest(selectors.PROFILE_HEADER) ?? follow.ownerDocument);
    return { action: 'follow', button: follow, person };
  }
  const message = closestEl(target, selectors.MESSAGE_BUTTON);
  if (message) return { action: 'message', button: message, person: personInHeader(message.closest(selectors.PROFILE_HEADER) ?? message.ownerDocument) };
  // Follow requests: an "Accept" button inside a user cell (no test id; X's English label).
  const button = closestEl(target, selectors.ROLE_BUTTON);
  const cell = button?.closest(selectors.USER_CELL);
  if (button && cell && /^accept$/i.test(buttonLabel(button))) return { action: 'accept', button, person: personInCell(cell) };
  return null;
}

export const adapter: SiteAdapter = { network: 'x', selectors, contactTarget };
