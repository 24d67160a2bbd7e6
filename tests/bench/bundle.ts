// Bundle budget: each entry point's JavaScript against tests/bench/budget.ts. The one bench part that
// fails the run (exit code 1), because a size, unlike a timing, does not depend on a busy machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROME_BUILD, PROJECT_ROOT } from '../e2e/support/constants';
import { checkBudget } from './budget';
import { entrySizes } from './bundle-sizes';
import { report } from './stats';

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export async function bundleBenchmarks(): Promise<void> {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  console.log(`Bundle sizes (${CHROME_BUILD.slice(PROJECT_ROOT.length)}; gzip level 9, summed per file; baseline: the budget in tests/bench/budget.ts)`);
  const { lines, ok } = checkBudget(entrySizes(CHROME_BUILD));
  for (const l of lines) {
    const verdict = l.limit === null ? 'OVER (no budget line)' : `${l.over ? 'OVER' : 'PASS'} ≤ ${kB(l.limit)}, ${((l.gzip / l.limit) * 100).toFixed(0)} % used`;
    report(l.name, `${kB(l.gzip)} gzip, ${kB(l.raw)} raw`, `${l.files} file${l.files === 1 ? '' : 's'} (entry + static imports)`, verdict);
  }
  if (!ok) {
    console.log('Bundle budget exceeded: shrink the entry, or raise its line in tests/bench/budget.ts with the reason.');
    process.exitCode = 1;
  }
}
