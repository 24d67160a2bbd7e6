import { browser } from 'wxt/browser';
import { startContactGuard } from '@/utils/content/contact-guard';
import { openInterstitialFrame } from '@/utils/content/interstitial-frame';
import { onMessage, sendMessage } from '@/utils/messaging';
import { ADAPTERS } from '@/utils/sites/adapters';
import { hostMatchPatterns, networkForUrl } from '@/utils/sites/networks';

export default defineContentScript({
  matches: hostMatchPatterns(),
  runAt: 'document_start',
  main(ctx) {
    const network = networkForUrl(location.href);
    if (!network) return;
    void sendMessage('contentReady', { network: network.id }).catch(() => {
      // The background may be restarting; the next navigation announces the tab again.
    });

    const adapter = ADAPTERS[network.id];
    if (!adapter) return;
    const waiting = new Map<string, (proceed: boolean) => void>();
    onMessage('holdResolved', ({ data }) => {
      // "*": the background had no such hold any more; close every interstitial and do nothing.
      for (const [holdId, resolve] of waiting) {
        if (data.holdId !== '*' && data.holdId !== holdId) continue;
        resolve(data.holdId === '*' ? false : data.proceed);
        waiting.delete(holdId);
      }
    });
    startContactGuard(
      adapter,
      {
        check: ({ action, person }) => sendMessage('checkContact', { network: network.id, action, person: person ?? {} }),
        interstitial: (holdId) =>
          new Promise<boolean>((resolve) => {
            const frame = openInterstitialFrame(browser.runtime.getURL('/interstitial.html'));
            waiting.set(holdId, (proceed) => {
              frame.close();
              resolve(proceed);
            });
          }),
      },
      ctx.signal,
    );
  },
});
