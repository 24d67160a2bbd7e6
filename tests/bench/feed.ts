// The performance budget on a busy feed: a generated X home timeline (over 5,000 elements once
// scrolled), in two renderings of the same markup (feed-vdom.ts, as X renders it; feed-fixture.ts, bare
// innerHTML), loaded and scrolled to its end in Chromium without any extension, with an empty one and
// with Chalkline, each round starting with a different one so that drift on a shared machine falls on all
// alike. The profiles without an extension and with Chalkline make two passes per round on fresh pages:
// the first untraced, for the script time the page reports (tracing slows script down, and slows most
// the side with more script calls); the second traced, to attribute main-thread time and long tasks.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from '@playwright/test';
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { CHROMIUM } from '../e2e/support/constants';
import { FEED_DEFAULTS, feedHtml, scrollFeedToEnd } from './feed-fixture';
import { VDOM_LIBRARY_URL, feedVdomHtml, vdomLibrary } from './feed-vdom';
import { attributeTrace, type FeedTrace, type TraceEvent } from './feed-trace';
import { ms, pct, report } from './stats';
import { ensureBuild, workerHeap } from './feed-support';

const ROUNDS = Number(process.env.CHALKLINE_FEED_ROUNDS) || 5;
/** Pixels per animation frame: a quick flick, so the 180 cells load in a few seconds. */
const STEP = 250;
const RATIO_TARGET = 1.02;

/** The same Chromium and flags as launchWithExtension, with no extension at all: the baseline. */
async function launchPlain(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'chalkline-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--disable-extensions', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  context.once('close', () => setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500));
  return context;
}

interface Pass {
  /** Performance.getMetrics ScriptDuration and TaskDuration, load and scroll, in ms. */
  script: number;
  /** ScriptDuration of the scroll alone (after the load event): our observers' share, without our start-up. */
  scrollScript: number;
  task: number;
  /** JSHeapUsedSize after a forced GC: the page's isolate, its main world and our isolated world together. */
  heap: number;
  /** Long tasks the page's own PerformanceObserver saw (it cannot tell whose they were). */
  pageLongTasks: number;
  elements: number;
  frames: number;
}

const metrics = async (cdp: CDPSession) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;

/** Loads the feed on a fresh page and scrolls it to the end; traces the pass when asked. */
async function pass(context: BrowserContext, traced: boolean): Promise<Pass & { trace?: FeedTrace }> {
  const page = await context.newPage();
  try {
    // The site's own view of long tasks, as a real user monitoring script would observe them.
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number };
      w.__longTasks = 0;
      new PerformanceObserver((list) => (w.__longTasks += list.getEntries().length)).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const events: TraceEvent[] = [];
    let complete: Promise<unknown> | undefined;
    if (traced) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] }, transferMode: 'ReportEvents' });
    }
    await page.goto('https://x.com/home');
    const loaded = await metrics(cdp);
    const frames = await page.evaluate(scrollFeedToEnd, STEP);
    // Let the last batch's observers and timers run before reading the figures.
    await page.waitForTimeout(300);
    const m = await metrics(cdp);
    const trace = traced ? (await cdp.send('Tracing.end'), await complete, attributeTrace(events)) : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await metrics(cdp)).JSHeapUsedSize!;
    const seen = await page.evaluate(() => ({ longTasks: (window as unknown as { __longTasks: number }).__longTasks, elements: document.querySelectorAll('#react-root *').length }));
    return { script: m.ScriptDuration! * 1000, scrollScript: (m.ScriptDuration! - loaded.ScriptDuration!) * 1000, task: m.TaskDuration! * 1000, heap, pageLongTasks: seen.longTasks, elements: seen.elements, frames, trace };
  } finally {
    await page.close();
  }
}

interface Round {
  plain: Pass;
  /** The same pass with an extension whose content script only touches the extension API: the floor. */
  empty: Pass;
  ours: Pass;
  trace: FeedTrace;
  plainTrace: FeedTrace;
  /** The worker's heap before the page and after the scroll, bytes after a forced GC. */
  workerIdle: number;
  workerAfter: number;
}

