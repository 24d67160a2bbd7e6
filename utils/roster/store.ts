import { openChalklineDb, type RosterMeta } from '@/utils/storage/db';
import type { SerialisedRosterIndex } from './serialise-index';
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
  /**
   * The index built from these entries (ids as positions, see withIds), stored with them so a woken
   * worker loads it instead of rebuilding it.
   */
  index?: SerialisedRosterIndex;
}

/** The entries with ids set to their positions, as they are stored: the index addresses entries by id. */
export function withIds(entries: readonly RosterEntry[]): RosterEntry[] {
  return entries.map((e, id) => ({ ...e, id }));
}

/** Counts entries by role, for the options page ("312 pupils, 40 former pupils …"). */
export function countRoles(entries: readonly RosterEntry[]): RosterMeta['counts'] {
  const counts = { pupil: 0, former_pupil: 0, parent: 0, staff: 0 };
  for (const e of entries) counts[e.role] += 1;
  return counts;
}

/**
 * Replaces the roster in one IndexedDB transaction: the new roster, its index and its summary are
 * written and the old ones deleted together, or (if the worker is stopped part-way) not at all.
 * Readers never see half of one roster and half of another, nor an index of another roster.
 */
export async function replaceRoster(roster: RosterToStore, now = Date.now()): Promise<RosterMeta> {
  if (roster.index && roster.index.entryCount !== roster.entries.length) throw new Error('The roster index was built from other entries.');
  const db = await openChalklineDb();
  const tx = db.transaction(['rosterChunks', 'meta', 'rosterIndex'], 'readwrite');
  const chunks = tx.objectStore('rosterChunks');
  const metaStore = tx.objectStore('meta');
  const indexStore = tx.objectStore('rosterIndex');
  const previous = await metaStore.get('roster');
  const generation = (previous?.generation ?? 0) + 1;
  const entries = withIds(roster.entries);
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
    // Indexes of other rosters go; without a new one, the next wake-up rebuilds it from the entries.
    writes.push(indexStore.clear());
    if (roster.index) writes.push(indexStore.put(roster.index, generation));
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

/**
 * The summary and the stored index of the roster in force, as IndexedDB returned it (null when none
 * was stored for this generation); the caller checks its format. Null when no roster was imported.
 */
export async function loadRosterIndex(): Promise<{ meta: RosterMeta; index: unknown } | null> {
  const db = await openChalklineDb();
  const tx = db.transaction(['meta', 'rosterIndex'], 'readonly');
  const meta = await tx.objectStore('meta').get('roster');
  const index = meta ? await tx.objectStore('rosterIndex').get(meta.generation) : undefined;
  await tx.done;
  return meta ? { meta, index: index ?? null } : null;
}

/**
 * Stores an index rebuilt for `generation`, unless another roster has replaced that one meanwhile;
 * indexes of other generations are deleted. True when stored.
 */
export async function storeRosterIndex(generation: number, index: SerialisedRosterIndex): Promise<boolean> {
  const db = await openChalklineDb();
  const tx = db.transaction(['meta', 'rosterIndex'], 'readwrite');
  const meta = await tx.objectStore('meta').get('roster');
  const current = meta?.generation === generation;
  const indexStore = tx.objectStore('rosterIndex');
  if (current) await Promise.all([indexStore.clear(), indexStore.put(index, generation)]);
  await tx.done;
  return current;
}

/** The summary only (no personal data is read). */
export async function loadRosterMeta(): Promise<RosterMeta | null> {
  return (await (await openChalklineDb()).get('meta', 'roster')) ?? null;
}

/** Removes the roster entirely, in one transaction. */
export async function removeRoster(): Promise<void> {
  const db = await openChalklineDb();
  const tx = db.transaction(['rosterChunks', 'meta', 'rosterIndex'], 'readwrite');
  await Promise.all([tx.objectStore('rosterChunks').clear(), tx.objectStore('meta').delete('roster'), tx.objectStore('rosterIndex').clear(), tx.done]);
}
