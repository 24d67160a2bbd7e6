import { z } from 'zod';

/**
 * A report to the Designated Safeguarding Lead (DSL). The record is made once, hashed and never
 * changed: anything the staff member adds later (a note, a different category) is appended with its
 * own time, so the DSL can always tell what was known when, and the record hash stays checkable.
 */

/**
 * What a report is about, in the order the staff member sees the choices. The most common
 * worries come first; 'other' is last so nobody has to hunt for it.
 */
export const CATEGORY_ORDER = [
  'pupil-contact',
  'staff-abuse',
  'complaint-allegation',
  'colleague-concern',
  'pupil-content',
  'indecent-image',
  'other',
] as const;

/** A report category, checked wherever one crosses a message boundary. */
export const ReportCategorySchema = z.enum(CATEGORY_ORDER);
/** What a report is about. */
export type ReportCategory = z.infer<typeof ReportCategorySchema>;

/** A new report starts as 'other' so that choosing a category is never what stops someone reporting. */
export const DEFAULT_CATEGORY: ReportCategory = 'other';

/** Where in Chalkline the report was started. */
export type ReportSource = 'popup' | 'context-menu' | 'shortcut' | 'interstitial';

/** What the record keeps about the screenshot: its fingerprint, never the picture itself. */
export interface ScreenshotInfo {
  /** SHA-256 of the PNG bytes, lower-case hex. */
  readonly sha256: string;
  readonly bytes: number;
  readonly mime: 'image/png';
}

/** One report as first made. Frozen: later additions are {@link ReportNote}s and {@link CategoryChange}s. */
export interface ReportRecord {
  /** UUID v4, for machines. */
  readonly id: string;
  /** Short reference for people to quote on the phone, e.g. "CL-7K3P-9QX2". */
  readonly reference: string;
  /** When the report was made, ms since the epoch. */
  readonly createdAt: number;
  /** IANA zone the local time is given in, normally the school's. */
  readonly timeZone: string;
  /** ISO 8601 with the zone's offset, e.g. "2026-12-02T10:42:07+00:00". */
  readonly localTime: string;
  readonly url: string;
  readonly title: string;
  /** Chalkline's network id (e.g. 'x'), or null on a page Chalkline does not know. */
  readonly network: string | null;
  readonly staffName: string;
  readonly schoolName: string;
  /** The category chosen when the report was made; see {@link CategoryChange} for later ones. */
  readonly category: ReportCategory;
  readonly selectedText?: string;
  readonly source: ReportSource;
  /** Null when no screenshot was taken, and always for 'indecent-image'. */
  readonly screenshot: ScreenshotInfo | null;
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  readonly recordSha256: string;
}

/** A note added after the report was made. */
export interface ReportNote {
  /** ms since the epoch. */
  at: number;
  text: string;
}

/** The staff member (or DSL) re-filed the report; the newest change is the current category. */
export interface CategoryChange {
  /** ms since the epoch. */
  at: number;
  category: ReportCategory;
}

/** How a report reached the DSL. 'email' and 'file' are handed over by the staff member themselves. */
export type DeliveryMethod = 'webhook' | 'teams' | 'email' | 'file';

/**
 * Where a report is on its way to the DSL.
 * - waiting: an automatic send (webhook or Teams) failed or has not run yet; try again at `nextTryAt`.
 *   `deliveredBefore` is set when an earlier revision already arrived and only later additions wait.
 * - delivered: the destination accepted it, or the staff member confirmed they sent the e-mail or file.
 * - saved-only: kept on this device and nothing will send it automatically, because no webhook or
 *   Teams address is set ('no-destination') or sending was stopped ('gave-up'). The staff member must
 *   pass it on by e-mail or file, so the interface keeps reminding them.
 */
export type DeliveryState =
  | { status: 'waiting'; attempts: number; nextTryAt: number; lastError?: string; deliveredBefore?: number }
  | { status: 'delivered'; attempts: number; deliveredAt: number; via: DeliveryMethod; revision?: number }
  | { status: 'saved-only'; attempts: number; savedAt: number; reason: 'no-destination' | 'gave-up'; lastError?: string };

/**
 * How many additions (notes and category changes) a report carries: 0 as first made. Every delivery
 * sends the report whole, numbered by this, so a note added after the DSL had the report still reaches
 * them and a receiver keeps the highest revision.
 */
export const revisionOf = (report: { notes: readonly unknown[]; categoryChanges: readonly unknown[] }): number =>
  report.notes.length + report.categoryChanges.length;

/**
 * The `webhook-id` of one revision: the report's id, then `.N` for each later revision. The same on
 * every retry of that revision (so repeats are dropped), different for a revision with more in it (so
 * it is not dropped as a repeat).
 */
export const webhookIdOf = (id: string, revision: number): string => (revision ? `${id}.${revision}` : id);
