import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { onMessage, type ProtocolMap } from './index';
import {
  CONTENT_MESSAGES,
  HINT_MESSAGES,
  HOURS_BANNER_MESSAGES,
  INTERSTITIAL_MESSAGES,
  isExtensionFrameSender,
  isOwnPageSender,
  isTrustedContentSender,
  ownPagePath,
  OPTIONS_ONLY,
  PAGE_MESSAGES,
  PROFILE_WARNING_MESSAGES,
  parseWith,
  type SenderInfo,
} from './schemas';

/**
 * The one place the background receives messages (the Dark Reader / 1Password pattern): every message
 * type belongs to exactly one group of senders, and a handler is only ever called after the sender was
 * checked against its group and the data parsed with its schema (unknown keys stripped). No handler
 * can skip either, because handlers are registered here and nowhere else.
 */
const GROUPS = {
  content: { schemas: CONTENT_MESSAGES, refusal: 'not from a guarded page', allows: (s: SenderInfo) => isTrustedContentSender(s, browser.runtime.id) },
  interstitial: {
    schemas: INTERSTITIAL_MESSAGES,
    refusal: 'not from the interstitial',
    allows: (s: SenderInfo) => isExtensionFrameSender(s, browser.runtime.id, '/interstitial.html'),
  },
  hoursBanner: {
    schemas: HOURS_BANNER_MESSAGES,
    refusal: 'not from the working-hours banner',
    allows: (s: SenderInfo) => isExtensionFrameSender(s, browser.runtime.id, '/hours-banner.html'),
  },
  hint: {
    schemas: HINT_MESSAGES,
    refusal: 'not from the hint beside an editor',
    allows: (s: SenderInfo) => isExtensionFrameSender(s, browser.runtime.id, '/compose-hint.html'),
  },
  profileWarning: {
    schemas: PROFILE_WARNING_MESSAGES,
    refusal: 'not from the own-profile warning',
    allows: (s: SenderInfo) => isExtensionFrameSender(s, browser.runtime.id, '/profile-warning.html'),
  },
  page: { schemas: PAGE_MESSAGES, refusal: "only Chalkline's own pages may ask this", allows: (s: SenderInfo) => isOwnPageSender(s, browser.runtime.id, browser.runtime.getURL('/')) },
} as const;

type Schemas = typeof CONTENT_MESSAGES &
  typeof INTERSTITIAL_MESSAGES &
  typeof HOURS_BANNER_MESSAGES &
  typeof HINT_MESSAGES &
  typeof PROFILE_WARNING_MESSAGES &
  typeof PAGE_MESSAGES;
/** Every message type a sender may send the background. */
export type RoutedType = keyof Schemas & keyof ProtocolMap;

/** The group each message type belongs to. */
export function groupOf(type: string): keyof typeof GROUPS {
  const found = (Object.keys(GROUPS) as (keyof typeof GROUPS)[]).filter((g) => type in GROUPS[g].schemas);
  if (found.length !== 1) throw new Error(`Message type "${type}" must belong to exactly one group of senders, not ${found.length}`);
  return found[0]!;
}

/** A sender that passed its group's check: a content script's or frame's tab id is always known. */
export interface CheckedSender extends SenderInfo {
  tab?: { id?: number; url?: string };
}

/**
 * Registers the background's handler for one message type. The handler receives the parsed data and
 * the checked sender; a message from anyone else, or that does not fit its schema, is refused with a
 * short, specific error before the handler runs.
 */
export function handle<K extends RoutedType>(
  type: K,
  handler: (data: z.infer<Schemas[K]>, sender: CheckedSender) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>,
): void {
  const group = GROUPS[groupOf(type)];
  const schema = (group.schemas as Record<string, z.ZodType>)[type]!;
  onMessage(type, (async ({ data, sender }: { data: unknown; sender: SenderInfo }) => {
    if (!group.allows(sender)) throw new Error(`Refused ${type}: ${group.refusal}`);
    if (OPTIONS_ONLY.has(type as never) && ownPagePath(sender, browser.runtime.id, browser.runtime.getURL('/')) !== '/options.html') {
      throw new Error(`Refused ${type}: only the options page may ask this`);
    }
    return handler(parseWith<z.infer<Schemas[K]>>(type, schema, data ?? {}), sender);
  }) as never);
}
