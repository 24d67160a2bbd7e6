import { browser } from 'wxt/browser';
import { startContactGuard } from '@/utils/content/contact-guard';
import { startHoursBanner } from '@/utils/content/hours-banner';
import { openExtensionFrame, openInterstitialFrame } from '@/utils/content/interstitial-frame';
import { t } from '@/utils/i18n';
import { onMessage, sendMessage } from '@/utils/messaging';
import { SITES } from '@/utils/sites/registry';
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

    // Working hours apply on every guarded network, adapter or not (Messenger, WhatsApp Web).
    const banner = startHoursBanner(ctx.signal, {
      ask: () => sendMessage('hoursBanner', {}),
      open: () => openExtensionFrame(browser.runtime.getURL('/hours-banner.html'), { layout: 'banner', title: t('hoursBannerLabel') }),
    });
    onMessage('hoursChanged', () => banner.recheck());
    onMessage('hoursBannerHeight', ({ data }) => banner.resize(data.height));
    // Single-page sites change address without a new page: an official account's page can lead to the
    // feed. The event comes as the navigation starts; ask once it has happened, so the background (which
    // judges the address the browser reports for this tab) sees the new one.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => banner.recheck(), 50));

    const adapter = SITES[network.id]?.contact;
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
