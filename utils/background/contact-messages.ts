import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { handle } from '@/utils/messaging/router';
import { clearAudit, readAudit } from '@/utils/contact/audit';
import { pruneOldAudit } from './audit-retention';
import type { ComposeHoldView } from '@/utils/compose/types';
import type { HoldView } from '@/utils/contact/types';
import { checkCompose, composeHint, logUnchecked, previewCompose, resolveComposeHold } from './compose-service';
import { checkContact, resolveHold } from './contact-service';
import { dropHoldsForTab, HoldGoneError, newestHold } from './holds';
import { reportFromHold } from './report-service';

/**
 * The contact guard's messages. Content scripts may only ask for a verdict (allow / hold) and learn
 * nothing about the roster; the interstitial frame, an extension page, reads the hold's details.
 */
export function registerContactMessages(): void {
  handle('checkContact', ({ network, action, person }, sender) => checkContact(sender.tab!.id!, network as never, action, person));
  handle('checkCompose', (request, sender) => checkCompose(sender.tab!.id!, request));
  handle('previewCompose', (request, sender) => previewCompose(sender.tab!.id!, request));
  handle('uncheckedProceeded', ({ network, action }) => logUnchecked(network, action));
  handle('getComposeHint', (_data, sender) => composeHint(sender.tab!.id!));
  // The frame shows the newest hold of its tab, whatever its kind: a tab shows one frame at a time.
  handle('getHold', async (_data, sender) => ((await newestHold(sender.tab!.id!))?.view as HoldView | ComposeHoldView | undefined) ?? null);
  handle('resolveComposeHold', async ({ holdId, choice, reason }, sender) => {
    const tabId = sender.tab!.id!;
    let result: { proceed: boolean };
    try {
      result = await resolveComposeHold(tabId, holdId, choice, reason);
    } catch (error) {
      if (!(error instanceof HoldGoneError)) throw error;
      await sendMessage('holdResolved', { holdId: '*', proceed: false }, { tabId, frameId: 0 });
      return { proceed: false };
    }
    await sendMessage('holdResolved', { holdId, proceed: result.proceed }, { tabId, frameId: 0 });
    return result;
  });
  handle('resolveHold', async ({ holdId, choice, exception, reason }, sender) => {
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
    if (choice === 'report') void reportFromHold(tabId);
    return result;
  });
  handle('auditLog', async () => {
    await pruneOldAudit();
    return readAudit();
  });
  handle('clearAuditLog', async () => {
    await clearAudit();
    return [];
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropHoldsForTab(tabId));
}
