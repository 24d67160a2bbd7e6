import { describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '../../e2e/support/constants';
import { attributeTrace, type TraceEvent } from '../../bench/feed-trace';

const OURS = `chrome-extension://${EXTENSION_ID}/content-scripts/social.js`;
const ms = 1000;
/** A complete event on the page's main thread (pid 1, tid 1) unless told otherwise. */
const ev = (name: string, ts: number, dur: number, url?: string, where = { pid: 1, tid: 1 }): TraceEvent => ({ name, ph: 'X', ...where, ts: ts * ms, dur: dur * ms, args: url ? { data: { url } } : {} });

const parse: TraceEvent = { name: 'ParseHTML', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 1 * ms, args: { beginData: { url: 'https://x.com/home' } } };

describe('attributeTrace', () => {
  it('splits script time into ours and the page\'s, counting outermost events once and the driver in neither', () => {
    const trace = attributeTrace([
      parse,
      ev('EvaluateScript', 1, 12, OURS),
      ev('FunctionCall', 2, 5, OURS), // inside our start-up: not counted again
      ev('EvaluateScript', 20, 30, 'https://x.com/home'),
      ev('FunctionCall', 25, 4, 'https://abs.twimg.com/responsive-web/client-web/vendor.preact.js'), // inside the page's
      ev('FunctionCall', 60, 7, 'https://abs.twimg.com/responsive-web/client-web/vendor.preact.js'),
      ev('FunctionCall', 70, 100), // the benchmark's own evaluate: no address of the site's
      ev('FunctionCall', 200, 3, OURS),
      ev('FunctionCall', 300, 50, 'https://x.com/home', { pid: 2, tid: 1 }), // another renderer
    ]);
    expect(trace.ourScriptMs).toBe(15);
    expect(trace.ourStartMs).toBe(12);
    expect(trace.pageScriptMs).toBe(37);
  });

  it('counts a long task as ours only when it would be short without our script', () => {
    const trace = attributeTrace([
      parse,
      ev('RunTask', 100, 60),
      ev('ThreadControllerImpl::RunTask', 100, 60), // the same task under its other name
      ev('FunctionCall', 110, 15, OURS),
      ev('RunTask', 200, 80),
      ev('FunctionCall', 210, 5, OURS),
      ev('RunTask', 300, 55),
      ev('RunTask', 400, 30),
      ev('FunctionCall', 405, 20, OURS),
    ]);
    expect(trace.longTasks).toBe(3);
    expect(trace.longTasksWithUs).toBe(2);
    expect(trace.longTasksCausedByUs).toBe(1);
  });

  it('refuses a trace without the page', () => {
    expect(() => attributeTrace([ev('RunTask', 0, 60)])).toThrow('no parse of the x.com page');
  });
});
