// npm run bench: prints each figure with its workload and, where there is one, its baseline.
import { chromiumBenchmarks } from './chromium';
import { composeBenchmarks } from './compose';
import { contactBenchmarks } from './contact';
import { detectBenchmarks } from './detect';
import { hoursBenchmarks } from './hours';
import { reportBenchmarks } from './report';
import { rosterBenchmarks } from './roster';

console.log(`Chalkline benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
await rosterBenchmarks();
console.log('');
await detectBenchmarks();
console.log('');
await chromiumBenchmarks();
console.log('');
await contactBenchmarks();
console.log('');
await composeBenchmarks();
console.log('');
await hoursBenchmarks();
console.log('');
await reportBenchmarks();
