import { browser } from 'wxt/browser';
import { base64ToBytes } from '@/utils/base64';
import type { Settings } from '@/utils/config/schema';
import { sendReport, type DeliveryTarget } from '@/utils/report/deliver';
import { buildRecord, withoutImage } from '@/utils/report/hash';
import { currentCategory } from '@/utils/report/categories';
import { nextRetryAt } from '@/utils/report/retry';
import { deleteReport, getReport, getScreenshot, saveNewReport, updateReport, waitingReports, type StoredReport } from '@/utils/report/store';
import { DEFAULT_CATEGORY, revisionOf, type DeliveryState, type ReportCategory, type ReportSource } from '@/utils/report/types';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { summarise } from '@/utils/report/summary';
import { networkForUrl } from '@/utils/sites/networks';
import { currentSettings } from './config-cache';

/** The one alarm that wakes the worker for the next delivery attempt (alarms outlive the worker). */
export const REPORT_ALARM = 'report-delivery';
/** How long one attempt may hold a report before another may try it (the worker may die mid-send). */
const LEASE_MS = 45_000;

/** What the person asked to report, and from where. */
export interface ReportRequest {
  source: ReportSource;
  tabId: number;
  windowId?: number;
  category?: ReportCategory;
  selectedText?: string;
}

/** Where reports go automatically, or null when the school set no address (e-mail or file by hand). */
export function deliveryTarget(settings: Settings): DeliveryTarget | null {
  return settings.reportWebhookUrl ? { url: settings.reportWebhookUrl, format: settings.reportFormat, secret: settings.reportWebhookSecret } : null;
}

