// npm run bench: prints each figure with its workload and, where there is one, its baseline.
// `npm run bench -- roster chromium` (or CHALKLINE_BENCH=roster,chromium) runs only those parts:
// the whole run takes minutes, and a change to one area needs only its own figures.
import { bundleBenchmarks } from './bundle';
import { chromiumBenchmarks } from './chromium';
import { coldStartBenchmarks } from './cold-start';
import { composeBenchmarks } from './compose';
import { contactBenchmarks } from './contact';
import { detectBenchmarks } from './detect';
import { feedBenchmarks } from './feed';
import { hoursBenchmarks } from './hours';
import { reportBenchmarks } from './report';
import { rosterBenchmarks } from './roster';

const PARTS: Record<string, () => Promise<void>> = {
  roster: rosterBenchmarks,
  detect: detectBenchmarks,
  chromium: chromiumBenchmarks,
  contact: contactBenchmarks,
  compose: composeBenchmarks,
  hours: hoursBenchmarks,
  report: reportBenchmarks,
  'cold-start': coldStartBenchmarks,
  bundle: bundleBenchmarks,
  feed: feedBenchmarks,
};
const asked = [...process.argv.slice(2), ...(process.env.CHALKLINE_BENCH?.split(',') ?? [])].map((s) => s.trim()).filter(Boolean);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length) throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(PARTS).join(', ')}`);

console.log(`Chalkline benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
const chosen = Object.entries(PARTS).filter(([name]) => asked.length === 0 || asked.includes(name));
for (const [i, [, run]] of chosen.entries()) {
  if (i > 0) console.log('');
  await run();
}