async function round(i: number, variant: Variant): Promise<Round> {
  const runPlain = async () => {
    const context = await launchPlain();
    try {
      await route(context, variant);
      const plain = await pass(context, false);
      return { plain, plainTrace: (await pass(context, true)).trace! };
    } finally {
      await context.close();
    }
  };
  const runOurs = async () => {
    const context = await launchWithExtension();
    try {
      await extensionWorker(context);
      await route(context, variant);
      const probe = await context.newPage();
      const workerIdle = await workerHeap(context, probe);
      const ours = await pass(context, false);
      const trace = (await pass(context, true)).trace!;
      const workerAfter = await workerHeap(context, probe);
      return { ours, trace, workerIdle, workerAfter };
    } finally {
      await context.close();
    }
  };
  const runEmpty = async () => {
    const context = await launchWithExtension({ build: emptyExtension() });
    try {
      await route(context, variant);
      return { empty: await pass(context, false) };
    } finally {
      await context.close();
    }
  };
  // Each round starts with a different profile, so that drift on a shared machine falls on all alike.
  const order = [runPlain, runEmpty, runOurs];
  const parts: Partial<Round>[] = [];
  for (let k = 0; k < order.length; k++) parts.push(await order[(i + k) % order.length]!());
  return Object.assign({}, ...parts) as Round;
}

/**
 * The smallest extension with a content script on x.com: it reads its own id, as any content script
 * that talks to its extension does, and nothing else. What it costs is what any content script costs
 * here (a world of its own, the extension bindings), the floor Chalkline's figure is read against.
 */
function emptyExtension(): string {
  const dir = join(tmpdir(), 'chalkline-bench-empty-extension');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Empty content script', version: '1.0', content_scripts: [{ matches: ['https://x.com/*'], js: ['content.js'], run_at: 'document_start' }] }));
  writeFileSync(join(dir, 'content.js'), 'void chrome.runtime.id;\n');
  return dir;
}

type Handler = Parameters<BrowserContext['route']>[1];

/** One rendering of the feed, and how to serve it at x.com (and, for the library, at X's bundle host). */
interface Variant {
  name: string;
  serve: Handler;
  library?: string;
}

const documentOnly = (html: string): Handler => (route) =>
  route.request().resourceType() === 'document'
    ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    : route.fulfill({ status: 404, body: '' });

