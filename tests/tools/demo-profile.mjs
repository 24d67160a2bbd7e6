// The npm start demo's browser profile, prepared before Chromium opens it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pins Chalkline's toolbar icon in a Chromium profile, so the badge (the working-hours countdown, the
 * privacy review's 🔒) shows from the start, as `toolbar_pin: "force_pinned"` does for a school's
 * managed browsers. Chromium keeps pinned extensions in the profile's preferences
 * (`extensions.pinned_extensions`); other preferences already there are kept.
 */
export function pinInProfile(profileDir, extensionId) {
  const dir = join(profileDir, 'Default');
  const file = join(dir, 'Preferences');
  mkdirSync(dir, { recursive: true });
  let prefs = {};
  try {
    prefs = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No profile yet (or one Chromium will rewrite anyway): start from nothing.
  }
  const extensions = (prefs.extensions ??= {});
  const pinned = Array.isArray(extensions.pinned_extensions) ? extensions.pinned_extensions : [];
  if (!pinned.includes(extensionId)) extensions.pinned_extensions = [...pinned, extensionId];
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * What Playwright must leave out for a person's browser window: `--enable-automation` shows the
 * "controlled by automated test software" bar, and `--no-sandbox` the "unsupported command-line flag"
 * bar. Root cannot run Chromium's sandbox, so there (only) the sandbox stays off.
 */
export function personalWindowOptions() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return { ignoreDefaultArgs: ['--enable-automation'], chromiumSandbox: !root };
}
