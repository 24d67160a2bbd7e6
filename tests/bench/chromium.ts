// Roster figures in real Chromium with the built extension: a 50,000-row import end to end, and the
// first question after the service worker has been stopped (IndexedDB read + index rebuild + match).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { CHROME_BUILD, CHROMIUM, EXTENSION_ID, PROJECT_ROOT } from '../e2e/support/constants';
import { bytesToBase64 } from '../../utils/base64';
import { ms, pct, report } from './stats';
import { rosterCsv, syntheticRoster } from './synthetic';

type Reply<T> = { res?: T; err?: { message: string } };
/** Wake-ups timed per figure (CHALKLINE_WAKE_ROUNDS for more on a busy machine): with so few, the p99 is the slowest one. */
const WAKE_ROUNDS = Number(process.env.CHALKLINE_WAKE_ROUNDS) || 15;

export async function chromiumBenchmarks(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`(Chromium figures skipped: no Chromium at ${CHROMIUM})`);
    return;
  }
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const context = await launchWithExtension();
  try {
    await extensionWorker(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const send = <T>(type: string, data: unknown) =>
      page.evaluate(async ([t, d]) => (await chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() })) as Reply<unknown>, [type, data] as const) as Promise<Reply<T>>;

    const cdp = await context.newCDPSession(page);
    // The worker's state as Chromium reports it: the options page polls the worker every few seconds,
    // which can start it again between the stop and the timed question.
    let running = 'unknown';
    let stops = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) {
        if (!v.scriptURL.startsWith(`chrome-extension://${EXTENSION_ID}/`)) continue;
        running = v.runningStatus;
        if (running === 'stopped') stops += 1;
      }
    });
    await cdp.send('ServiceWorker.enable');
    /**
     * Stops the worker. When something starts it again before the question can be asked (the
     * options page's polling), lets that start finish and answer first: stopping a worker that is
     * starting for a message only makes it start again.
     */
    const stopWorker = async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const before = stops;
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (let waited = 0; stops === before && running !== 'stopped'; waited += 10) {
          if (waited > 5000) throw new Error(`the worker did not stop (${running})`);
          await page.waitForTimeout(10);
        }
        // A moment more, so a message does not reach the worker as it is still going away.
        await page.waitForTimeout(50);
        if (running === 'stopped') return;
        await page.waitForTimeout(500);
      }
      throw new Error('the worker kept starting again');
    };
    type Question = [type: string, data: unknown];
    const CHECK: Question = ['checkName', { name: 'Eleanor Smithson' }];
    /** The roster summary only: a wake-up that does not touch the index, timed beside each check. */
    const STATUS: Question = ['rosterStatus', {}];
    /** The first answer after the worker was stopped, and the next; null when the round was no clean wake-up. */
    const round = async ([type, data]: Question) => {
      await stopWorker();
      try {
        const c0 = performance.now();
        await send(type, data);
        const c1 = performance.now();
        await send(type, data);
        return { cold: c1 - c0, warm: performance.now() - c1 };
      } catch (error) {
        // A message that reaches the worker as it is still going away is lost: that round times the
        // loss, not a wake-up, so it is asked again.
        if (String(error).includes('Receiving end does not exist')) return null;
        throw error;
      }
    };
    /** WAKE_ROUNDS clean rounds of each question, taken in turn so that all see the same load on the machine. */
    const wake = async (...questions: Question[]) => {
      const cold = questions.map(() => [] as number[]);
      const warm = questions.map(() => [] as number[]);
      // One untimed round first: the first restart after a launch or an import takes seconds
      // (Chromium caching the script, presumably), which no later wake-up pays.
      await round(questions[0]!);
      for (let lost = 0; cold[0]!.length < WAKE_ROUNDS; ) {
        const results = [];
        for (const q of questions) results.push(await round(q));
        if (results.some((r) => !r)) {
          if (++lost > WAKE_ROUNDS) throw new Error('most wake-ups were lost');
          continue;
        }
        results.forEach((r, i) => (cold[i]!.push(r!.cold), warm[i]!.push(r!.warm)));
      }
      return { cold, warm };
    };
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const p50p99 = (xs: number[]) => `p50 ${ms(pct(sorted(xs), 50))}, p99 ${ms(pct(sorted(xs), 99))}`;
    const empty = await wake(CHECK);

    const csv = rosterCsv(syntheticRoster(50_000));
    const base64 = bytesToBase64(new TextEncoder().encode(csv));
    // Timed inside the page, so Playwright's own transfer of the file into the page is not counted.
    const timed = await page.evaluate(async (b64) => {
      const t0 = performance.now();
      const reply = (await chrome.runtime.sendMessage({ id: 1, type: 'importRosterFile', data: { name: 'bench.csv', base64: b64 }, timestamp: Date.now() })) as Reply<{ ok: boolean; durationMs: number }>;
      return { reply, wall: performance.now() - t0 };
    }, base64);
    if (!timed.reply.res?.ok) throw new Error(`import failed: ${JSON.stringify(timed.reply)}`);
    report('import in Chromium (background)', ms(timed.reply.res.durationMs), '50,000 CSV rows (2.0 MB): decode, parse, validate, IndexedDB, index', 'target ≤ 2 s');
    report('import in Chromium (options page)', ms(timed.wall), 'same, plus passing the file to the worker');

    const loaded = await wake(CHECK, STATUS);
    const [check, status] = loaded.cold as [number[], number[]];
    report('worker wake-up, no roster', p50p99(empty.cold[0]!), `stopped worker starts and answers (baseline), ${WAKE_ROUNDS} rounds`);
    report('worker wake-up, 50,000 roster', p50p99(check), 'start + IndexedDB read + roster index + match');
    report('worker wake-up, roster summary', p50p99(status), 'same rounds, a question that needs no index');
    report('roster index part of a wake-up', p50p99(check.map((c, i) => c - status[i]!)), 'check − summary, round by round', 'target ≤ 50 ms');
    report('answer with the worker awake', `p50 ${ms(pct(sorted(loaded.warm[0]!), 50))}`, 'same question: messaging round trip + match');
  } finally {
    await context.close();
  }
}