/** The visible part of the tab as PNG bytes, or null when the browser will not give it (the reason is kept). */
async function capture(windowId: number | undefined): Promise<{ png: Uint8Array | null; problem?: string }> {
  try {
    const url = await browser.tabs.captureVisibleTab(windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'png' });
    return { png: base64ToBytes(url.slice(url.indexOf(',') + 1)) };
  } catch (error) {
    return { png: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Makes a report at once, with the default category unless one is given: the screenshot (never for a
 * nude or sexual image of a child), the address, title, network, time and names; keeps it; then starts
 * delivering it (the caller runs {@link deliverDue}). Returns what the person needs to quote it.
 */
export async function createReport(request: ReportRequest, now = Date.now()): Promise<{ id: string; reference: string; screenshot: boolean; problem?: string }> {
  const category = request.category ?? DEFAULT_CATEGORY;
  const [{ settings }, tab] = await Promise.all([currentSettings(), browser.tabs.get(request.tabId)]);
  const shot = withoutImage(category) ? { png: null } : await capture(request.windowId ?? tab.windowId);
  const url = tab.url ?? '';
  const record = await buildRecord(
    {
      url,
      title: tab.title ?? '',
      network: networkForUrl(url)?.id ?? null,
      staffName: settings.staffName,
      schoolName: settings.schoolName,
      category,
      ...(request.selectedText ? { selectedText: request.selectedText } : {}),
      source: request.source,
      timeZone: settings.workingHours.timeZone,
      screenshotPng: shot.png,
    },
    { now },
  );
  const target = deliveryTarget(settings);
  const report: StoredReport = {
    record,
    notes: [],
    categoryChanges: [],
    delivery: target
      ? { status: 'waiting', attempts: 0, nextTryAt: now }
      : { status: 'saved-only', attempts: 0, savedAt: now, reason: 'no-destination' },
  };
  const { screenshotKept } = await saveNewReport(report, shot.png);
  // The caller starts delivery (deliverDue): the record is kept first, whatever happens to the send.
  return { id: record.id, reference: record.reference, screenshot: screenshotKept && shot.png !== null, ...(shot.problem ? { problem: shot.problem } : {}) };
}

/**
 * After an addition, a report the DSL's system already has waits again, so the addition reaches the
 * DSL too (a note nobody reads is worse than none). E-mailed or saved reports are passed on by hand.
 */
function reopened(delivery: DeliveryState, now: number): DeliveryState {
  if (delivery.status !== 'delivered' || (delivery.via !== 'webhook' && delivery.via !== 'teams')) return delivery;
  return { status: 'waiting', attempts: 0, nextTryAt: now, deliveredBefore: delivery.deliveredAt };
}

/** Adds a note, with its own time. The record itself never changes. The caller starts delivery ({@link deliverDue}). */
export async function addNote(id: string, text: string, now = Date.now()): Promise<StoredReport> {
  const note = text.trim().slice(0, 5000);
  if (!note) throw new Error('Write the note first: it is empty.');
  const updated = await updateReport(id, (r) => ({ ...r, notes: [...r.notes, { at: now, text: note }], delivery: reopened(r.delivery, now) }));
  if (!updated) throw new Error('That report is no longer on this computer.');
  return updated;
}

/**
 * Files the report under another category, with its own time; choosing the nude-image category
 * discards any screenshot. Choosing the category it is already under changes nothing.
 */
export async function changeCategory(id: string, category: ReportCategory, now = Date.now()): Promise<StoredReport> {
  const updated = await updateReport(id, (r) =>
    currentCategory(r.record, r.categoryChanges) === category
      ? null
      : { ...r, categoryChanges: [...r.categoryChanges, { at: now, category }], delivery: reopened(r.delivery, now) },
  );
  if (!updated) throw new Error('That report is no longer on this computer.');
  return updated;
}

/**
 * The staff member says they have passed on a report Chalkline could not send (by e-mail or the
 * evidence file). Only then does it count as delivered, marked as passed on by them, not received.
 */
export async function markPassedOn(id: string, now = Date.now()): Promise<StoredReport> {
  const updated = await updateReport(id, (r) =>
    r.delivery.status === 'saved-only' ? { ...r, delivery: { status: 'delivered', attempts: r.delivery.attempts, deliveredAt: now, via: 'file', revision: revisionOf(r) } } : null,
  );
  if (!updated) throw new Error('That report is no longer on this computer.');
  return updated;
}

/** Removes a report from this computer, only once the DSL has it: one still on its way is never lost. */
export async function removeReport(id: string): Promise<void> {
  const outcome = await deleteReport(id, (r) => r.delivery.status === 'delivered');
  if (outcome === 'refused') throw new Error('This report has not reached the DSL yet, so Chalkline keeps it.');
}

/**
 * Tries every waiting report whose time has come, one attempt each, then sets the alarm for the next.
 * A lease stored with the report keeps two workers (or two alarms) from sending it at once; the
 * receiver drops repeats by the `webhook-id`, which is the same on every attempt.
 */
export async function deliverDue(now = Date.now(), fetcher: typeof fetch = fetch): Promise<void> {
  const { settings } = await currentSettings();
  const target = deliveryTarget(settings);
  for (const waiting of await waitingReports()) {
    if (waiting.delivery.status !== 'waiting' || waiting.delivery.nextTryAt > now) continue;
    if (!target) {
      await updateReport(waiting.record.id, (r) => ({ ...r, delivery: { status: 'saved-only', attempts: r.delivery.attempts, savedAt: now, reason: 'no-destination' } }));
      continue;
    }
    let claimed = false;
    await updateReport(waiting.record.id, (r) => {
      if (r.delivery.status !== 'waiting' || (r.sendingUntil ?? 0) > now) return null;
      claimed = true;
      return { ...r, sendingUntil: now + LEASE_MS };
    });
    if (!claimed) continue;
    const report = await getReport(waiting.record.id);
    if (!report) continue;
    const result = await sendReport(target, report, await getScreenshot(report.record.id), { fetch: fetcher, now: Date.now() });
    const attempts = report.delivery.attempts + 1;
    const sent = revisionOf(report);
    const before = report.delivery.status === 'waiting' ? report.delivery.deliveredBefore : undefined;
    const after = await updateReport(report.record.id, (r) => {
      const { sendingUntil: _, ...rest } = r;
      const at = Date.now();
      let delivery: DeliveryState;
      if (!result.ok) delivery = { status: 'waiting', attempts, nextTryAt: nextRetryAt(attempts, at), lastError: result.error, ...(before ? { deliveredBefore: before } : {}) };
      // A note added while this revision was on its way: this one arrived, the newer one goes next.
      else if (revisionOf(r) > sent) delivery = { status: 'waiting', attempts: 0, nextTryAt: at, deliveredBefore: at };
      else delivery = { status: 'delivered', attempts, deliveredAt: at, via: target.format === 'teams' ? 'teams' : 'webhook', revision: sent };
      return { ...rest, delivery };
    });
    // Open popups and options pages hear at once; with none open, nobody is listening, which is fine.
    if (after) void sendMessage('reportChanged', summarise(after)).catch(() => undefined);
  }
  await scheduleDelivery();
}

/** Sets the alarm for the earliest waiting report, or clears it when nothing waits. Run at start-up too. */
export async function scheduleDelivery(): Promise<void> {
  const times = (await waitingReports()).map((r) => (r.delivery.status === 'waiting' ? Math.max(r.delivery.nextTryAt, r.sendingUntil ?? 0) : Infinity));
  const next = Math.min(...times);
  if (!Number.isFinite(next)) {
    await browser.alarms.clear(REPORT_ALARM);
    return;
  }
  await browser.alarms.create(REPORT_ALARM, { when: Math.max(Date.now() + 1000, next) });
}

/**
 * A report made without the popup (the right-click menu, the shortcut, the contact interstitial): made
 * at once, then a notification says what happened — made and being sent, never "reported" before it
 * has arrived. `settle` lets a closing frame leave the screen first, so any picture shows the page.
 */
export async function reportAndNotify(request: ReportRequest, settle = 0): Promise<void> {
  if (settle) await new Promise((resolve) => setTimeout(resolve, settle));
  const icon = browser.runtime.getURL('/icon/128.png');
  try {
    const made = await createReport(request);
    const { settings } = await currentSettings();
    const message = t(deliveryTarget(settings) ? 'reportFromHoldBody' : 'reportFromHoldSavedBody', made.reference);
    await browser.notifications.create(`report-${made.id}`, { type: 'basic', iconUrl: icon, title: t('reportFromHoldTitle'), message }).catch(() => undefined);
    void deliverDue();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    await browser.notifications.create({ type: 'basic', iconUrl: icon, title: t('reportFromHoldTitle'), message: t('reportFromHoldFailed', why) }).catch(() => undefined);
  }
}

/** "Report this contact to the DSL" on the contact interstitial: "contact from a pupil", once its frame has closed. */
export const reportFromHold = (tabId: number) => reportAndNotify({ source: 'interstitial', tabId, category: 'pupil-contact' }, 300);
