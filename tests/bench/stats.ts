/** Runs `fn` `runs` times after `warmup` untimed runs; returns sorted durations in milliseconds. */
export function time(fn: () => unknown, runs: number, warmup = Math.min(50, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
export const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(1)} ms`);

/** One figure: what was measured, on what workload, and against which baseline. */
export function report(name: string, value: string, workload: string, extra = ''): void {
  console.log(`${name.padEnd(34)} ${value.padEnd(28)} ${workload}${extra ? `  ${extra}` : ''}`);
}
