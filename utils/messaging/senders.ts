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

/** True only for one of Chalkline's own pages (its URL is inside the extension's origin). */
export function isOwnPageSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
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

