import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import type { AuditEntry } from '@/utils/contact/types';
import { EXTENSION_ID, FIXTURES } from './constants';
import { pressInFrame } from './frames';
import { serveSite } from './sites';
import { SETTLE_SCRIPT } from './settle';

/**
 * Shared steps for the contact-guard tests of every network.
 * Roster (tests/fixtures/roster/e2e-school.csv): Eleanor "Ellie" Smith (pupil, Year 9, @ellie.smith09),
 * Grace Patel and Raj Patel (parents), Liam Patel (former pupil, under 19), Daniel Wright (staff).
 * Nobody called Jordan Rivers is on it: fixture pages use him for the person who must pass.
 */
export const SCHOOL_ROSTER = readFileSync(`${FIXTURES}/roster/e2e-school.csv`, 'utf8');

/** Imports the test school's roster (and, optionally, chooses a policy pack) through the options page. */
export async function loadSchool(context: BrowserContext, options: { pack?: string } = {}): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
  await page.getByLabel('Import roster file').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(SCHOOL_ROSTER) });
  await page.getByText('The roster was imported').waitFor();
  await page.close();
  if (options.pack) await importSettings(context, { policyPack: options.pack, dsl: { name: 'Sam Okafor', email: 'dsl@school.example' } });
}

/** Imports a settings file through the options page, as a school's file would arrive, and waits until it is applied. */
export async function importSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#school`);
  await page.getByLabel('Import settings file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(settings)) });
  await page.getByText(`Settings updated: ${Object.keys(settings).length}`).waitFor();
  await page.close();
}

/**
 * Opens a network's fixture page at its real address (`tests/fixtures/sites/<network>-<page>.html`)
 * and waits until its DOM has been quiet for half a second, so the page's own first re-render
 * (~300 ms after its script runs, later on a loaded machine) is over and no click races it.
 */
export async function openSite(context: BrowserContext, network: string, fixture: string, url: string): Promise<Page> {
  const origin = new URL(url).origin;
  await serveSite(context, network, fixture, `${origin}/**`);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(SETTLE_SCRIPT);
  return page;
}

/** Makes the fixture site re-render now, as React does: every button is replaced by a new element. */
export function rerender(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { render: () => void }).render());
}

/** What the fixture site itself did, as its own scripts recorded it (window.__siteActions, main world). */
export function siteActions(page: Page): Promise<{ action: string; who: string }[]> {
  return page.evaluate(() => (window as unknown as { __siteActions?: { action: string; who: string }[] }).__siteActions ?? []);
}

/** The interstitial's frame, once it has loaded in the page. */
export async function interstitial(page: Page, timeout = 5000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().endsWith('/interstitial.html'));
    if (frame) {
      await frame.getByRole('alertdialog').waitFor({ timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    if (Date.now() > deadline) throw new Error('No Chalkline interstitial appeared');
    await page.waitForTimeout(25);
  }
}

/**
 * Presses a button that closes the interstitial, with a real click once the button takes one (see
 * ./frames). Keyboard use of the same buttons is tested separately.
 */
export async function choose(frame: Frame, name: string): Promise<void> {
  const button = frame.getByRole('button', { name });
  await button.waitFor();
  await pressInFrame(frame.page(), button);
}

/** Whether any interstitial frame is in the page now. */
export function hasInterstitial(page: Page): boolean {
  return page.frames().some((f) => f.url().endsWith('/interstitial.html'));
}

/** The local audit log, newest first, read from the extension's IndexedDB in its service worker. */
export function auditLog(worker: Worker): Promise<AuditEntry[]> {
  return worker.evaluate(
    () =>
      new Promise<AuditEntry[]>((resolve, reject) => {
        const open = indexedDB.open('chalkline');
        // No database yet: do not create an empty one, which would stop the extension creating its stores.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('audit')) {
            open.result.close();
            resolve([]);
            return;
          }
          const request = open.result.transaction('audit').objectStore('audit').getAll();
          request.onsuccess = () => resolve((request.result as AuditEntry[]).sort((a, b) => b.time - a.time));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * What the page's own scripts can see while an interstitial is open: the text of its DOM, and whether
 * they can reach into the frame. Roster-derived words must never be in the first, and the second must be false.
 */
export function whatThePageSees(page: Page): Promise<{ text: string; html: string; canReadFrame: boolean }> {
  return page.evaluate(() => {
    let canReadFrame = false;
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        canReadFrame ||= frame.contentDocument !== null || frame.contentWindow?.document !== undefined;
      } catch {
        // A cross-origin frame: exactly what we want.
      }
    }
    return { text: document.body.innerText, html: document.documentElement.outerHTML, canReadFrame };
  });
}
