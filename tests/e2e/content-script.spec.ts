import { NETWORKS } from '@/utils/sites/networks';
import { expect, test } from './fixtures';
import { serveFixture } from './support/sites';

const guardedTabs = (worker: import('@playwright/test').Worker) =>
  worker.evaluate(async () => Object.values(((await chrome.storage.session.get('guardedTabs')).guardedTabs ?? {}) as Record<string, { network: string }>).map((t) => t.network).sort());

test('the content script runs on every guarded network and on no other site', async ({ context, worker }) => {
  await serveFixture(context, 'https://www.example.org/**', 'pages/blank.html');
  await serveFixture(context, 'https://www.bbc.co.uk/**', 'pages/blank.html');
  for (const n of NETWORKS) await serveFixture(context, `${n.home}**`, 'pages/blank.html');

  const page = await context.newPage();
  // Unguarded sites first: had they been injected, their announcements would arrive before the networks'.
  await page.goto('https://www.example.org/');
  await page.goto('https://www.bbc.co.uk/news');
  const seen: string[] = [];
  for (const n of NETWORKS) {
    await page.goto(n.home);
    seen.push(n.id);
    // Each visit replaces the tab's entry, so the one tab reports the network it is on now.
    await expect.poll(() => guardedTabs(worker)).toEqual([n.id]);
  }
  expect(seen).toHaveLength(NETWORKS.length);

  // A second tab on an unguarded site adds nothing; a second guarded tab adds one entry.
  const other = await context.newPage();
  await other.goto('https://www.example.org/about');
  await other.close();
  const fb = await context.newPage();
  await fb.goto('https://www.facebook.com/');
  await expect.poll(() => guardedTabs(worker)).toEqual(['facebook', NETWORKS.at(-1)!.id].sort());
});

test('the background refuses protocol messages that do not come from a guarded page', async ({ openExtensionPage, worker }) => {
  const page = await openExtensionPage('options.html#school');
  // The options page is ours but is not a guarded network page: the sender check must refuse it.
  // Sent in @webext-core/messaging's wire format, which answers {res} on success and {err} on refusal.
  const reply = await page.evaluate(() =>
    chrome.runtime.sendMessage({ id: 1, type: 'contentReady', data: { network: 'x' }, timestamp: Date.now() }),
  );
  expect(JSON.stringify(reply)).toContain('Refused contentReady: not from a guarded page');
  expect(await worker.evaluate(async () => (await chrome.storage.session.get('guardedTabs')).guardedTabs)).toBeUndefined();
});
