import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import { readAudit } from '@/utils/contact/audit';
import { isExtensionFrameSender, isOwnPageSender, isTrustedContentSender, parseContentMessage, parseInterstitialMessage, parsePageMessage } from '@/utils/messaging/schemas';
import { checkContact, dropHoldsForTab, holdForTab, HoldGoneError, resolveHold } from './contact-service';

/**
 * The contact guard's messages. Content scripts may only ask for a verdict (allow / hold) and learn
 * nothing about the roster; the interstitial frame, an extension page, reads the hold's details.
 */
export function registerContactMessages(): void {
  onMessage('checkContact', async ({ data, sender }) => {
    if (!isTrustedContentSender(sender, browser.runtime.id)) throw new Error('Refused checkContact: not from a guarded page');
    const { network, action, person } = parseContentMessage('checkContact', data);
    return checkContact(sender.tab!.id!, network as never, action, person);
  });
  onMessage('getHold', async ({ data, sender }) => {
    if (!isExtensionFrameSender(sender, browser.runtime.id, '/interstitial.html')) throw new Error('Refused getHold: not from the interstitial');
    parseInterstitialMessage('getHold', data);
    return holdForTab(sender.tab!.id!);
  });
  onMessage('resolveHold', async ({ data, sender }) => {
    if (!isExtensionFrameSender(sender, browser.runtime.id, '/interstitial.html')) throw new Error('Refused resolveHold: not from the interstitial');
    const { holdId, choice, exception, reason } = parseInterstitialMessage('resolveHold', data);
    const tabId = sender.tab!.id!;
    let result: { proceed: boolean };
    try {
      result = await resolveHold(tabId, holdId, choice, exception, reason);
    } catch (error) {
      if (!(error instanceof HoldGoneError)) throw error;
      // Nothing to resolve: close whatever interstitial the tab shows, and do nothing.
      await sendMessage('holdResolved', { holdId: '*', proceed: false }, { tabId, frameId: 0 });
      return { proceed: false };
    }
    // The page's own content script (top frame) closes the frame and, if allowed, replays the click.
    await sendMessage('holdResolved', { holdId, proceed: result.proceed }, { tabId, frameId: 0 });
    return result;
  });
  onMessage('auditLog', async ({ data, sender }) => {
    if (!isOwnPageSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) throw new Error("Refused auditLog: only Chalkline's own pages may ask this");
    parsePageMessage('auditLog', data);
    return readAudit();
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropHoldsForTab(tabId));
}
