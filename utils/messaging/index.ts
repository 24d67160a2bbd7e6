import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { RosterCheckResult, RosterImportOutcome, RosterStatus, RosterSyncOutcome } from '@/utils/roster/service-types';
import type { AuditEntry, ContactVerdict, HoldView } from '@/utils/contact/types';
import type { ComposeHint, ComposeHoldView } from '@/utils/compose/types';
import type { HoursView } from '@/utils/schedule/view';
import type { UncheckedChoice } from '@/utils/content/hold-engine';
import type { PausedPage } from '@/utils/background/paused-pages';
import type { PopupState } from '@/utils/report/popup-state';
import type { ReportSummary } from '@/utils/report/summary';
import type { ReviewView } from '@/utils/review/view';
import type { ProfileWarningView } from '@/utils/profile/warning';
import type { ResolvedSettings } from '@/utils/config/merge';
import type { Pack } from '@/rules/schema';
import type { ContentMessages, HoursBannerMessages, InterstitialMessages, PageMessages } from './schemas';

/** What the options page shows: the settings in force, the packs loaded on this computer, and whether policy is still on its way. */
export interface SettingsState {
  resolved: ResolvedSettings;
  packs: Pack[];
  /** The school's policy has not been read yet since the browser started: what it sets will take over. */
  policyPending: boolean;
}

type Content<K extends keyof ContentMessages> = z.infer<ContentMessages[K]>;
type Page<K extends keyof PageMessages> = z.infer<PageMessages[K]>;
type Frame<K extends keyof InterstitialMessages> = z.infer<InterstitialMessages[K]>;
type Banner<K extends keyof HoursBannerMessages> = z.infer<HoursBannerMessages[K]>;

/** The typed protocol. Types only here, so content scripts stay small; validation lives in ./schemas. */
export interface ProtocolMap {
  contentReady(data: Content<'contentReady'>): { guarded: boolean };
  checkContact(data: Content<'checkContact'>): ContactVerdict;
  checkCompose(data: Content<'checkCompose'>): ContactVerdict;
  previewCompose(data: Content<'previewCompose'>): { clean: boolean };
  uncheckedProceeded(data: Content<'uncheckedProceeded'>): { logged: boolean };
  getComposeHint(data: Record<string, never>): ComposeHint | null;
  getHold(data: Frame<'getHold'>): HoldView | ComposeHoldView | null;
  resolveHold(data: Frame<'resolveHold'>): { proceed: boolean };
  resolveComposeHold(data: Frame<'resolveComposeHold'>): { proceed: boolean };
  /** Background → the tab's content script: the interstitial was answered. */
  holdResolved(data: { holdId: string; proceed: boolean }): void;
  /** The "could not check yet" frame → its tab's content script (the background is what did not answer). */
  uncheckedChoice(data: { choice: UncheckedChoice }): void;
  hoursBanner(data: Content<'hoursBanner'>): { show: boolean };
  getHoursBanner(data: Banner<'getHoursBanner'>): HoursView;
  /** Whether the reason was logged: false when there was nothing to go on past (the period ended, say). */
  continueInHours(data: Banner<'continueInHours'>): { logged: boolean };
  closeTabForHours(data: Banner<'closeTabForHours'>): void;
  resizeHoursBanner(data: Banner<'resizeHoursBanner'>): void;
  hoursBannerDialog(data: Banner<'hoursBannerDialog'>): void;
  /** Background → a guarded tab's content script: ask `hoursBanner` again (the hours, or this tab's answer, changed). */
  hoursChanged(data: Record<string, never>): void;
  /** Background → a guarded tab's content script: the banner's content is this tall (CSS pixels). */
  hoursBannerHeight(data: { height: number }): void;
  /** Background → a guarded tab's content script: the banner's dialog opened (cover the viewport) or closed. */
  hoursBannerModal(data: { open: boolean }): void;
  /** `found` names what the card lists (the page's own words), so the card is redrawn when it changes. */
  profileCheck(data: Content<'profileCheck'>): { warn: boolean; found?: string };
  getProfileWarning(data: Record<string, never>): ProfileWarningView | null;
  resizeProfileWarning(data: { height: number }): void;
  dismissProfileWarning(data: Record<string, never>): void;
  /** Background → a guarded tab's content script: the own-profile warning's size, or that it was hidden. */
  profileWarningFrame(data: { height?: number; dismissed?: true }): void;
  getSettings(data: Page<'getSettings'>): SettingsState;
  /** Background → extension pages: settings or packs changed (policy arrived, a save, an import); ask getSettings again. */
  settingsChanged(data: Record<string, never>): void;
  importRosterFile(data: Page<'importRosterFile'>): RosterImportOutcome;
  syncRosterNow(data: Page<'syncRosterNow'>): RosterSyncOutcome;
  rosterStatus(data: Page<'rosterStatus'>): RosterStatus;
  removeRoster(data: Page<'removeRoster'>): RosterStatus;
  checkName(data: Page<'checkName'>): RosterCheckResult;
  auditLog(data: Page<'auditLog'>): AuditEntry[];
  clearAuditLog(data: Page<'clearAuditLog'>): AuditEntry[];
  hoursStatus(data: Page<'hoursStatus'>): HoursView;
  pausedPages(data: Page<'pausedPages'>): PausedPage[];
  reopenPaused(data: Page<'reopenPaused'>): { reopened: number };
  blockedPageShown(data: Page<'blockedPageShown'>): PausedPage[];
  popupState(data: Page<'popupState'>): PopupState;
  createReport(data: Page<'createReport'>): { id: string; reference: string; screenshot: boolean; problem?: string };
  reportNote(data: Page<'reportNote'>): ReportSummary;
  reportCategory(data: Page<'reportCategory'>): ReportSummary;
  listReports(data: Page<'listReports'>): ReportSummary[];
  reportEvidence(data: Page<'reportEvidence'>): { html: string; filename: string; mailto: string | null };
  reportPassedOn(data: Page<'reportPassedOn'>): ReportSummary;
  removeReport(data: Page<'removeReport'>): { removed: true };
  reviewState(data: Page<'reviewState'>): ReviewView;
  reviewProgress(data: Page<'reviewProgress'>): ReviewView;
  finishReview(data: Page<'finishReview'>): ReviewView;
  snoozeReview(data: Page<'snoozeReview'>): ReviewView;
  /** Background → extension pages: a report's delivery state changed (lists also poll, as a fallback). */
  reportChanged(data: ReportSummary): void;
  /** Background → extension pages: the roster or its sync state changed. */
  rosterChanged(data: RosterStatus): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
