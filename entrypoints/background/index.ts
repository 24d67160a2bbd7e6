import { browser } from 'wxt/browser';
import { forgetTab, markTabGuarded } from '@/utils/background/guarded-tabs';
import { registerHoursMessages } from '@/utils/background/hours-messages';
import { forgetHoursWarnTab, registerHoursWarnMessages } from '@/utils/background/hours-warn';
import { blockSinglePageNavigation, BOUNDARY_ALARM, enforceSchedule, TICK_ALARM } from '@/utils/background/schedule-enforcer';
import { registerContactMessages } from '@/utils/background/contact-messages';
import { currentSettings, onSettingsChanged } from '@/utils/background/config-cache';
import { registerSettingsMessages } from '@/utils/background/settings-messages';
import { restrictStorageLocal } from '@/utils/background/config-migration';
import { announceRosterChange, registerRosterMessages } from '@/utils/background/roster-messages';
import { ensureSyncSchedule, rosterStatus, SYNC_ALARM, syncRoster } from '@/utils/background/roster-service';
import { seedDemoSchool } from '@/utils/config/demo-seed';
import { handle } from '@/utils/messaging/router';
import { dropHoldsForTab } from '@/utils/background/holds';
import { registerReportMessages } from '@/utils/background/report-messages';
import { createReportMenu, listenForReportRequests } from '@/utils/background/report-entry';
import { deliverDue, REPORT_ALARM, scheduleDelivery } from '@/utils/background/report-service';
import { registerReviewMessages } from '@/utils/background/review-messages';
import { pruneOldAudit } from '@/utils/background/audit-retention';
import { dropUnusedHostAccess } from '@/utils/background/host-access-cleanup';
import { forgetProfileWarning, registerProfileMessages } from '@/utils/background/profile-service';
import { listenForReviewChoices, remindIfDue, REVIEW_ALARM, scheduleReview } from '@/utils/background/review-service';

export default defineBackground(() => {
  // Listeners are registered synchronously so a woken service worker never misses the event that woke it.
  handle('contentReady', async ({ network }, sender) => {
    // A new page in the tab: whatever the last page held is gone with it.
    await dropHoldsForTab(sender.tab!.id!);
    await markTabGuarded(sender.tab!.id!, network);
    return { guarded: true };
  });
  registerSettingsMessages();
  registerRosterMessages();
  registerContactMessages();
  registerHoursMessages();
  registerHoursWarnMessages();
  registerReportMessages();
  listenForReportRequests();
  registerReviewMessages();
  registerProfileMessages();
  listenForReviewChoices();

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetHoursWarnTab(tabId);
    void forgetProfileWarning(tabId);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BOUNDARY_ALARM || alarm.name === TICK_ALARM) void enforceSchedule();
    if (alarm.name === REPORT_ALARM) void deliverDue();
    if (alarm.name === REVIEW_ALARM) void remindIfDue();
    if (alarm.name !== SYNC_ALARM) return;
    void currentSettings()
      .then(({ settings }) => syncRoster(settings))
      .then((outcome) => announceRosterChange(outcome.status));
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createReportMenu();
    // An options page opened meanwhile learns of the demo roster like any other import.
    if (reason === 'install' && import.meta.env.MODE === 'demo') void seedDemoSchool().then(rosterStatus).then(announceRosterChange);
  });

  // A page of a single-page site changes address without a request the blocking rule could see.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void blockSinglePageNavigation(tabId, change.url);
  });

  // Alarms do not survive a browser restart, and settings may have changed while the worker slept.
  void currentSettings().then(({ settings }) => {
    void ensureSyncSchedule(settings);
    void dropUnusedHostAccess(settings);
  });
  void enforceSchedule();
  // Reports still waiting from before the worker (or the browser) stopped.
  void scheduleDelivery();
  // The first run's review is due at once (WASPS 2.3.3); later ones by the interval. Alarms do not survive a restart.
  void scheduleReview();
  // The log keeps each entry for the retention period only.
  void pruneOldAudit();
  // Content scripts have no business in storage.local (Chromium lets us say so; see config-migration).
  void restrictStorageLocal();
  onSettingsChanged(() => {
    void scheduleReview();
    void currentSettings().then(({ settings }) => {
      void ensureSyncSchedule(settings);
      void dropUnusedHostAccess(settings);
    });
    void enforceSchedule(undefined, { settingsChanged: true });
  });
});
