import { browser } from 'wxt/browser';
import { isOwnPageSender, type PageMessages, type SenderInfo } from '@/utils/messaging/schemas';

/** Throws unless the message came from one of Chalkline's own pages (never a content script or a web page). */
export function guardPage(type: keyof PageMessages, sender: SenderInfo): void {
  if (!isOwnPageSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    throw new Error(`Refused ${type}: only Chalkline's own pages may ask this`);
  }
}
