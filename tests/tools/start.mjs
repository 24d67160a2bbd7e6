// npm start: builds Chalkline in demo mode (a fictional school's settings, never in release builds)
// and opens Chromium with it loaded on the settings page. Close the browser window to stop.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { personalWindowOptions, pinInProfile } from './demo-profile.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const build = `${root}.output/chrome-mv3-demo`;
const profile = `${root}.chalkline-demo-profile`;
const executablePath = process.env.CHALKLINE_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION_ID = 'aeagdcbcfnphppfdjfeakbcainknccdd';

if (!existsSync(executablePath)) {
  console.error(`Chromium was not found at ${executablePath}.\nInstall it with: sudo apt-get install -y chromium\nor set CHALKLINE_CHROMIUM to a Chromium or Chrome binary.`);
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('npm start opens a browser window, but this session has no display (DISPLAY is not set).\nRun it from a desktop session, or use npm test, which runs headless.');
  process.exit(1);
}

console.log('Building the demo (Oakfield Primary School, a fictional school)...');
execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: root, stdio: 'inherit' });

// The icon pinned, so the badge shows; no warning bars about flags or automation.
pinInProfile(profile, EXTENSION_ID);
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: null,
  ...personalWindowOptions(),
  args: [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
console.log(`Chalkline is loaded (id ${EXTENSION_ID}). Its profile is kept in .chalkline-demo-profile/; delete that folder to start afresh.`);
await new Promise((resolve) => context.on('close', resolve));
