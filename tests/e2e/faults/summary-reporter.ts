import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints each case of the fault suite (`tests/e2e/faults/`) as held or LOST, and a summary line:
 * `faults: N cases, N held, 0 lost`. A case is held when its test passed: the product kept what a rule
 * holds and lost nothing under that fault. A failure that will be retried is not counted until the retry ends.
 */
export default class FaultSummary implements Reporter {
  private readonly cases = new Map<string, 'held' | 'lost' | 'skipped'>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!/[\\/]e2e[\\/]faults[\\/]/.test(test.location.file)) return;
    const outcome = result.status === 'passed' ? 'held' : result.status === 'skipped' ? 'skipped' : 'lost';
    if (outcome === 'lost' && result.retry < test.retries) return;
    this.cases.set(test.id, outcome);
    const name = test.titlePath().slice(2).join(' › ');
    console.log(`fault ${outcome === 'held' ? 'held' : outcome === 'lost' ? 'LOST' : 'skipped'}: ${name}`);
  }

  onEnd(_result: FullResult): void {
    if (!this.cases.size) return;
    const count = (o: string) => [...this.cases.values()].filter((v) => v === o).length;
    const skipped = count('skipped');
    console.log(`faults: ${this.cases.size} cases, ${count('held')} held, ${count('lost')} lost${skipped ? `, ${skipped} skipped` : ''}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
