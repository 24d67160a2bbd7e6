// The checks `npm run release` makes on the packages it builds, as pure functions so unit tests can
// hold them to account without building.

/** The browsers Chalkline ships a store package for. */
export type ReleaseBrowser = 'chrome' | 'firefox';

/** The Firefox add-on id: policy, AMO and staff's installed copies all name it, so it never changes. */
export const GECKO_ID = 'chalkline@chalkline.org.uk';

/**
 * Text that only the `npm start` demo build carries (its fictional school and roster). Any of it in a
 * release package means the demo seed leaked into a build a school would install.
 */
export const DEMO_MARKERS = [
  'Oakfield Primary School',
  'oakfield-primary.example.sch.uk',
  'Oakfield demo roster',
  'demo-roster.csv',
] as const;

/**
 * Lint warnings that stay in the Firefox package, each with why it cannot go. Empty today: the one
 * Preact brought (its `dangerouslySetInnerHTML` write) is taken out at build time in wxt.config.ts.
 */
export const ACCEPTED_LINT_WARNINGS: ReadonlyArray<{ code: string; file: RegExp; why: string }> = [];

/**
 * What is wrong with a store package's manifest, as sentences; empty when it is fit to upload.
 * @param manifest the package's manifest.json, parsed
 * @param browser which store it is for
 * @param version the version in package.json, which the manifest must carry
 */
export function releaseManifestProblems(manifest: Record<string, unknown>, browser: ReleaseBrowser, version: string): string[] {
  const problems: string[] = [];
  if (manifest.version !== version) problems.push(`version is ${String(manifest.version)}, not package.json's ${version}`);
  if (browser === 'chrome') {
    // The Chrome Web Store and Edge Add-ons refuse an upload whose manifest has a key.
    if ('key' in manifest) problems.push('the Chrome package has a "key"; the stores refuse it');
    // A self-hosting update_url in a store upload would point installed copies away from the store.
    if ('update_url' in manifest) problems.push('the Chrome package has an "update_url"; the stores set their own');
    if (manifest.manifest_version !== 3) problems.push(`the Chrome package is Manifest V${String(manifest.manifest_version)}, not V3`);
    if ('minimum_chrome_version' in manifest && !/^\d+(\.\d+)*$/.test(String(manifest.minimum_chrome_version))) {
      problems.push(`minimum_chrome_version "${String(manifest.minimum_chrome_version)}" is not a version`);
    }
  } else {
    const gecko = (manifest.browser_specific_settings as { gecko?: { id?: unknown; data_collection_permissions?: unknown } } | undefined)?.gecko;
    if (gecko?.id !== GECKO_ID) problems.push(`the Firefox package's gecko id is ${String(gecko?.id)}, not ${GECKO_ID}`);
    // AMO asks every new add-on to declare what it collects.
    if (!gecko?.data_collection_permissions) problems.push('the Firefox package does not declare data_collection_permissions');
  }
  return problems;
}

/**
 * The demo markers found in a package's files, as "file: marker"; empty for a clean package.
 * @param files each file's path in the package and its text
 */
export function demoContentIn(files: ReadonlyArray<{ path: string; text: string }>): string[] {
  return files.flatMap(({ path, text }) => DEMO_MARKERS.filter((m) => text.includes(m)).map((m) => `${path}: ${m}`));
}

/** One finding in `web-ext lint -o json` output. */
export interface LintFinding {
  code: string;
  message: string;
  file?: string;
}

/**
 * Why a `web-ext lint` report stops a release, as sentences: every error, and every warning not in
 * {@link ACCEPTED_LINT_WARNINGS}, so a new removable warning is looked at rather than shipped.
 * @param report the parsed `web-ext lint -o json` output
 */
export function lintFailures(report: { errors: LintFinding[]; warnings: LintFinding[] }, accepted = ACCEPTED_LINT_WARNINGS): string[] {
  const describe = (kind: string, f: LintFinding) => `${kind} ${f.code} in ${f.file ?? 'the package'}: ${f.message}`;
  return [
    ...report.errors.map((f) => describe('error', f)),
    ...report.warnings.filter((w) => !accepted.some((a) => a.code === w.code && a.file.test(w.file ?? ''))).map((f) => describe('warning', f)),
  ];
}
