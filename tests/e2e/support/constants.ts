import { fileURLToPath } from 'node:url';

/** The extension id fixed by the manifest `key` (see wxt.config.ts and the README). */
export const EXTENSION_ID = 'aeagdcbcfnphppfdjfeakbcainknccdd';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the builds are: `.output`, or CHALKLINE_OUTPUT_DIR (relative to the project) for side-by-side runs. */
const OUTPUT = `${PROJECT_ROOT}${process.env.CHALKLINE_OUTPUT_DIR ?? '.output'}`;
export const CHROME_BUILD = `${OUTPUT}/chrome-mv3`;
/** The `npm start` build: release code plus a fictional school's settings. */
export const DEMO_BUILD = `${OUTPUT}/chrome-mv3-demo`;
export const FIXTURES = `${PROJECT_ROOT}tests/fixtures`;

/** Debian's Chromium unless CHALKLINE_CHROMIUM names another build. */
export const CHROMIUM = process.env.CHALKLINE_CHROMIUM ?? '/usr/bin/chromium';
