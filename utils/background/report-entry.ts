import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { hostMatchPatterns } from '@/utils/sites/networks';
import { reportAndNotify } from './report-service';

/** The right-click menu item's id, and the shortcut's command name in the manifest. */
export const REPORT_MENU = 'report-to-dsl';
export const REPORT_COMMAND = 'report-to-dsl';

/** Creates the right-click item on the guarded networks' pages (menus persist; created again on install and update). */
export async function createReportMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: REPORT_MENU, title: t('reportMenuTitle'), contexts: ['page', 'selection', 'link', 'image'], documentUrlPatterns: hostMatchPatterns() });
}

/** The right-click item was used on a tab: report it, with any words the person had selected. */
export function onReportMenu(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }): Promise<void> | undefined {
  if (info.menuItemId !== REPORT_MENU || tab?.id === undefined) return undefined;
  return reportAndNotify({ source: 'context-menu', tabId: tab.id, windowId: tab.windowId, ...(info.selectionText ? { selectedText: info.selectionText.slice(0, 2000) } : {}) });
}

/** The shortcut was pressed: report the tab in view. */
export function onReportCommand(command: string, tab?: { id?: number; windowId?: number }): Promise<void> | undefined {
  if (command !== REPORT_COMMAND || tab?.id === undefined) return undefined;
  return reportAndNotify({ source: 'shortcut', tabId: tab.id, windowId: tab.windowId });
}

/**
 * The menu item and the shortcut both report the tab they were used on. Both count as the person
 * invoking Chalkline on that page, so the browser allows the picture of it (activeTab).
 */
export function listenForReportRequests(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void onReportMenu(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onReportCommand(command, tab));
}
