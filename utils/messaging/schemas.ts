import { z } from 'zod';
import { ContactAction, ExceptionKind } from '@/rules/schema';
import { CONTINUE_REASONS } from '../hours/warn';
import { NETWORKS } from '../sites/networks';
import { MAX_ANALYSED_LENGTH } from '../detect/limits';
import { ReportCategorySchema } from '../report/types';
import { CheckedSchema, ReviewNetworkSchema } from '../review/state';
import { MAX_FIELD_LENGTH, PROFILE_FIELDS } from '../profile/audit';
import { PERSON_LIMITS } from '../sites/adapter';

/**
 * Schemas for every message sent to the background. Content scripts run inside pages we do not
 * control and extension pages hold a person's input, so the background parses each message before
 * acting: unknown keys are stripped, wrong shapes refused. (Background-only: senders import types.)
 */
const NetworkId = z.enum(NETWORKS.map((n) => n.id) as [string, ...string[]]);
const text = (max: number) => z.string().max(max);

const Person = z.object({ name: text(PERSON_LIMITS.name).optional(), handle: text(PERSON_LIMITS.handle).optional(), bio: text(PERSON_LIMITS.bio).optional() });

const ComposeRequest = z.object({
  network: NetworkId,
  surface: z.enum(['post', 'comment', 'message']),
  action: text(40),
  // One character past what the analysis reads, so the background knows when the rest went unchecked.
  text: text(MAX_ANALYSED_LENGTH + 1),
  partner: Person.nullable().optional(),
  photos: z.number().int().min(0).max(100),
});

const ProfileFieldSchema = z.object({ field: z.enum(PROFILE_FIELDS), text: text(MAX_FIELD_LENGTH + 1) });

/** Messages a content script on a guarded page may send. Nothing here returns roster data. */
export const CONTENT_MESSAGES = {
  /** The staff member's own profile as the page shows it: does it name the school or the job? */
  profileCheck: z.object({ network: NetworkId, fields: z.array(ProfileFieldSchema).max(40) }),
  contentReady: z.object({ network: NetworkId }),
  checkContact: z.object({ network: NetworkId, action: ContactAction, person: Person }),
  /** Whether this page shows the working-hours banner (warn mode); the answer is only yes or no. */
  hoursBanner: z.object({}),
  /** A post, comment or message about to be sent; the answer is only allow or hold (never what was found). */
  checkCompose: ComposeRequest,
  /** The same, while typing: the answer is only whether it would go out unheld. */
  previewCompose: ComposeRequest,
  /** The person went ahead when Chalkline could not check in time: the log says so (what kind of action only). */
  uncheckedProceeded: z.object({ network: NetworkId, action: z.union([ContactAction, z.enum(['post', 'comment'])]) }),
} as const;

/**
 * Messages only the interstitial (an extension page inside the guarded tab) may send: it shows
 * roster-derived text, so it is an extension-origin frame the page cannot read.
 */
export const INTERSTITIAL_MESSAGES = {
  getHold: z.object({}),
  resolveHold: z.object({
    holdId: text(64),
    choice: z.enum(['cancel', 'proceed', 'exception', 'report']),
    exception: ExceptionKind.optional(),
    reason: text(500).optional(),
  }),
  resolveComposeHold: z.object({ holdId: text(64), choice: z.enum(['edit', 'post']), reason: text(500).optional() }),
} as const;

/**
 * Messages only the working-hours banner (an extension page framed at the top of a guarded tab) may
 * send. The page around it must not be able to go on "with a reason" in the staff member's name.
 */
export const HOURS_BANNER_MESSAGES = {
  getHoursBanner: z.object({}),
  continueInHours: z
    .object({ reason: z.enum(CONTINUE_REASONS), note: text(500).optional() })
    .refine((m) => m.reason !== 'other' || (m.note?.trim().length ?? 0) > 0, {
      path: ['note'],
      message: 'a note is needed when the reason is "other"',
    }),
  closeTabForHours: z.object({}),
  /** The banner's own height in CSS pixels, so the frame fits it (a form opens inside it). */
  resizeHoursBanner: z.object({ height: z.number().int().min(0).max(4000) }),
  /** The banner's own dialog (the reason form) opened or closed: the frame covers the viewport while it is open. */
  hoursBannerDialog: z.object({ open: z.boolean() }),
} as const;

/** Messages only the hint beside an editor (an extension page framed in a guarded tab) may send. */
export const HINT_MESSAGES = {
  getComposeHint: z.object({}),
} as const;

/** Messages the own-profile warning's frame may send (about its own tab only). */
export const PROFILE_WARNING_MESSAGES = {
  getProfileWarning: z.object({}),
  resizeProfileWarning: z.object({ height: z.number().min(0).max(5000) }),
  dismissProfileWarning: z.object({}),
} as const;

/** A roster file is at most 50 MB, so its base64 text at most ~67 MB. */
const MAX_BASE64 = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4;

/**
 * Messages only Chalkline's own pages (options, popup) may send. These can read or change the roster,
 * so a content script — which a hostile page could drive — is never allowed to send them.
 */
