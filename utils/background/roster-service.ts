import { browser } from 'wxt/browser';
import { acceptableFinalUrl, BodyTooLarge, readLimited } from '@/utils/net/read-limited';
import { todayIn } from '@/utils/roster/active';
import { matchPerson, MATCH_THRESHOLD, type PersonQuery } from '@/utils/roster/match-person';
import { isRejected, parseRosterBytes } from '@/utils/roster/parse';
import { buildRosterIndex, type RosterIndex } from '@/utils/roster/roster-index';
import { loadSerialisedIndex, serialiseRosterIndex } from '@/utils/roster/serialise-index';
import type { RosterCheckResult, RosterImportOutcome, RosterStatus, RosterSyncOutcome } from '@/utils/roster/service-types';
import { loadRoster, loadRosterIndex, loadRosterMeta, removeRoster, replaceRoster, storeRosterIndex, withIds } from '@/utils/roster/store';
import { conditionalHeaders, describeFetchFailure, nextDelayMinutes, stateForUrl, type SyncState } from '@/utils/roster/sync-policy';
import type { Settings } from '@/utils/config/schema';
import type { RosterMeta } from '@/utils/storage/db';
import type { RowProblem } from '@/utils/roster/types';
import { storageFailure } from '@/utils/storage/failure';

/**
 * The roster in the background worker: import, sync, and the in-memory index. The index is stored
 * with each roster, so a woken worker loads it on the next question; the entries stay the source
 * of truth, and an index that cannot be used is rebuilt from them.
 */

const SYNC_KEY = 'rosterSync';
export const SYNC_ALARM = 'roster-sync';
/** A school's roster server that has not answered in this long is treated as down. */
export const FETCH_TIMEOUT_MS = 20_000;
const MAX_BYTES = 50 * 1024 * 1024;

let cached: { generation: number; index: RosterIndex } | null = null;
let loading: Promise<RosterIndex | null> | null = null;

/**
 * The index for the roster in force, loaded once per worker life and replaced on each import. This
 * worker is the roster's only writer, so what it cached stays true until it replaces the roster itself.
 */
export function getRosterIndex(): Promise<RosterIndex | null> {
  if (cached) return Promise.resolve(cached.index);
  loading ??= loadIndex()
    .then((loaded) => (cached = loaded)?.index ?? null)
    .finally(() => {
      loading = null;
    });
  return loading;
}

/**
 * The stored index of the roster in force, or, when it is missing, damaged or of another format,
 * one rebuilt from the entries: a stored index only ever saves time, it never fails a check.
 */
async function loadIndex(): Promise<{ generation: number; index: RosterIndex } | null> {
  try {
    const stored = await loadRosterIndex();
    if (!stored) return null;
    if (stored.index !== null) return { generation: stored.meta.generation, index: loadSerialisedIndex(stored.index, { entryCount: stored.meta.entryCount, builtBy: builtBy() }) };
  } catch (error) {
    console.warn('Chalkline: the stored roster index cannot be used, so it is rebuilt.', error);
  }
  const roster = await loadRoster();
  if (!roster) return null;
  const index = buildRosterIndex(roster.entries);
  // Stored after this question is answered, for the next wake-up; if that fails, the next one rebuilds too.
  setTimeout(() => void storeRosterIndex(roster.meta.generation, serialiseRosterIndex(index, builtBy())).catch(() => undefined), 0);
  return { generation: roster.meta.generation, index };
}

/** The version of Chalkline running, which a stored index must have been built by (see SerialisedRosterIndex). */
function builtBy(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    // Only a test double of the browser has no manifest, and it is never updated.
    return '';
  }
}

async function readSyncState(): Promise<SyncState | null> {
  return ((await browser.storage.local.get(SYNC_KEY))[SYNC_KEY] as SyncState | undefined) ?? null;
}

async function writeSyncState(state: SyncState): Promise<void> {
  await browser.storage.local.set({ [SYNC_KEY]: state });
}

export async function rosterStatus(): Promise<RosterStatus> {
  const [meta, sync] = await Promise.all([loadRosterMeta(), readSyncState()]);
  return { meta, sync };
}

/**
 * Reads, checks and stores a roster file. A file that is not a roster is refused whole and the
 * roster in force stays; otherwise the new one replaces it in one transaction.
 */
async function importBytes(bytes: Uint8Array, source: RosterMeta['source'], timeZone: string) {
  if (bytes.byteLength > MAX_BYTES) return { ok: false as const, reason: 'The file is larger than 50 MB, which is far more than any school roster.', problems: [] };
  const parsed = parseRosterBytes(bytes, { today: todayIn(timeZone), fileName: source.kind === 'file' ? source.name : source.url });
  if (isRejected(parsed)) return { ok: false as const, reason: parsed.reason, problems: parsed.problems };
  const entries = withIds(parsed.entries);
  const index = buildRosterIndex(entries);
  let meta: RosterMeta;
  try {
    meta = await replaceRoster({ entries, problems: parsed.problems, notes: parsed.notes, rowCount: parsed.rowCount, source, index: serialiseRosterIndex(index, builtBy()) });
  } catch (error) {
    // replaceRoster writes in one transaction, so a failed write leaves the roster in force whole.
    return { ok: false as const, reason: storageFailure(error, 'the roster'), problems: [] };
  }
  cached = { generation: meta.generation, index };
  return { ok: true as const };
}

