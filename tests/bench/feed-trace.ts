// Reads a Chromium trace of one feed pass and answers: how much of the page's main thread ran
// Chalkline's content script, and which long tasks it caused.
import { EXTENSION_ID } from '../e2e/support/constants';

/** The fields of a Chrome trace event this file reads (microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

export interface FeedTrace {
  /** Time on the page's main thread inside Chalkline's script, in ms (outermost script events only). */
  ourScriptMs: number;
  /** The part of it that is the content script's first evaluation at document_start. */
  ourStartMs: number;
  /**
   * Time on the main thread in the page's own script, in ms: outermost script events whose address is
   * one of the site's (the benchmark's driver and other worlds are in neither figure).
   */
  pageScriptMs: number;
  /** Main-thread tasks of 50 ms or more. */
  longTasks: number;
  /** Long tasks with any Chalkline script in them. */
  longTasksWithUs: number;
  /** Long tasks that are long because of us: with our script taken out they would be under 50 ms. */
  longTasksCausedByUs: number;
}

const LONG_TASK_US = 50_000;
const OURS = `chrome-extension://${EXTENSION_ID}/`;
/** Script entry points the devtools.timeline category records with the script's address. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);

/**
 * Attributes a trace's main-thread time to Chalkline. The page's renderer main thread is the one that
 * parsed the x.com document. "Caused by us", operationally: a task of 50 ms or more (the Long Tasks
 * API's threshold) that would have been under 50 ms without the time spent in script events whose
 * address is the extension's content script. Our content script runs in an isolated world, so the page's
 * own PerformanceObserver cannot tell our work from the site's; the trace can, because each script
 * event carries its script's address. Promise callbacks run as microtasks carry no address and are not
 * counted as ours: the figure is a lower bound, close for a script that does its work in observers and
 * listeners.
 */
export function attributeTrace(events: readonly TraceEvent[], pageOrigins: readonly string[] = ['https://x.com/', 'https://abs.twimg.com/']): FeedTrace {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith('https://x.com/'));
  if (!parse) throw new Error('the trace has no parse of the x.com page');
  const main = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Outermost events only: a FunctionCall inside our EvaluateScript is not counted twice.
  const outermost = (whose: (url: string) => boolean) => {
    const kept: TraceEvent[] = [];
    for (const e of main) {
      if (!SCRIPT_EVENTS.has(e.name) || !whose(e.args?.data?.url ?? '')) continue;
      const last = kept.at(-1);
      if (last && e.ts < last.ts + last.dur!) continue;
      kept.push(e);
    }
    return kept;
  };
  const ours = outermost((url) => url.startsWith(OURS));
  const page = outermost((url) => pageOrigins.some((origin) => url.startsWith(origin)));
  // Chromium records a task under one of two names, sometimes one inside the other: keep the outermost.
  const tasks: TraceEvent[] = [];
  for (const e of main) {
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur!) continue;
    tasks.push(e);
  }
  const long = tasks.filter((t) => t.dur! >= LONG_TASK_US);
  let withUs = 0;
  let causedByUs = 0;
  for (const t of long) {
    const inside = ours.filter((o) => o.ts >= t.ts && o.ts < t.ts + t.dur!).reduce((s, o) => s + o.dur!, 0);
    if (inside > 0) withUs += 1;
    if (inside > 0 && t.dur! - inside < LONG_TASK_US) causedByUs += 1;
  }
  return {
    ourScriptMs: ours.reduce((s, o) => s + o.dur!, 0) / 1000,
    ourStartMs: ours.filter((o) => o.name === 'EvaluateScript').reduce((s, o) => s + o.dur!, 0) / 1000,
    pageScriptMs: page.reduce((s, o) => s + o.dur!, 0) / 1000,
    longTasks: long.length,
    longTasksWithUs: withUs,
    longTasksCausedByUs: causedByUs,
  };
}
