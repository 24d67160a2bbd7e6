import { fileURLToPath } from 'node:url';

/** The extension id fixed by the manifest `key` (see wxt.config.ts and the README). */
export const EXTENSION_ID = 'aeagdcbcfnphppfdjfeakbcainknccdd';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROME_BUILD = `${PROJECT_ROOT}.output/chrome-mv3`;
/** The `npm start` build: release code plus a fictional school's settings. */
export const DEMO_BUILD = `${PROJECT_ROOT}.output/chrome-mv3-demo`;
export const FIXTURES = `${PROJECT_ROOT}tests/fixtures`;

/** Debian's Chromium unless CHALKLINE_CHROMIUM names another build. */
export const CHROMIUM = process.env.CHALKLINE_CHROMIUM ?? '/usr/bin/chromium';
