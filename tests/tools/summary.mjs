// Adds up the unit (vitest), end-to-end (Playwright) and Firefox (node:test) JSON reports into the one line CI reads:
//   tests: N passed, N failed, N skipped
// A report that is missing means its step never ran to the end, which counts as a failure; except the
// Firefox report where Firefox ESR is not installed, whose tests are then skipped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'tests/.reports';
let passed = 0;
let failed = 0;
let skipped = 0;
const notes = [];

const read = (name) => {
  const file = join(dir, name);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

const unit = read('vitest.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  notes.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else {
  failed += 1;
  notes.push('unit: no report (the unit tests did not run to the end)');
}

const e2e = read('playwright.json');
if (e2e?.stats) {
  const s = e2e.stats;
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += (s.unexpected ?? 0) + (e2e.errors?.length ?? 0);
  skipped += s.skipped ?? 0;
  const flaky = s.flaky ? ` (${s.flaky} only on a retry: flaky)` : '';
  notes.push(`end-to-end: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed${flaky}, ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped`);
} else {
  failed += 1;
  notes.push('end-to-end: no report (the end-to-end tests did not run to the end)');
}

const firefox = read('firefox.json');
const firefoxBinary = process.env.CHALKLINE_FIREFOX ?? '/usr/bin/firefox-esr';
if (firefox) {
  passed += firefox.passed ?? 0;
  failed += firefox.failed ?? 0;
  skipped += firefox.skipped ?? 0;
  const reasons = [...new Set((firefox.tests ?? []).filter((t) => t.status === 'skipped' && t.reason).map((t) => t.reason))];
  notes.push(`Firefox ESR: ${firefox.passed} passed, ${firefox.failed} failed, ${firefox.skipped} skipped${reasons.length ? `; skipped because ${reasons.join('; ')}` : ''}`);
} else if (existsSync(firefoxBinary)) {
  failed += 1;
  notes.push('Firefox ESR: no report (the Firefox tests did not run to the end)');
} else {
  skipped += 1;
  notes.push(`Firefox ESR: skipped (not installed at ${firefoxBinary})`);
}

for (const note of notes) console.log(`  ${note}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
