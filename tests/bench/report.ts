// Reports to the DSL in real Chromium: from the press of "Report to DSL" in the popup until the popup
// says the DSL's system received it, against a receiver on this machine; and until the receiver had it.
import { extensionWorker, launchWithExtension } from '../e2e/support/browser';
import { EXTENSION_ID } from '../e2e/support/constants';
import { importSettings, loadSchool, openSite } from '../e2e/support/contact';
import { startReportServer } from '../e2e/support/report-server';
import { ms, pct, report } from './stats';

const RUNS = 10;

export async function reportBenchmarks(): Promise<void> {
  const server = await startReportServer();
  const context = await launchWithExtension();
  try {
    const worker = await extensionWorker(context);
    await loadSchool(context);
    await importSettings(context, { reportWebhookUrl: server.url, reportWebhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    await openSite(context, 'x', 'profile', 'https://x.com/jordanrivers');
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://x.com/jordanrivers' }))[0]?.id);
    const shown: number[] = [];
    const arrived: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tabId=${tabId}`);
      await popup.getByRole('button', { name: 'Report to DSL' }).waitFor();
      const before = server.received.length;
      const t0 = Date.now();
      await popup.getByRole('button', { name: 'Report to DSL' }).click();
      const seen = (async () => {
        while (server.received.length === before) await new Promise((r) => setTimeout(r, 2));
        return Date.now() - t0;
      })();
      await popup.getByText("The DSL's system received it at").waitFor({ timeout: 15_000 });
      shown.push(Date.now() - t0);
      arrived.push(await seen);
      await popup.close();
    }
    [shown, arrived].forEach((a) => a.sort((x, y) => x - y));
    report('Report to DSL → receiver has it', `p50 ${ms(pct(arrived, 50))}, p99 ${ms(pct(arrived, 99))}`, `${RUNS} reports, signed, to a receiver on localhost (no picture: a popup opened as a page has no activeTab)`);
    report('Report to DSL → popup says received', `p50 ${ms(pct(shown, 50))}, p99 ${ms(pct(shown, 99))}`, 'same; the background tells an open popup when a send ends (it also checks, as a fallback)');
  } finally {
    await context.close();
    await server.close();
  }
}
