import { networkForUrl } from '../sites/networks';

/*
 * Who sent a message, checked without zod, so that content scripts can check their own senders and
 * stay small. The background's router (./router) uses the same checks.
 */

/** What the background needs to know about who sent a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/**
 * True only for our own content script, in a tab, on a page of a guarded network. Messages from web
 * pages, other extensions or unguarded sites are refused (the Dark Reader-style sender check).
 */
export function isTrustedContentSender(sender: SenderInfo, ownId: string): boolean {
  if (sender.id !== ownId) return false;
  if (sender.tab?.id === undefined || sender.tab.id < 0) return false;
  const url = sender.url ?? sender.tab.url;
  return url !== undefined && networkForUrl(url) !== undefined;
}

/** Chalkline's own pages that stand on their own (a tab or the toolbar popup), never framed in a site. */
export const OWN_PAGES = ['/options.html', '/popup.html', '/review.html', '/blocked.html'] as const;
export type OwnPagePath = (typeof OWN_PAGES)[number];

/**
 * The path of one of Chalkline's own pages, when the sender is one and is not inside a web page: an
 * extension page framed in a guarded tab (or anywhere else) is not one of these, whatever its URL.
 */
export function ownPagePath(sender: SenderInfo, ownId: string, ownOrigin: string): OwnPagePath | null {
  if (sender.id !== ownId || typeof sender.url !== 'string' || !sender.url.startsWith(ownOrigin)) return null;
  if (sender.tab?.url !== undefined && !sender.tab.url.startsWith(ownOrigin)) return null;
  const path = new URL(sender.url).pathname;
  return (OWN_PAGES as readonly string[]).includes(path) ? (path as OwnPagePath) : null;
}

/** True only for one of Chalkline's own standalone pages (see {@link ownPagePath}). */
export function isOwnPageSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return ownPagePath(sender, ownId, ownOrigin) !== null;
}

/** The extension pages Chalkline frames inside guarded tabs. */
export type FramePath = '/interstitial.html' | '/hours-banner.html' | '/unchecked.html' | '/compose-hint.html' | '/profile-warning.html';

/**
 * True only for one of Chalkline's own pages framed in a tab (the interstitial, the hours banner),
 * at `path`. Its frame may be served from a per-session ("dynamic") extension origin, so the check is
 * on our id, the extension scheme and the page's path.
 */
export function isExtensionFrameSender(sender: SenderInfo, ownId: string, path: FramePath): boolean {
  if (sender.id !== ownId || sender.tab?.id === undefined || typeof sender.url !== 'string') return false;
  try {
    const url = new URL(sender.url);
    return /^(?:chrome|moz|safari-web)-extension:$/.test(url.protocol) && url.pathname === path;
  } catch {
    return false;
  }
}

