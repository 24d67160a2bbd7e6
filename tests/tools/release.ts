// npm run release: builds the store packages for Chrome/Edge and Firefox (plus the sources AMO asks
// for) into .output/release/, lints the Firefox build, checks every package, and prints each one's
// path, size and SHA-256. Stops with a non-zero exit on any problem, so a bad package is never uploaded.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoContentIn, lintFailures, releaseManifestProblems, type ReleaseBrowser } from './release-check';
import { readZipManifest, readZipTexts } from './release-zip';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = '.output/release';
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
// Its own folder, so the keyed builds that tests and `npm start` use are left as they are.
const env = { ...process.env, CHALKLINE_STORE: '1', CHALKLINE_OUTPUT_DIR: outDir };

function fail(problems: string[]): never {
  console.error(`\nnpm run release stopped:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

rmSync(`${root}${outDir}`, { recursive: true, force: true });
for (const browser of ['chrome', 'firefox'] as const) {
  console.log(`\n== Building and zipping for ${browser} (production, no demo seed)`);
  // --mode production explicitly: the demo seed is compiled in only under --mode demo.
  execFileSync('npx', ['wxt', 'zip', '-b', browser, '--mode', 'production'], { cwd: root, env, stdio: 'inherit' });
}

console.log('\n== Linting the Firefox build (web-ext)');
const lint = spawnSync('npx', ['web-ext', 'lint', '-s', `${outDir}/firefox-mv2`, '--no-input', '-o', 'json'], { cwd: root, encoding: 'utf8' });
const report = JSON.parse(lint.stdout) as Parameters<typeof lintFailures>[0] & { summary: Record<string, number> };
console.log(`errors ${report.summary.errors}, warnings ${report.summary.warnings}, notices ${report.summary.notices}`);
const lintProblems = lintFailures(report);
if (lintProblems.length > 0) fail(lintProblems);

console.log('\n== Checking the packages');
const zips = readdirSync(`${root}${outDir}`).filter((f) => f.endsWith('.zip')).sort();
const problems: string[] = [];
for (const browser of ['chrome', 'firefox'] as ReleaseBrowser[]) {
  const name = `chalkline-${version}-${browser}.zip`;
  if (!zips.includes(name)) {
    problems.push(`${name} was not made`);
    continue;
  }
  const zip = `${root}${outDir}/${name}`;
  problems.push(...releaseManifestProblems(readZipManifest(zip), browser, version).map((p) => `${name}: ${p}`));
  problems.push(...demoContentIn(readZipTexts(zip)).map((p) => `${name}: demo content ${p}`));
}
if (!zips.includes(`chalkline-${version}-sources.zip`)) problems.push(`chalkline-${version}-sources.zip (for AMO) was not made`);
if (problems.length > 0) fail(problems);

console.log(`\nChalkline ${version}, ready to upload:`);
for (const zip of zips) {
  const path = `${outDir}/${zip}`;
  const bytes = readFileSync(`${root}${path}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  console.log(`  ${path}  ${(statSync(`${root}${path}`).size / 1024).toFixed(1)} kB  sha256 ${sha256}`);
}
