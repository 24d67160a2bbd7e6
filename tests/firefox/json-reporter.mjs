// A node:test reporter that writes one JSON object for tests/tools/summary.mjs:
//   { passed, failed, skipped, durationMs, tests: [{ name, suite, status, durationMs, reason?, error? }] }
// Only tests count, not the describe blocks around them; a failing hook counts as a failure of its suite,
// so a Firefox that never started cannot read as "0 failed".

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* jsonReporter(source) {
  const tests = [];
  const suites = [];
  const started = Date.now();
  for await (const { type, data } of source) {
    if (type === 'test:start') suites[data.nesting] = data.name;
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const isSuite = data.details?.type === 'suite';
    const error = data.details?.error;
    if (isSuite) {
      // A suite fails on its own only when a hook (before/after) threw; its tests then report as failed
      // or never report at all.
      // A before hook that threw fails every test in the suite already; one in an after hook does not.
      const path = [...suites.slice(0, data.nesting), data.name].join(' › ');
      const counted = tests.some((t) => t.status === 'failed' && (t.suite === path || t.suite.startsWith(`${path} › `)));
      if (type === 'test:fail' && error?.failureType === 'hookFailed' && !counted) {
        tests.push({ name: `${data.name} (set-up or clean-up)`, suite: path, status: 'failed', durationMs: 0, error: describe(error) });
      }
      continue;
    }
    const skipReason = data.skip ?? data.todo;
    const status = skipReason !== undefined ? 'skipped' : type === 'test:pass' ? 'passed' : 'failed';
    tests.push({
      name: data.name,
      suite: suites.slice(0, data.nesting).join(' › '),
      status,
      durationMs: Math.round(data.details?.duration_ms ?? 0),
      ...(status === 'skipped' && typeof skipReason === 'string' ? { reason: skipReason } : {}),
      ...(status === 'failed' && error ? { error: describe(error) } : {}),
    });
  }
  const count = (status) => tests.filter((t) => t.status === status).length;
  const report = {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    durationMs: Date.now() - started,
    tests,
  };
  yield `${JSON.stringify(report, null, 2)}\n`;
}

/** The first useful line of a failure: node:test wraps the thrown error in its own. */
function describe(error) {
  return String(error.cause?.message ?? error.message ?? error).slice(0, 2000);
}
