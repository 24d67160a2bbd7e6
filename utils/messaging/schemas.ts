import { z } from 'zod';
import { NETWORKS, networkForUrl } from '../sites/networks';

/**
 * Schemas for every message a content script sends. A content script runs inside a page we do not
 * control, so the background parses each message against these before acting: unknown keys are
 * stripped, wrong shapes refused. (Background-only: content scripts import the types, not zod.)
 */
const NetworkId = z.enum(NETWORKS.map((n) => n.id) as [string, ...string[]]);

export const CONTENT_MESSAGES = {
  contentReady: z.object({ network: NetworkId }),
} as const;

export type ContentMessages = typeof CONTENT_MESSAGES;

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

/** Parses one content-script message; throws a short, specific error when it does not fit. */
export function parseContentMessage<K extends keyof ContentMessages>(type: K, data: unknown): z.infer<ContentMessages[K]> {
  const result = CONTENT_MESSAGES[type].safeParse(data);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ');
    throw new Error(`Refused ${type}: ${detail}`);
  }
  return result.data;
}
