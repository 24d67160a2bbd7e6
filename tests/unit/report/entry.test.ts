import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { onReportCommand, onReportMenu, REPORT_MENU } from '@/utils/background/report-entry';
import { listReports } from '@/utils/report/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 3, windowId: 1, url: 'https://www.facebook.com/someone', title: 'Someone' } as never);
  (browser.tabs as unknown as { captureVisibleTab: unknown }).captureVisibleTab = vi.fn(async () => 'data:image/png;base64,iVBORw0KGgo=');
  (browser as unknown as { notifications: unknown }).notifications = { create: vi.fn(async () => 'id') };
});

describe('reporting from the right-click menu and the shortcut', () => {
  it('the menu item reports the tab it was used on, with the words the person had selected', async () => {
    await onReportMenu({ menuItemId: REPORT_MENU, selectionText: 'you will regret this' }, { id: 3, windowId: 1 });
    expect(await listReports()).toHaveLength(1);
    const [report] = await listReports();
    expect(report!.record).toMatchObject({ source: 'context-menu', selectedText: 'you will regret this', network: 'facebook', url: 'https://www.facebook.com/someone' });
    expect(vi.mocked(browser.notifications.create).mock.calls[0]![1]).toMatchObject({ title: 'Chalkline made a report for the DSL', message: expect.stringMatching(/^Report CL-.* is saved on this computer/) });
  });

  it('the shortcut reports the tab in view; other menu items and commands do nothing', async () => {
    expect(onReportMenu({ menuItemId: 'something-else' }, { id: 3, windowId: 1 })).toBeUndefined();
    expect(onReportCommand('another-command', { id: 3, windowId: 1 })).toBeUndefined();
    await onReportCommand('report-to-dsl', { id: 3, windowId: 1 });
    expect(await listReports()).toHaveLength(1);
    expect((await listReports())[0]!.record.source).toBe('shortcut');
  });
});