export const PAGE_MESSAGES = {
  /** The settings in force, what policy locks, the packs loaded here (the options page; it holds the signing secret). */
  getSettings: z.object({}),
  importRosterFile: z.object({ name: text(255), base64: text(MAX_BASE64) }),
  syncRosterNow: z.object({}),
  rosterStatus: z.object({}),
  removeRoster: z.object({}),
  checkName: z.object({ name: text(300).optional(), handle: text(300).optional(), bio: text(1000).optional() }),
  auditLog: z.object({}),
  /** "Clear my log": deletes every entry (the person asked, on the options page). */
  clearAuditLog: z.object({}),
  hoursStatus: z.object({}),
  pausedPages: z.object({}),
  /** One paused tab, or every one ("Reopen all"). */
  reopenPaused: z.union([z.object({ tabId: z.number().int().nonnegative() }), z.object({ all: z.literal(true) })]),
  /** The blocked page says which address it stands in for, so it joins the paused list. */
  blockedPageShown: z.object({ url: text(4096) }),
  /** What applies in this tab now (the popup). */
  popupState: z.object({ tabId: z.number().int().nonnegative() }),
  /** Report this tab to the DSL at once (the popup's button). */
  createReport: z.object({ tabId: z.number().int().nonnegative(), category: ReportCategorySchema.optional() }),
  reportNote: z.object({ id: text(64), text: z.string().trim().min(1, 'write something first').max(5000) }),
  reportCategory: z.object({ id: text(64), category: ReportCategorySchema }),
  listReports: z.object({}),
  /** The evidence page (and the e-mail link) for one report, to save or pass on by hand. */
  reportEvidence: z.object({ id: text(64) }),
  /** The staff member says they have e-mailed or handed over a report Chalkline could not send itself. */
  reportPassedOn: z.object({ id: text(64) }),
  /** Delete a report the DSL already has from this computer. */
  removeReport: z.object({ id: text(64) }),
  /** The privacy review page: where the review stands, its progress and past reviews, the clauses behind it. */
  reviewState: z.object({}),
  /** Every tick on the review page, so closing it loses nothing. */
  reviewProgress: z.object({ networks: z.array(ReviewNetworkSchema).max(10), checked: CheckedSchema }),
  finishReview: z.object({ networks: z.array(ReviewNetworkSchema).max(10), checked: CheckedSchema }),
  snoozeReview: z.object({}),
} as const;

export type ContentMessages = typeof CONTENT_MESSAGES;
export type InterstitialMessages = typeof INTERSTITIAL_MESSAGES;
export type HoursBannerMessages = typeof HOURS_BANNER_MESSAGES;
export type HintMessages = typeof HINT_MESSAGES;
export type ProfileWarningMessages = typeof PROFILE_WARNING_MESSAGES;
export type PageMessages = typeof PAGE_MESSAGES;

/**
 * Page messages only the options page may send: they read or change the roster, the log, or remove
 * reports. The popup, the review page and the blocked page have no business with them.
 */
export const OPTIONS_ONLY: ReadonlySet<keyof PageMessages> = new Set([
  'getSettings',
  'importRosterFile',
  'syncRosterNow',
  'rosterStatus',
  'removeRoster',
  'checkName',
  'auditLog',
  'clearAuditLog',
  'reportPassedOn',
  'removeReport',
]);

export { isExtensionFrameSender, isOwnPageSender, isTrustedContentSender, ownPagePath, type FramePath, type SenderInfo } from './senders';

export function parseWith<T>(type: string, schema: z.ZodType, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ');
    throw new Error(`Refused ${type}: ${detail}`);
  }
  // The schema looked up by K parses to exactly z.infer of that schema.
  return result.data as T;
}

/** Parses one content-script message; throws a short, specific error when it does not fit. */
export function parseContentMessage<K extends keyof ContentMessages>(type: K, data: unknown): z.infer<ContentMessages[K]> {
  return parseWith<z.infer<ContentMessages[K]>>(type, CONTENT_MESSAGES[type], data);
}

/** Parses one interstitial message; throws a short, specific error when it does not fit. */
export function parseInterstitialMessage<K extends keyof InterstitialMessages>(type: K, data: unknown): z.infer<InterstitialMessages[K]> {
  return parseWith<z.infer<InterstitialMessages[K]>>(type, INTERSTITIAL_MESSAGES[type], data ?? {});
}

/** Parses one hours-banner message; throws a short, specific error when it does not fit. */
export function parseHoursBannerMessage<K extends keyof HoursBannerMessages>(type: K, data: unknown): z.infer<HoursBannerMessages[K]> {
  return parseWith<z.infer<HoursBannerMessages[K]>>(type, HOURS_BANNER_MESSAGES[type], data ?? {});
}

/** Parses one extension-page message; throws a short, specific error when it does not fit. */
export function parsePageMessage<K extends keyof PageMessages>(type: K, data: unknown): z.infer<PageMessages[K]> {
  return parseWith<z.infer<PageMessages[K]>>(type, PAGE_MESSAGES[type], data ?? {});
}