const VARIANTS: readonly Variant[] = [
  { name: 'X-like: rendered by a virtual DOM, as X renders with React', serve: documentOnly(feedVdomHtml(FEED_DEFAULTS)), library: vdomLibrary() },
  { name: 'bare: the same markup from innerHTML strings, about 0.1 s of page script', serve: documentOnly(feedHtml(FEED_DEFAULTS)) },
];
async function route(context: BrowserContext, variant: Variant): Promise<void> {
  await context.route('https://x.com/**', variant.serve);
  const library = variant.library;
  if (library) {
    await context.route(VDOM_LIBRARY_URL, (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: library }));
  }
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const p50 = (xs: number[]) => pct(sorted(xs), 50);
const spread = (xs: number[], f: (x: number) => string) => `p50 ${f(p50(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

export async function feedBenchmarks(): Promise<void> {
  ensureBuild();
  let elements: number | undefined;
  for (const variant of VARIANTS) {
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round(i, variant));
    // The two renderings must be the same page, or comparing them says nothing.
    const seen = new Set(rounds.flatMap((r) => [r.plain.elements, r.empty.elements, r.ours.elements]));
    if (seen.size !== 1) throw new Error(`${variant.name}: the feed ended with different element counts (${[...seen].join(', ')})`);
    if (elements !== undefined && !seen.has(elements)) throw new Error(`${variant.name}: ${[...seen][0]} elements, not the ${elements} of the other rendering`);
    elements = [...seen][0];
    reportFeed(variant, rounds);
  }
}

function reportFeed(variant: Variant, rounds: readonly Round[]): void {
  const r0 = rounds[0]!;
  const workload = `X feed, ${FEED_DEFAULTS.cells} cells → ${r0.plain.elements} elements, ${r0.plain.frames} frames × ${STEP} px`;
  console.log(`Feed, ${variant.name} (Chromium, ${ROUNDS} rounds, each without an extension, with an empty one and with Chalkline; ${workload}; spread is min–max)`);
  const col = (f: (r: Round) => number) => rounds.map(f);
  const scriptPlain = col((r) => r.plain.script);
  const scriptOurs = col((r) => r.ours.script);
  const ratio = p50(scriptOurs) / p50(scriptPlain);
  const paired = col((r) => r.ours.script / r.plain.script);
  report('page script time, without', spread(scriptPlain, ms), 'Performance.getMetrics ScriptDuration, load + scroll (baseline)');
  report('page script time, with Chalkline', spread(scriptOurs, ms), 'same pass, extension loaded');
  const scriptEmpty = col((r) => r.empty.script);
  report('page script time, empty extension', spread(scriptEmpty, ms), 'same pass, with a content script that only reads its extension id', `Chalkline / empty: ${(p50(scriptOurs) / p50(scriptEmpty)).toFixed(3)}×; Chalkline − empty: ${ms(p50(scriptOurs) - p50(scriptEmpty))}`);
  report('tab script ratio with / without', `${ratio.toFixed(3)}×`, `all script in the tab, Chalkline's included; p50 / p50; round by round ${spread(paired, (x) => `${x.toFixed(3)}×`)}`, `target ≤ ${RATIO_TARGET}×: ${verdict(ratio <= RATIO_TARGET)}`);
  // The page's own script, with ours taken out by address: how much Chalkline slows the site's code.
  const ownPlain = col((r) => r.plainTrace.pageScriptMs);
  const ownOurs = col((r) => r.trace.pageScriptMs);
  const ownRatio = p50(ownOurs) / p50(ownPlain);
  report('page\'s own script, without / with', `${ms(p50(ownPlain))} / ${ms(p50(ownOurs))}`, `traced passes, script events not Chalkline's; round by round ${spread(col((r) => r.trace.pageScriptMs / r.plainTrace.pageScriptMs), (x) => `${x.toFixed(3)}×`)}`, `${ownRatio.toFixed(3)}×, target ≤ ${RATIO_TARGET}×: ${verdict(ownRatio <= RATIO_TARGET)}`);
  const scrollPlain = col((r) => r.plain.scrollScript);
  const scrollOurs = col((r) => r.ours.scrollScript);
  report('scroll script time, without / with', `${ms(p50(scrollPlain))} / ${ms(p50(scrollOurs))}`, 'same passes, from the load event to the end (our start-up left out)', `${(p50(scrollOurs) / p50(scrollPlain)).toFixed(3)}×`);
  report('page task time ratio', `${(p50(col((r) => r.ours.task)) / p50(col((r) => r.plain.task))).toFixed(3)}×`, `TaskDuration (script, style, layout, paint): ${ms(p50(col((r) => r.ours.task)))} vs ${ms(p50(col((r) => r.plain.task)))}`);
  report('Chalkline script on main thread', spread(col((r) => r.trace.ourScriptMs), ms), `traced pass: content script events (address chrome-extension://); start-up ${ms(p50(col((r) => r.trace.ourStartMs)))}`, `${((p50(col((r) => r.trace.ourScriptMs)) / p50(scriptPlain)) * 100).toFixed(1)} % of the page's script time without us`);
  const caused = col((r) => r.trace.longTasksCausedByUs);
  report('long tasks caused by Chalkline', `max ${Math.max(...caused)} per pass`, `traced pass: ≥ 50 ms only because of our script; with any of ours in them: max ${Math.max(...col((r) => r.trace.longTasksWithUs))}`, `target 0: ${verdict(Math.max(...caused) === 0)}`);
  report('long tasks, all (trace)', `${spread(col((r) => r.plainTrace.longTasks), String)} / ${spread(col((r) => r.trace.longTasks), String)}`, 'without / with, traced pass: the site\'s own rendering mostly');
  report('long tasks the page observes', `${spread(col((r) => r.plain.pageLongTasks), String)} / ${spread(col((r) => r.ours.pageLongTasks), String)}`, 'without / with, untraced pass: PerformanceObserver longtask');
  const heapDiff = col((r) => r.ours.heap - r.plain.heap);
  report('page JS heap, without', spread(col((r) => r.plain.heap), mb), 'JSHeapUsedSize after GC, end of scroll (baseline)');
  report('page JS heap added by Chalkline', spread(heapDiff, mb), 'with − without, same round: our isolated world (V8 shares one heap per page)');
  report('worker JS heap, idle', spread(col((r) => r.workerIdle), mb), 'service worker, Runtime.getHeapUsage after GC, before the feed');
  const growth = p50(col((r) => r.workerAfter - r.workerIdle));
  report('worker JS heap after the feed', spread(col((r) => r.workerAfter), mb), 'same worker after two feed passes', `change ${growth >= 0 ? '+' : '−'}${mb(Math.abs(growth))} p50, round by round`);
}
