import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import config, { preactWithoutInnerHtml } from '@/wxt.config';
import { DEMO_SETTINGS } from '@/utils/config/demo-seed';
import { DEMO_MARKERS, GECKO_ID, demoContentIn, lintFailures, releaseManifestProblems } from '@/tests/tools/release-check';
import { readZipManifest, readZipTexts } from '@/tests/tools/release-zip';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as unknown as ManifestFn)({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });

describe('the store build switch in wxt.config.ts', () => {
  afterEach(() => {
    delete process.env.CHALKLINE_STORE;
    delete process.env.CHALKLINE_UPDATE_URL;
  });

  it('keeps the key in every ordinary build, so tests and policy keep the fixed id', () => {
    expect(manifestFor('chrome')).toHaveProperty('key');
  });

  it('leaves the key out of the store build (CHALKLINE_STORE=1), which the stores would refuse', () => {
    process.env.CHALKLINE_STORE = '1';
    expect(manifestFor('chrome')).not.toHaveProperty('key');
    expect(manifestFor('firefox')).toMatchObject({ browser_specific_settings: { gecko: { id: GECKO_ID } } });
  });

  it('adds a self-hosting update_url only when CHALKLINE_UPDATE_URL is set, and never to the store build', () => {
    expect(manifestFor('chrome')).not.toHaveProperty('update_url');
    process.env.CHALKLINE_UPDATE_URL = 'https://school.example/chalkline/updates.xml';
    expect(manifestFor('chrome')).toMatchObject({ update_url: 'https://school.example/chalkline/updates.xml' });
    process.env.CHALKLINE_STORE = '1';
    expect(manifestFor('chrome')).not.toHaveProperty('update_url');
  });
});

describe('the release checks', () => {
  const chrome = { manifest_version: 3, version };
  const firefox = { manifest_version: 2, version, browser_specific_settings: { gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } } } };

  it('pass good store manifests', () => {
    expect(releaseManifestProblems(chrome, 'chrome', version)).toEqual([]);
    expect(releaseManifestProblems({ ...chrome, minimum_chrome_version: '120' }, 'chrome', version)).toEqual([]);
    expect(releaseManifestProblems(firefox, 'firefox', version)).toEqual([]);
  });

  it('catch a key, a stale version, a wrong gecko id and a missing data declaration', () => {
    expect(releaseManifestProblems({ ...chrome, key: 'MIIB…', version: '0.0.1' }, 'chrome', version)).toEqual([
      `version is 0.0.1, not package.json's ${version}`,
      'the Chrome package has a "key"; the stores refuse it',
    ]);
    expect(releaseManifestProblems({ ...chrome, minimum_chrome_version: 'latest' }, 'chrome', version)).toHaveLength(1);
    expect(releaseManifestProblems({ ...chrome, update_url: 'https://school.example/chalkline/updates.xml' }, 'chrome', version)).toHaveLength(1);
    expect(releaseManifestProblems({ version, browser_specific_settings: { gecko: { id: 'other@example.org' } } }, 'firefox', version)).toEqual([
      `the Firefox package's gecko id is other@example.org, not ${GECKO_ID}`,
      'the Firefox package does not declare data_collection_permissions',
    ]);
  });

  it('look for the demo school by the names the demo seed really uses', () => {
    expect(DEMO_MARKERS).toContain(DEMO_SETTINGS.schoolName);
    expect(DEMO_MARKERS.some((m) => DEMO_SETTINGS.dsl.email.endsWith(m))).toBe(true);
    expect(demoContentIn([{ path: 'background.js', text: `const s={schoolName:"${DEMO_SETTINGS.schoolName}"}` }])).toEqual([
      'background.js: Oakfield Primary School',
    ]);
    // The message example "Oakfield Primary" ships in every build and is not the demo seed.
    expect(demoContentIn([{ path: '_locales/en_GB/messages.json', text: '"example": "Oakfield Primary"' }])).toEqual([]);
  });

  it('stop a release on any lint error or any warning not accepted with a reason', () => {
    const warning = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'chunks/i18n-x.js' };
    expect(lintFailures({ errors: [], warnings: [] })).toEqual([]);
    expect(lintFailures({ errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad' }], warnings: [] })).toEqual(['error MANIFEST_FIELD_INVALID in the package: bad']);
    expect(lintFailures({ errors: [], warnings: [warning] })).toHaveLength(1);
    expect(lintFailures({ errors: [], warnings: [warning] }, [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/i18n-/, why: 'test' }])).toEqual([]);
  });
});

describe("Preact's innerHTML write", () => {
  it('is taken out of the installed Preact, so the Firefox package lints clean', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('preact').replace(/preact\.js$/, 'preact.module.js');
    const source = readFileSync(file, 'utf8');
    const transform = preactWithoutInnerHtml().transform as (code: string, id: string) => { code: string } | null;
    const patched = transform(source, file);
    expect(patched, `the pattern no longer matches ${file}; update preactWithoutInnerHtml`).not.toBeNull();
    // Only the literal clear (innerHTML="") may stay; it sets no markup.
    expect(patched!.code.match(/\.innerHTML=(?!"")/g)).toBeNull();
  });
});

// `npm run release` makes these; the checks run here too when they exist, so a package that was
// built and then edited by hand is caught before upload.
describe.each(['chrome', 'firefox'] as const)('the %s release package, when built', (browser) => {
  const zip = `${root}.output/release/chalkline-${version}-${browser}.zip`;

  it.skipIf(!existsSync(zip))('is fit to upload and carries no demo seed', () => {
    expect(releaseManifestProblems(readZipManifest(zip), browser, version)).toEqual([]);
    expect(demoContentIn(readZipTexts(zip))).toEqual([]);
  });
});
