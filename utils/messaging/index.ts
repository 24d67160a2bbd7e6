import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { RosterCheckResult, RosterImportOutcome, RosterStatus, RosterSyncOutcome } from '@/utils/roster/service-types';
import type { AuditEntry, ContactVerdict, HoldView } from '@/utils/contact/types';
import type { ContentMessages, InterstitialMessages, PageMessages } from './schemas';

type Content<K extends keyof ContentMessages> = z.infer<ContentMessages[K]>;
type Page<K extends keyof PageMessages> = z.infer<PageMessages[K]>;
type Frame<K extends keyof InterstitialMessages> = z.infer<InterstitialMessages[K]>;

/** The typed protocol. Types only here, so content scripts stay small; validation lives in ./schemas. */
interface ProtocolMap {
  contentReady(data: Content<'contentReady'>): { guarded: boolean };
  checkContact(data: Content<'checkContact'>): ContactVerdict;
  getHold(data: Frame<'getHold'>): HoldView | null;
  resolveHold(data: Frame<'resolveHold'>): { proceed: boolean };
  /** Background → the tab's content script: the interstitial was answered. */
  holdResolved(data: { holdId: string; proceed: boolean }): void;
  importRosterFile(data: Page<'importRosterFile'>): RosterImportOutcome;
  syncRosterNow(data: Page<'syncRosterNow'>): RosterSyncOutcome;
  rosterStatus(data: Page<'rosterStatus'>): RosterStatus;
  removeRoster(data: Page<'removeRoster'>): RosterStatus;
  checkName(data: Page<'checkName'>): RosterCheckResult;
  auditLog(data: Page<'auditLog'>): AuditEntry[];
  /** Background → extension pages: the roster or its sync state changed. */
  rosterChanged(data: RosterStatus): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
