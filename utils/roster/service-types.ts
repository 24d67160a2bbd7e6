import type { RosterMeta } from '@/utils/storage/db';
import type { MatchReason } from './match-person';
import type { RosterRole, RowProblem } from './types';
import type { SyncState } from './sync-policy';

/** The roster's state as the options page shows it: a summary, never the people themselves. */
export interface RosterStatus {
  meta: RosterMeta | null;
  sync: SyncState | null;
}

export type RosterImportOutcome =
  | { ok: true; status: RosterStatus; durationMs: number }
  | { ok: false; reason: string; problems: RowProblem[]; status: RosterStatus };

export type RosterSyncOutcome =
  | { ok: true; changed: boolean; status: RosterStatus }
  | { ok: false; reason: string; problems: RowProblem[]; status: RosterStatus };

/** What "Check a name" shows: who would match and why (extension pages only). */
export interface RosterCheckResult {
  matches: { name: string; role: RosterRole; yearGroup?: string; confidence: number; reason: MatchReason; counted: boolean }[];
  likelyPupil: string | null;
  rosterLoaded: boolean;
}
