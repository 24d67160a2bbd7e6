import { openChalklineDb } from '@/utils/storage/db';
import { imageAllowed } from './categories';
import type { CategoryChange, DeliveryState, ReportNote, ReportRecord } from './types';

/** A report as kept on this computer until the staff member clears it. */
export interface StoredReport {
  /** Never changed after it is created: its hash is part of the evidence. */
  record: ReportRecord;
  notes: ReportNote[];
  categoryChanges: CategoryChange[];
  delivery: DeliveryState;
  /** While one worker is sending it: no other attempt starts before this time (a lease, not a lock). */
  sendingUntil?: number;
}

/** Why a report could not be kept, in words for the person who pressed Report. */
export class ReportStoreError extends Error {}

const storeError = (error: unknown): ReportStoreError =>
  new ReportStoreError(
    error instanceof DOMException && error.name === 'QuotaExceededError'
      ? 'There is no room left on this computer to keep the report. Free some space and press Report again.'
      : `The report could not be saved on this computer (${error instanceof Error ? error.message : String(error)}).`,
  );

/**
 * Keeps a new report and its screenshot in one transaction: both or neither. If the screenshot will not
 * fit, the record is kept without it rather than lost.
 */
export async function saveNewReport(report: StoredReport, png: Uint8Array | null): Promise<{ screenshotKept: boolean }> {
  const db = await openChalklineDb();
  const tx = db.transaction(['reports', 'screenshots'], 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    requests.push(tx.objectStore('reports').add(report));
    if (png) requests.push(tx.objectStore('screenshots').put(png, report.record.id));
    requests.push(tx.done);
    await Promise.all(requests);
    return { screenshotKept: png !== null };
  } catch (error) {
    for (const request of [...requests, tx.done]) request.catch(() => undefined);
    // Whether the failure came back as a request error or was thrown at once, nothing half-done stays.
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    if (!png) throw storeError(error);
    try {
      // The id is new, so put cannot overwrite another report.
      await db.put('reports', report);
      return { screenshotKept: false };
    } catch (again) {
      throw storeError(again);
    }
  }
}

/** One report, or undefined. */
export async function getReport(id: string): Promise<StoredReport | undefined> {
  return (await openChalklineDb()).get('reports', id);
}

/** The newest reports first. */
export async function listReports(limit = 50): Promise<StoredReport[]> {
  const db = await openChalklineDb();
  const out: StoredReport[] = [];
  for (let cursor = await db.transaction('reports').store.index('createdAt').openCursor(null, 'prev'); cursor && out.length < limit; cursor = await cursor.continue()) out.push(cursor.value);
  return out;
}

/** Reports not yet delivered, oldest first. */
export async function waitingReports(): Promise<StoredReport[]> {
  const db = await openChalklineDb();
  return (await db.getAllFromIndex('reports', 'createdAt')).filter((r) => r.delivery.status === 'waiting');
}

/** The screenshot's bytes, or null when there is none (or it was discarded). */
export async function getScreenshot(id: string): Promise<Uint8Array | null> {
  return (await (await openChalklineDb()).get('screenshots', id)) ?? null;
}

/**
 * Changes a stored report inside one transaction, so two changes at once never lose either. `change`
 * returns the new value, or null to leave it as it is. Returns what was stored.
 */
export async function updateReport(id: string, change: (report: StoredReport) => StoredReport | null): Promise<StoredReport | undefined> {
  const db = await openChalklineDb();
  const tx = db.transaction(['reports', 'screenshots'], 'readwrite');
  const current = await tx.objectStore('reports').get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  const next = change(current);
  if (next) {
    await tx.objectStore('reports').put(next);
    // The category now says the picture may be of a child's body: it must not be kept (UKCIS guidance).
    if (next.record.screenshot && !imageAllowed(next.record, next.categoryChanges)) await tx.objectStore('screenshots').delete(id);
  }
  await tx.done;
  return next ?? current;
}

/**
 * Deletes a report and its screenshot together, only while `allowed` holds for what is stored at that
 * moment (checked inside the transaction, so a send finishing at the same time cannot slip past).
 */
export async function deleteReport(id: string, allowed: (report: StoredReport) => boolean): Promise<'removed' | 'refused' | 'missing'> {
  const db = await openChalklineDb();
  const tx = db.transaction(['reports', 'screenshots'], 'readwrite');
  const current = await tx.objectStore('reports').get(id);
  let outcome: 'removed' | 'refused' | 'missing' = 'missing';
  if (current) {
    outcome = allowed(current) ? 'removed' : 'refused';
    if (outcome === 'removed') await Promise.all([tx.objectStore('reports').delete(id), tx.objectStore('screenshots').delete(id)]);
  }
  await tx.done;
  return outcome;
}
