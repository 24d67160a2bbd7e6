import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROME_BUILD, CHROMIUM, EXTENSION_ID } from './constants';

export interface LaunchOptions {
  /** Reuse a profile across launches (to test what survives a restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  args?: string[];
  /** Which build to load; the release build for Chrome by default. */
  build?: string;
  /** Run with a window on this X display (for a person's key presses), instead of headless. */
  display?: string;
}

/**
 * Starts Debian's Chromium, headless, with the built extension loaded and nothing else: no network
 * chatter, no other extensions. Each test gets its own profile unless it passes one.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHALKLINE_CHROMIUM).`);
  }
  const build = options.build ?? CHROME_BUILD;
  if (!existsSync(`${build}/manifest.json`)) {
    throw new Error(`No extension build at ${build}. Run: npm run build${options.build ? ' (and wxt build --mode demo for the demo)' : ''}`);
  }
  const ownDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'chalkline-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !options.display,
    // Chromium on Linux takes its language from LANGUAGE: staff in England see en-GB (24-hour time
    // pickers), where Debian's chromium-l10n is installed (tests/tools/ensure-chromium.sh).
    env: { ...process.env, LANGUAGE: process.env.CHALKLINE_LANGUAGE ?? 'en_GB', ...(options.display ? { DISPLAY: options.display } : {}) },
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  // Chromium may still be writing as it exits; cleaning up is best effort.
  if (ownDir) {
    // Chromium may still be flushing its profile as it exits: clean up a moment later, best effort.
    context.once('close', () => setTimeout(() => {
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // A leftover temporary profile is harmless.
      }
    }, 500));
  }
  return context;
}

/** The extension's service worker, waiting for it to start if needed; checks the id is the fixed one. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`)) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') }));
  const id = new URL(worker.url()).host;
  if (id !== EXTENSION_ID) throw new Error(`Extension loaded with id ${id}, expected ${EXTENSION_ID}: is the manifest key missing?`);
  return worker;
}
