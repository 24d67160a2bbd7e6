import { browser } from 'wxt/browser';

/**
 * Which tabs have a live Chalkline content script, kept in session storage (the service worker may be
 * stopped at any time; session storage survives that and is cleared when the browser closes).
 */
const KEY = 'guardedTabs';

export type GuardedTabs = Record<string, { network: string; since: number }>;

export async function readGuardedTabs(): Promise<GuardedTabs> {
  return ((await browser.storage.session.get(KEY))[KEY] as GuardedTabs | undefined) ?? {};
}

export async function markTabGuarded(tabId: number, network: string, now = Date.now()): Promise<void> {
  const tabs = await readGuardedTabs();
  tabs[String(tabId)] = { network, since: now };
  await browser.storage.session.set({ [KEY]: tabs });
}

export async function forgetTab(tabId: number): Promise<void> {
  const tabs = await readGuardedTabs();
  if (!(String(tabId) in tabs)) return;
  delete tabs[String(tabId)];
  await browser.storage.session.set({ [KEY]: tabs });
}
