import { browser } from 'wxt/browser';
import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { rulesHereNow } from '@/rules/here';
import { shownCitations } from '@/rules/select';
import { handle } from '@/utils/messaging/router';
import { bytesToBase64 } from '@/utils/base64';
import { evidenceHtml } from '@/utils/report/evidence-html';
import { mailtoUrl } from '@/utils/report/payload';
import type { PopupState } from '@/utils/report/popup-state';
import { getReport, getScreenshot, listReports } from '@/utils/report/store';
import { summarise } from '@/utils/report/summary';
import { isWorkingTime, scheduleInput } from '@/utils/schedule';
import { networkForUrl } from '@/utils/sites/networks';
import { currentCustomPacks, currentSettings } from './config-cache';
import { addNote, changeCategory, createReport, deliverDue, markPassedOn, removeReport } from './report-service';
import { currentHoursView } from './schedule-enforcer';
import { reviewStatus } from './review-service';
import { readReviewState } from '@/utils/review/store';

const gone = () => new Error('That report is no longer on this computer.');

/** The popup's and the report pages' messages. Only Chalkline's own pages may send them. */
export function registerReportMessages(): void {
  handle('popupState', async ({ tabId }): Promise<PopupState> => {
    const [{ settings }, custom, hours, tab, reports, reviewState] = await Promise.all([
      currentSettings(),
      currentCustomPacks(),
      currentHoursView(),
      browser.tabs.get(tabId).catch(() => null),
      listReports(200),
      readReviewState(Date.now()),
    ]);
    const review = reviewStatus(reviewState, settings, Date.now());
    const network = tab?.url ? networkForUrl(tab.url) : undefined;
    const { pack } = choosePack(settings.policyPack, custom);
    const { status } = hours;
    const rules = rulesHereNow(pack, {
      actions: network?.actions ?? [],
      hoursReason: status.restricted && status.reason ? status.reason : null,
      workingTime: isWorkingTime(scheduleInput(settings), Date.now()),
    });
    return {
      network: network ? { id: network.id, name: network.name } : null,
      hours,
      rules: rules.map((r) => ({ id: r.id, title: r.title, summary: r.summary, severity: r.severity, citations: shownCitations(pack, r, [...BUILT_IN_PACKS, ...custom]) })),
      waiting: reports.filter((r) => r.delivery.status !== 'delivered').length,
      dslName: settings.dsl.name,
      review: { overdue: review.overdue, dueAt: review.dueAt, timeZone: settings.workingHours.timeZone },
    };
  });
  handle('createReport', async ({ tabId, category }) => {
    // createReport reads the tab (and its window) itself.
    const made = await createReport({ source: 'popup', tabId, ...(category ? { category } : {}) });
    void deliverDue();
    return made;
  });
  // An addition to a report the DSL already has is sent again, whole, as a new revision.
  handle('reportNote', async ({ id, text }) => {
    const report = await addNote(id, text);
    void deliverDue();
    return summarise(report);
  });
  handle('reportCategory', async ({ id, category }) => {
    const report = await changeCategory(id, category);
    void deliverDue();
    return summarise(report);
  });
  handle('reportPassedOn', async ({ id }) => summarise(await markPassedOn(id)));
  handle('removeReport', async ({ id }) => {
    await removeReport(id);
    return { removed: true as const };
  });
  handle('listReports', async () => (await listReports(50)).map(summarise));
  handle('reportEvidence', async ({ id }) => {
    const report = await getReport(id);
    if (!report) throw gone();
    const { settings } = await currentSettings();
    const png = await getScreenshot(id);
    return {
      html: evidenceHtml(report.record, report.notes, report.categoryChanges, png ? bytesToBase64(png) : null),
      filename: `chalkline-report-${report.record.reference}.html`,
      mailto: settings.dsl.email ? mailtoUrl(settings.dsl.email, report.record, report.categoryChanges) : null,
    };
  });
}
