import { browser } from 'wxt/browser';

/**
 * The pages working time paused, so the staff member can reopen them at the break with one click.
 * Session storage: the addresses stay on this device, survive the worker being stopped, and are
 * forgotten when the browser closes (a restored blocked tab still carries its own address).
 */
const KEY = 'pausedPages';
const MAX = 50;

export interface PausedPage {
  tabId: number;
  url: string;
  /** The page's title when it was swept; empty when the navigation was stopped before it loaded. */
  title: string;
  pausedAt: number;
}

/** The paused pages, newest first. */
export async function readPausedPages(): Promise<PausedPage[]> {
  return ((await browser.storage.session.get(KEY))[KEY] as PausedPage[] | undefined) ?? [];
}

async function write(pages: PausedPage[]): Promise<void> {
  await browser.storage.session.set({ [KEY]: pages.slice(0, MAX) });
}

/** Records pages as paused; a tab holds one paused page, its latest. */
export async function addPausedPages(pages: readonly PausedPage[]): Promise<void> {
  if (!pages.length) return;
  const tabs = new Set(pages.map((p) => p.tabId));
  await write([...pages, ...(await readPausedPages()).filter((p) => !tabs.has(p.tabId))]);
}

/** Forgets the paused pages of some tabs (reopened, or closed). */
export async function removePausedPages(tabIds: readonly number[]): Promise<void> {
  const pages = await readPausedPages();
  const left = pages.filter((p) => !tabIds.includes(p.tabId));
  if (left.length !== pages.length) await write(left);
}
