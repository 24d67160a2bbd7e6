import { accessSync, constants as fs, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { FIXTURES, PROJECT_ROOT } from '../e2e/support/constants';
import { SETTLE_SCRIPT } from '../e2e/support/settle';

/** Debian's Firefox ESR unless CHALKLINE_FIREFOX names another Firefox. */
export const FIREFOX = process.env.CHALKLINE_FIREFOX ?? '/usr/bin/firefox-esr';
/** The unpacked Firefox build (`npx wxt build -b firefox`); BiDi wants an absolute path. */
export const FIREFOX_BUILD = `${PROJECT_ROOT}${process.env.CHALKLINE_OUTPUT_DIR ?? '.output'}/firefox-mv2`;
/** The gecko id from the manifest: the key Firefox files the add-on's enterprise policy under. */
export const GECKO_ID = 'chalkline@chalkline.org.uk';
/** Fixed so the tests know the add-on's pages' addresses (Firefox otherwise picks one per profile). */
export const INTERNAL_UUID = '6b1c7c55-8a36-4c7e-9a52-2f4e3b1d7a10';
export const EXTENSION_ORIGIN = `moz-extension://${INTERNAL_UUID}`;

/**
 * Firefox reads enterprise policy from `distribution/policies.json` beside its binary, once, at start-up.
 * The file is machine-wide, so it must never outlive a run: see {@link applyPolicy}.
 */
export function policiesFile(): string {
  // /usr/bin/firefox-esr is a link into /usr/lib/firefox-esr; the file belongs beside the real binary.
  const real = FIREFOX === '/usr/bin/firefox-esr' ? '/usr/lib/firefox-esr/firefox-esr' : FIREFOX;
  return `${dirname(real)}/distribution/policies.json`;
}

/** Why the Firefox tests cannot run here, or null when they can. */
export function whyNotRunnable(): string | null {
  if (!existsSync(FIREFOX)) return `Firefox ESR is not installed at ${FIREFOX} (as root: bash tests/tools/ensure-firefox.sh)`;
  const dir = dirname(policiesFile());
  try {
    accessSync(existsSync(dir) ? dir : dirname(dir), fs.W_OK);
  } catch {
    return `enterprise policy needs write access to ${dir} (run as root)`;
  }
  return null;
}

let restore: (() => void) | null = null;
// A test run killed half-way must not leave the school's policy in every later Firefox on the machine.
process.on('exit', () => restore?.());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/**
 * Delivers `settings` as Chalkline's enterprise policy (`3rdparty.Extensions`), exactly as a school's IT
 * would deploy it, for the next Firefox to start. Returns the function that puts back whatever
 * policies.json was there before; call it in a `finally`.
 */
export function applyPolicy(settings: Record<string, unknown>): () => void {
  const file = policiesFile();
  const before = existsSync(file) ? readFileSync(file) : null;
  restore = () => {
    if (before) writeFileSync(file, before);
    else rmSync(file, { force: true });
    restore = null;
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }, null, 2));
  return () => restore?.();
}

/**
 * Starts headless Firefox over WebDriver BiDi and installs the Firefox build as a temporary add-on.
 * Certificate errors are accepted so the extension can fetch a roster from a self-signed loopback server.
 */
export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: INTERNAL_UUID }) },
  });
  try {
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${id}, not ${GECKO_ID}`);
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Answers every request to `origin` from the test, offline: navigations get the fixture page
 * (`tests/fixtures/<fixture>`), anything else a 404. Returns how many navigations it answered, so a test
 * can prove a page was never fetched. Other origins go to the network as usual.
 */
export async function serveFixture(page: Page, origin: string, fixture: string): Promise<{ hits: () => number }> {
  const body = readFileSync(`${FIXTURES}/${fixture}`, 'utf8');
  let hits = 0;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (new URL(request.url()).origin !== origin) return void request.continue();
    // BiDi has no resource types in puppeteer; navigation is what the fixture pages are fetched by.
    if (!request.isNavigationRequest()) return void request.respond({ status: 404, body: '' });
    hits += 1;
    return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return { hits: () => hits };
}

/** Opens a fixture page at its real address, and waits until the page's first re-render is over. */
export async function openSite(browser: Browser, url: string, fixture: string): Promise<{ page: Page; hits: () => number }> {
  const page = await browser.newPage();
  const served = await serveFixture(page, new URL(url).origin, `sites/${fixture}`);
  await page.goto(url);
  await page.evaluate(SETTLE_SCRIPT);
  return { page, hits: served.hits };
}

/** Asks `probe` until it returns something other than undefined, or throws after `timeout` ms saying `what`. */
export async function poll<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The frame showing one of Chalkline's pages (such as `/interstitial.html`) in `page`. Firefox's BiDi
 * reports an extension frame's address as about:blank, so each frame is asked where it is instead.
 */
export async function extensionFrame(page: Page, path: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href === `${EXTENSION_ORIGIN}${path}`) return frame;
  }
  return undefined;
}

/** The interstitial's frame once its dialog is in it, with the dialog's text. */
export async function interstitial(page: Page, timeout = 10_000): Promise<{ frame: Frame; text: string }> {
  return poll('the Chalkline interstitial', async () => {
    const frame = await extensionFrame(page, '/interstitial.html');
    const text = await frame?.evaluate(() => document.querySelector('[role="alertdialog"]')?.textContent ?? '');
    return frame && text ? { frame, text } : undefined;
  }, timeout);
}

/** Presses a button in a Chalkline frame, found by its accessible name, with a real click. */
export async function choose(frame: Frame, name: string): Promise<void> {
  const button = await frame.waitForSelector(`::-p-aria([name="${name}"][role="button"])`, { timeout: 5000 });
  if (!button) throw new Error(`No button named "${name}"`);
  await button.click();
}

/** What the fixture site itself did, as its own scripts recorded it (window.__siteActions). */
export function siteActions(page: Page): Promise<{ action: string; who?: string; text?: string }[]> {
  return page.evaluate(() => (window as unknown as { __siteActions?: { action: string }[] }).__siteActions ?? []) as never;
}
