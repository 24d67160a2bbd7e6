import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AuditEntry } from '@/utils/contact/types';
import type { StoredReport } from '@/utils/report/store';
import type { RosterEntry, RowProblem } from '@/utils/roster/types';


/** What the last successful roster import left in force, for the options page and the matcher. */
export interface RosterMeta {
  /** Bumped on every import; chunks of other generations are leftovers and are deleted. */
  generation: number;
  importedAt: number;
  source: { kind: 'file'; name: string } | { kind: 'url'; url: string };
  rowCount: number;
  entryCount: number;
  counts: Record<RosterEntry['role'], number>;
  /** The first problems found (row, column, reason); `problemCount` has the total. */
  problems: RowProblem[];
  problemCount: number;
  notes: string[];
  chunkCount: number;
}

interface ChalklineDb extends DBSchema {
  /** The local audit log: one entry per decision at an interstitial. */
  audit: { key: number; value: AuditEntry; indexes: { time: number } };
  /** A chunk of entries as JSON text: the browser copies one string far faster than 5,000 objects. */
  rosterChunks: { key: [number, number]; value: string };
  meta: { key: string; value: RosterMeta };
  /** Reports to the DSL: the record (never changed), notes and category changes appended, delivery state. */
  reports: { key: string; value: StoredReport; indexes: { createdAt: number } };
  /** Each report's screenshot (PNG bytes), apart from the record so lists stay light. */
  screenshots: { key: string; value: Uint8Array };
  /**
   * Settings and packs the staff member or school chose, and the last settings in force: kept here,
   * in the extension's own origin, not in storage.local, which content scripts can read and write.
   */
  config: { key: string; value: unknown };
  /** The built roster index of one roster generation, so a woken worker loads it instead of rebuilding it. */
  rosterIndex: { key: number; value: unknown };
}

export type ChalklineDatabase = IDBPDatabase<ChalklineDb>;

const DB_NAME = 'chalkline';
const DB_VERSION = 4;

let opening: Promise<ChalklineDatabase> | undefined;

/**
 * The extension's one IndexedDB database, in the extension origin only (web pages cannot open it).
 * Each schema version adds stores in `upgrade`, so an installed copy upgrades in place.
 */
export function openChalklineDb(): Promise<ChalklineDatabase> {
  opening ??= openDB<ChalklineDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('rosterChunks');
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true }).createIndex('time', 'time');
      }
      if (oldVersion < 3) {
        db.createObjectStore('reports', { keyPath: 'record.id' }).createIndex('createdAt', 'record.createdAt');
        db.createObjectStore('screenshots');
      }
      if (oldVersion < 4) {
        db.createObjectStore('config');
        db.createObjectStore('rosterIndex');
      }
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** For tests: forget the open connection so a fresh fake IndexedDB can be used. */
export async function closeChalklineDbForTests(): Promise<void> {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
}
