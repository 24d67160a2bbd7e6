import { openChalklineDb, type RosterMeta } from '@/utils/storage/db';
import type { RosterEntry, RowProblem } from './types';

/** Entries per stored record: few records to read on wake-up, none too large to clone quickly. */
export const CHUNK_SIZE = 5000;
/** How many row problems are kept for display; the total is kept as a count. */
export const KEPT_PROBLEMS = 200;

export interface RosterToStore {
  entries: RosterEntry[];
  problems: RowProblem[];
  notes: string[];
  rowCount: number;
  source: RosterMeta['source'];
}

/** Counts entries by role, for the options page ("312 pupils, 40 former pupils …"). */
export function countRoles(entries: readonly RosterEntry[]): RosterMeta['counts'] {
  const counts = { pupil: 0, former_pupil: 0, parent: 0, staff: 0 };
  for (const e of entries) counts[e.role] += 1;
  return counts;
}

/**
 * Replaces the roster in one IndexedDB transaction: the new roster and its summary are written and
 * the old one deleted together, or (if the worker is stopped part-way) not at all. Readers never see
 * half of one roster and half of another.
 */
export async function replaceRoster(roster: RosterToStore, now = Date.now()): Promise<RosterMeta> {
  const db = await openChalklineDb();
  const tx = db.transaction(['rosterChunks', 'meta'], 'readwrite');
  const chunks = tx.objectStore('rosterChunks');
  const metaStore = tx.objectStore('meta');
  const previous = await metaStore.get('roster');
  const generation = (previous?.generation ?? 0) + 1;
  // Ids are positions in the stored roster, so the index can address entries by id.
  const entries = roster.entries.map((e, id) => ({ ...e, id }));
  const chunkCount = Math.ceil(entries.length / CHUNK_SIZE);
  const meta: RosterMeta = {
    generation,
    importedAt: now,
    source: roster.source,
    rowCount: roster.rowCount,
    entryCount: entries.length,
    counts: countRoles(entries),
    problems: roster.problems.slice(0, KEPT_PROBLEMS),
    problemCount: roster.problems.length,
    notes: roster.notes,
    chunkCount,
  };
  const writes: Promise<unknown>[] = [];
  try {
    for (let n = 0; n < chunkCount; n++) writes.push(chunks.put(JSON.stringify(entries.slice(n * CHUNK_SIZE, (n + 1) * CHUNK_SIZE)), [generation, n]));
    writes.push(chunks.delete(IDBKeyRange.bound([0, 0], [generation, 0], false, true)), metaStore.put(meta, 'roster'));
  } catch (error) {
    // A write refused outright (not a failed request) would otherwise let the transaction commit
    // what was queued so far: abort it, so nothing of this import is kept.
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  return meta;
}

/** The roster in force and its summary, or null when none was imported. */
export async function loadRoster(): Promise<{ meta: RosterMeta; entries: RosterEntry[] } | null> {
  const db = await openChalklineDb();
  const tx = db.transaction(['rosterChunks', 'meta'], 'readonly');
  const meta = await tx.objectStore('meta').get('roster');
  if (!meta) return null;
  const chunks = await tx.objectStore('rosterChunks').getAll(IDBKeyRange.bound([meta.generation, 0], [meta.generation, Infinity]));
  await tx.done;
  return { meta, entries: chunks.flatMap((chunk) => JSON.parse(chunk) as RosterEntry[]) };
}

/** The summary only (no personal data is read). */
export async function loadRosterMeta(): Promise<RosterMeta | null> {
  return (await (await openChalklineDb()).get('meta', 'roster')) ?? null;
}

/** Removes the roster entirely, in one transaction. */
export async function removeRoster(): Promise<void> {
  const db = await openChalklineDb();
  const tx = db.transaction(['rosterChunks', 'meta'], 'readwrite');
  await Promise.all([tx.objectStore('rosterChunks').clear(), tx.objectStore('meta').delete('roster'), tx.done]);
}