/** Imports a file a person chose on the options page. */
export async function importRosterFile(name: string, bytes: Uint8Array, settings: Settings): Promise<RosterImportOutcome> {
  const started = performance.now();
  const result = await importBytes(bytes, { kind: 'file', name }, settings.workingHours.timeZone);
  const status = await rosterStatus();
  return result.ok ? { ok: true, status, durationMs: Math.round(performance.now() - started) } : { ...result, status };
}

/**
 * Fetches the roster from the school's address: a conditional request (ETag / Last-Modified), a
 * time limit, and on any failure the roster in force stays and the next attempt backs off.
 */
export async function syncRoster(settings: Settings, now = Date.now()): Promise<RosterSyncOutcome> {
  const url = settings.roster.url;
  if (!url) return { ok: false, reason: 'No roster address is set.', problems: [], status: await rosterStatus() };
  const state = stateForUrl((await readSyncState()) ?? undefined, url);
  state.lastAttemptAt = now;
  const fail = async (reason: string, problems: RowProblem[] = []) => {
    state.failures += 1;
    state.lastOutcome = 'failed';
    state.lastError = reason;
    state.nextAttemptAt = now + nextDelayMinutes(state.failures, settings.roster.refreshMinutes) * 60_000;
    await writeSyncState(state);
    await scheduleSyncAlarm(state);
    return { ok: false as const, reason, problems, status: await rosterStatus() };
  };
  let response: Response;
  try {
    response = await fetch(url, {
      headers: conditionalHeaders(state),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    return fail(describeFetchFailure(error));
  }
  let changed = false;
  if (response.status === 304) {
    state.lastOutcome = 'unchanged';
  } else if (!response.ok) {
    return fail(`The roster address answered “${response.status} ${response.statusText}”. The roster in force has been kept.`);
  } else {
    if (!acceptableFinalUrl(url, response.url)) {
      await response.body?.cancel().catch(() => undefined);
      return fail('The roster address sent Chalkline on to an address that is not secure (not https), so nothing was read from it. The roster in force has been kept.');
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) return fail('The roster address sent a file larger than 50 MB. The roster in force has been kept.');
    let bytes: Uint8Array;
    try {
      // Counted as it arrives: a server that sends no length (or a false one) cannot fill the memory.
      bytes = await readLimited(response.body, MAX_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return fail('The roster address sent a file larger than 50 MB. The roster in force has been kept.');
      return fail(describeFetchFailure(error));
    }
    const result = await importBytes(bytes, { kind: 'url', url }, settings.workingHours.timeZone);
    if (!result.ok) return fail(`${result.reason} The roster in force has been kept.`, result.problems);
    state.etag = response.headers.get('etag') ?? undefined;
    state.lastModified = response.headers.get('last-modified') ?? undefined;
    state.lastOutcome = 'updated';
    changed = true;
  }
  state.failures = 0;
  state.lastError = undefined;
  state.lastSuccessAt = now;
  state.nextAttemptAt = now + nextDelayMinutes(0, settings.roster.refreshMinutes) * 60_000;
  await writeSyncState(state);
  await scheduleSyncAlarm(state);
  return { ok: true, changed, status: await rosterStatus() };
}

/** Sets the one sync alarm for the next attempt (alarms survive the worker stopping, not a browser restart). */
async function scheduleSyncAlarm(state: SyncState): Promise<void> {
  await browser.alarms.create(SYNC_ALARM, { when: Math.max(Date.now() + 1000, state.nextAttemptAt ?? Date.now() + 1000) });
}

/**
 * Makes sure the sync alarm matches the settings: called at start-up and when settings change.
 * A new or changed address is fetched straight away; no address means no alarm.
 */
export async function ensureSyncSchedule(settings: Settings): Promise<void> {
  const url = settings.roster.url;
  if (!url) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  const state = await readSyncState();
  if (!state || state.url !== url) {
    await browser.alarms.create(SYNC_ALARM, { when: Date.now() + 1000 });
    return;
  }
  const latest = (state.lastAttemptAt ?? 0) + nextDelayMinutes(state.failures, settings.roster.refreshMinutes) * 60_000;
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (!existing || existing.scheduledTime > latest) await browser.alarms.create(SYNC_ALARM, { when: Math.max(Date.now() + 1000, latest) });
}

/** Removes the roster and forgets the sync validators (the next sync fetches the whole file). */
export async function clearRoster(): Promise<RosterStatus> {
  await removeRoster();
  cached = null;
  const state = await readSyncState();
  if (state) await writeSyncState({ ...state, etag: undefined, lastModified: undefined });
  return rosterStatus();
}

/** What "Check a name" on the options page shows. Extension pages only: it names roster people. */
export async function checkName(query: PersonQuery, settings: Settings): Promise<RosterCheckResult> {
  const index = await getRosterIndex();
  if (!index) return { matches: [], likelyPupil: null, rosterLoaded: false };
  const verdict = matchPerson(index, query, todayIn(settings.workingHours.timeZone));
  return {
    rosterLoaded: true,
    likelyPupil: verdict.likelyPupil,
    matches: verdict.matches.slice(0, 10).map((m) => {
      const e = index.entry(m.entryId);
      const shown = e.preferredName && e.preferredName !== e.firstName ? `${e.firstName} (${e.preferredName})` : e.firstName;
      return {
        name: `${shown} ${e.lastName}`,
        role: m.role,
        ...(e.yearGroup ? { yearGroup: e.yearGroup } : {}),
        confidence: Math.round(m.confidence * 100) / 100,
        reason: m.reason,
        counted: m.confidence >= MATCH_THRESHOLD,
      };
    }),
  };
}
