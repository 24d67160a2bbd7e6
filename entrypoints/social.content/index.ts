import { browser } from 'wxt/browser';
import { contactGuard } from '@/utils/content/contact-guard';
import { startComposeGuard } from '@/utils/content/compose-wiring';
import { startHoldEngine, type Guard, type UncheckedChoice } from '@/utils/content/hold-engine';
import { startHoursBanner } from '@/utils/content/hours-banner';
import { watchLocation } from '@/utils/content/location-watch';
import { startProfileAudit } from '@/utils/content/profile-audit';
import { openExtensionFrame, openInterstitialFrame } from '@/utils/content/interstitial-frame';
import { t } from '@/utils/i18n';
import { onMessage, sendMessage } from '@/utils/messaging';
import { isExtensionFrameSender } from '@/utils/messaging/senders';
import { withFallback } from '@/utils/sites/fallback-compose';
import { SITES } from '@/utils/sites/registry';
import { personForCheck } from '@/utils/sites/adapter';
import { hostMatchPatterns, networkForUrl } from '@/utils/sites/networks';

const CHOICES: readonly UncheckedChoice[] = ['retry', 'proceed', 'cancel'];

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
    onMessage('hoursBannerModal', ({ data }) => banner.modal(data.open === true));
    // Single-page sites change address without a new page: an official account's page can lead to the
    // feed. Ask a moment after the change, so the background (which judges the address the browser
    // reports for this tab) sees the new one.
    watchLocation(ctx.signal, () => ctx.setTimeout(() => banner.recheck(), 50));

    const site = SITES[network.id];
    if (!site) return;

    if (site.profile) {
      const audit = startProfileAudit(site.profile, ctx.signal, {
        check: (fields) => sendMessage('profileCheck', { network: network.id, fields }),
        open: () => openExtensionFrame(browser.runtime.getURL('/profile-warning.html'), { layout: 'card', title: t('profileWarningFrameTitle') }),
      });
      onMessage('profileWarningFrame', ({ data }) => {
        if (data.dismissed) audit.dismiss();
        else if (data.height !== undefined) audit.resize(data.height);
      });
    }

    // Frames answer through the background (holds) or, when the background did not answer, directly.
    const waiting = new Map<string, (proceed: boolean) => void>();
    onMessage('holdResolved', ({ data }) => {
      // "*": the background had no such hold any more; close every frame and do nothing.
      for (const [holdId, resolve] of waiting) {
        if (data.holdId !== '*' && data.holdId !== holdId) continue;
        resolve(data.holdId === '*' ? false : data.proceed);
        waiting.delete(holdId);
      }
    });
    let uncheckedAnswer: ((choice: UncheckedChoice) => void) | null = null;
    onMessage('uncheckedChoice', ({ data, sender }) => {
      // Only our own frame may answer: never the page, another extension or another frame.
      if (!isExtensionFrameSender({ ...sender, tab: sender.tab ?? { id: 0 } }, browser.runtime.id, '/unchecked.html')) return;
      if (CHOICES.includes(data?.choice)) uncheckedAnswer?.(data.choice);
    });
    const holdFrame = (holdId: string) =>
      new Promise<boolean>((resolve) => {
        const frame = openInterstitialFrame(browser.runtime.getURL('/interstitial.html'));
        waiting.set(holdId, (proceed) => {
          frame.close();
          resolve(proceed);
        });
      });

    const guards: Guard[] = [];
    if (site.contact) {
      guards.push(
        contactGuard(site.contact, {
          check: ({ action, person }) => sendMessage('checkContact', { network: network.id, action, person: personForCheck(person) }),
          interstitial: holdFrame,
          // Delivered when the background next answers; if it never does, there is nothing to write to.
          proceededUnchecked: ({ action }) => void sendMessage('uncheckedProceeded', { network: network.id, action }).catch(() => undefined),
        }) as Guard,
      );
    }
    // Every guarded host gets the compose guard: its own readers, and the fallback for any other text box.
    guards.push(startComposeGuard(withFallback(site.compose), network.id, holdFrame, ctx) as Guard);
    startHoldEngine(
      guards,
      {
        unchecked: () =>
          new Promise<UncheckedChoice>((resolve) => {
            const frame = openInterstitialFrame(browser.runtime.getURL('/unchecked.html'));
            uncheckedAnswer = (choice) => {
              uncheckedAnswer = null;
              frame.close();
              resolve(choice);
            };
          }),
      },
      ctx.signal,
    );
  },
});
