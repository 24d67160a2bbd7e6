import { browser } from 'wxt/browser';
import { forgetTab, markTabGuarded } from '@/utils/background/guarded-tabs';
import { onMessage } from '@/utils/messaging';
import { isTrustedContentSender, parseContentMessage } from '@/utils/messaging/schemas';
import { seedDemoSchool } from '@/utils/config/demo-seed';

export default defineBackground(() => {
  // Listeners are registered synchronously so a woken service worker never misses the event that woke it.
  onMessage('contentReady', async ({ data, sender }) => {
    if (!isTrustedContentSender(sender, browser.runtime.id)) throw new Error('Refused: not from a guarded page');
    const { network } = parseContentMessage('contentReady', data);
    await markTabGuarded(sender.tab!.id!, network);
    return { guarded: true };
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && import.meta.env.MODE === 'demo') void seedDemoSchool();
  });
});
