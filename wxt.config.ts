import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { hostMatchPatterns } from './utils/sites/networks';

/**
 * The public half of Chalkline's signing key. It fixes the extension id to
 * aeagdcbcfnphppfdjfeakbcainknccdd on Chrome and Edge, so enterprise policy and tests can name it.
 */
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtpND3f/X9i+z/GOfO4SKF61E9fzSBgsWSIQTpNMvPGwiu7IBCAH8S3XW87LkhRSz1sJDW4z8kQ62l+pP8J7Xi9dSBYhuqB5Aqd7YF+0D/Db46mfGCRlUJErcZbecPgHvxvSLgSISTusKGTPx4Dsabc7IaXxDgvuOhHFr+7AGKbrJyWzbO33VPVBrHlnVpQpeBG9uhZeWJ3DFjYWn5uW9PtL7drH7cE6rYjXlC8uOtbip8Woy2qcZH5xIRlbAhwh0EOqwE4NA7DJ9Q48yCydxTn051bHkHqLIwYq9Yk1dAKxgbareGuY5Oh3exOHMraLScDQ2srz5fEkp531gLMsphQIDAQAB';

/**
 * Set by `npm run release` for the store packages: the Chrome Web Store and Edge Add-ons refuse a
 * manifest with a `key` and assign their own id. Every other build keeps the key, so tests and
 * policy keep the fixed id.
 */
const isStoreBuild = () => process.env.CHALKLINE_STORE === '1';

/**
 * Takes out Preact's `dangerouslySetInnerHTML` write. Chalkline never renders markup from a string, so
 * nothing is lost, and the Firefox linter (and AMO's reviewers) no longer see an innerHTML assignment
 * from a variable. Anyone who tries it gets an error, not markup.
 */
export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'chalkline:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.m?(?:module\.)?js$/.test(id.split('?')[0]!)) return null;
      const patched = code.replace(
        /\((\w+)\.innerHTML=(\w+)\.__html\)/,
        '(()=>{throw new Error("Chalkline does not render dangerouslySetInnerHTML")})()',
      );
      // A Preact upgrade that reshapes this line brings the lint warning back; the release check says so.
      return patched === code ? null : { code: patched, map: null };
    },
  };
}

/**
 * Takes out WXT's start-up announcement. Its content-script context tells an older copy of the script to
 * stop by a window message and a document event, both named with the extension id. Every site hears
 * them, so any page could tell that this person runs Chalkline, and a page that sent the same event
 * switched Chalkline's guards off (tests/e2e/faults/page.spec.ts). Chalkline never injects a second
 * copy into a page (an update reaches a tab when it next loads), so the announcement has nothing to do.
 * The build fails if a WXT upgrade reshapes the code, rather than ship the leak again.
 */
export function wxtContextWithoutAnnouncement(): Plugin {
  const START = /\n\t*this\.stopOldScripts\(\);\n\t*this\.listenForNewerScripts\(\);/;
  return {
    name: 'chalkline:wxt-context-without-announcement',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.m?js$/.test(id.split('?')[0]!)) return null;
      if (!START.test(code)) throw new Error(`${id}: WXT's content-script context no longer starts as Chalkline expects; check that it still announces nothing to the page`);
      return { code: code.replace(START, '\n'), map: null };
    },
  };
}

export default defineConfig({
  // Several builds side by side (parallel test runs) can each have their own folder.
  outDir: process.env.CHALKLINE_OUTPUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preactWithoutInnerHtml(), wxtContextWithoutAnnouncement(), preact()],
    build: {
      // For the bundle benchmark's breakdown by source file; release builds never carry maps.
      sourcemap: process.env.CHALKLINE_SOURCEMAP === '1',
      rollupOptions: {
        // zod's sources carry esbuild-specific /* @__PURE__ */ notes Rollup cannot place; harmless noise.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
  zip: {
    // Test and demo leftovers that are not sources; AMO's reviewers rebuild from the rest.
    excludeSources: ['test-results/**', 'playwright-report/**', '**/*.log'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'chalkline@chalkline.org.uk',
              // 140 (the current ESR, common in schools) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the device unless the staff member presses Report.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : isStoreBuild()
        ? {}
        : {
            key: MANIFEST_KEY,
            // A self-hosted CRX updates from the school's own updates.xml; without this Chrome would ask the Web Store.
            ...(process.env.CHALKLINE_UPDATE_URL ? { update_url: process.env.CHALKLINE_UPDATE_URL } : {}),
          }),
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'declarativeNetRequest',
      'activeTab',
      'contextMenus',
    ],
    host_permissions: hostMatchPatterns(),
    // Asked for one school server at a time, only when a person saves a roster address, so Chalkline
    // can read the roster from a server that does not send CORS headers. Never granted up front.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
    storage: { managed_schema: 'managed_schema.json' },
    // The interstitial, the working-hours banner and the "could not check yet" frame are framed in the guarded networks' pages;
    // a per-session address (use_dynamic_url) stops pages probing for the extension.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['interstitial.html', 'hours-banner.html', 'unchecked.html', 'compose-hint.html', 'profile-warning.html'], matches: hostMatchPatterns(), use_dynamic_url: true }]
        : // Firefox lets a blocking rule redirect only to a web-accessible page; its per-install
          // moz-extension address already keeps pages from probing for it.
          ['interstitial.html', 'hours-banner.html', 'unchecked.html', 'compose-hint.html', 'profile-warning.html', 'blocked.html'],
    action: { default_title: '__MSG_actionTitle__' },
    // Reports the page in view; a school can change the keys at chrome://extensions/shortcuts.
    commands: { 'report-to-dsl': { suggested_key: { default: 'Ctrl+Shift+Y' }, description: '__MSG_reportCommand__' } },
    options_ui: { page: 'options.html', open_in_tab: true },
  }),
});
