import { openChalklineDb } from '@/utils/storage/db';
import type { AuditEntry } from './types';

/** Adds one decision to the local audit log. */
export async function appendAudit(entry: Omit<AuditEntry, 'id'>): Promise<void> {
  await (await openChalklineDb()).add('audit', entry as AuditEntry);
}

/** Deletes entries older than `before` (ms since the epoch); returns how many went. */
export async function pruneAudit(before: number): Promise<number> {
  const db = await openChalklineDb();
  const tx = db.transaction('audit', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.index('time').openCursor(IDBKeyRange.upperBound(before, true)); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    removed += 1;
  }
  await tx.done;
  return removed;
}

/** Deletes the whole log ("Clear my log"). */
export async function clearAudit(): Promise<void> {
  await (await openChalklineDb()).clear('audit');
}

/** The audit log, newest first. */
export async function readAudit(limit = 1000): Promise<AuditEntry[]> {
  const db = await openChalklineDb();
  const out: AuditEntry[] = [];
  let cursor = await db.transaction('audit').store.index('time').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

const CSV_COLUMNS = ['time', 'network', 'action', 'role', 'ruleId', 'packId', 'decision', 'exception', 'reason'] as const;

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The audit log as CSV, oldest first, times in ISO 8601 (UTC). */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows = [...entries]
    .sort((a, b) => a.time - b.time)
    .map((e) => CSV_COLUMNS.map((c) => csvCell(c === 'time' ? new Date(e.time).toISOString() : e[c])).join(','));
  return `${CSV_COLUMNS.join(',')}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;
}
