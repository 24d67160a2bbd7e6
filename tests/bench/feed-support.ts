import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { CHROME_BUILD, PROJECT_ROOT } from '../e2e/support/constants';

/** Builds the extension when there is no build yet (as the chromium part does). */
export function ensureBuild(): void {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
}

/**
 * The extension service worker's used JS heap after a forced GC, in bytes. Playwright opens CDP sessions
 * on pages only, so the worker is reached from a page's session through Target.attachToTarget in its
 * non-flat form, whose commands travel as messages inside Target.sendMessageToTarget.
 */
export async function workerHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!worker) throw new Error('no extension service worker running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    const replies = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id !== undefined) replies.get(m.id)?.(m);
    });
    let id = 0;
    const send = (method: string) =>
      new Promise<unknown>((resolve, reject) => {
        const n = ++id;
        replies.set(n, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method }) }).catch(reject);
      });
    await send('HeapProfiler.collectGarbage');
    const { usedSize } = (await send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
