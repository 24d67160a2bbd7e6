import { browser } from 'wxt/browser';

/**
 * Held actions, for every guard that holds one (contacts, posts and messages): keyed by id, each of a
 * kind, several per tab. They live in session storage, so a worker stopped while the staff member
 * reads a frame loses nothing, and the browser forgets them when it closes. A hold is dropped when its
 * tab closes or loads a new page (the action it held is gone with the page), and after HOLD_TTL_MS.
 */

export type HoldKind = 'contact' | 'compose';

export interface StoredHold<K extends HoldKind = HoldKind, V = unknown, M = unknown> {
  holdId: string;
  tabId: number;
  kind: K;
  createdAt: number;
  /** What the frame shows: built in the background, shown only inside the extension's frame. */
  view: V;
  /** What the log needs when the hold is answered. */
  meta: M;
}

const KEY = 'holds';

/** A hold nobody answers within this time is dropped: whatever it held is long stale. */
export const HOLD_TTL_MS = 30 * 60_000;

type Table = Record<string, StoredHold>;

async function read(now: number): Promise<Table> {
  const all = ((await browser.storage.session.get(KEY))[KEY] as Table | undefined) ?? {};
  const live = Object.fromEntries(Object.entries(all).filter(([, h]) => now - h.createdAt < HOLD_TTL_MS));
  if (Object.keys(live).length !== Object.keys(all).length) await write(live);
  return live;
}

async function write(table: Table): Promise<void> {
  await browser.storage.session.set({ [KEY]: table });
}

/** Keeps a new hold for a tab and returns its id. */
export async function createHold<K extends HoldKind, V, M>(tabId: number, kind: K, build: (holdId: string) => { view: V; meta: M }, now = Date.now()): Promise<string> {
  const holdId = crypto.randomUUID();
  const table = await read(now);
  table[holdId] = { holdId, tabId, kind, createdAt: now, ...build(holdId) };
  await write(table);
  return holdId;
}

/** The newest unanswered hold in a tab: the one its frame was opened for (a tab shows one frame at a time). */
export async function newestHold(tabId: number, now = Date.now()): Promise<StoredHold | null> {
  const mine = Object.values(await read(now)).filter((h) => h.tabId === tabId);
  return mine.reduce<StoredHold | null>((best, h) => (!best || h.createdAt >= best.createdAt ? h : best), null);
}

/** The hold was answered already, or lost (dropped with its page, expired, or the browser closed). */
export class HoldGoneError extends Error {
  constructor() {
    super('This warning has already been dealt with.');
  }
}

/**
 * Takes a tab's hold to answer it: returns it and removes it, so it is answered exactly once. Throws
 * HoldGoneError when the tab holds no such hold of that kind (another tab cannot answer it).
 */
export async function takeHold<K extends HoldKind>(tabId: number, holdId: string, kind: K, check?: (hold: StoredHold<K>) => void, now = Date.now()): Promise<StoredHold<K>> {
  const table = await read(now);
  const hold = table[holdId];
  if (!hold || hold.tabId !== tabId || hold.kind !== kind) throw new HoldGoneError();
  // Checked before it is removed: a refused answer (no reason given) leaves the hold waiting.
  check?.(hold as StoredHold<K>);
  delete table[holdId];
  await write(table);
  return hold as StoredHold<K>;
}

/** Drops every hold of a tab whose page went away (navigation, closed tab) without an answer. */
export async function dropHoldsForTab(tabId: number, now = Date.now()): Promise<void> {
  const table = await read(now);
  const mine = Object.values(table).filter((h) => h.tabId === tabId);
  if (mine.length === 0) return;
  for (const h of mine) delete table[h.holdId];
  await write(table);
}
