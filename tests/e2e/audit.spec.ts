import { expect, test } from './fixtures';
import { choose, interstitial, loadSchool, openSite } from './support/contact';

test('decisions at an interstitial appear in "Your log" and export as CSV, and nowhere else', async ({ context, openExtensionPage }) => {
  await loadSchool(context);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const site = await openSite(context, 'x', 'profile', 'https://x.com/ellie.smith09');
  await site.locator('[data-testid="primaryColumn"] [data-testid$="-follow"]').click();
  const frame = await interstitial(site);
  await frame.getByRole('button', { name: 'They are my relative' }).click();
  await frame.getByLabel('Why is this allowed?').fill('She is my niece, "Ellie"');
  await choose(frame, 'Go ahead and keep my reason');

  const options = await openExtensionPage('options.html#you');
  const log = options.getByRole('region', { name: 'Your log' });
  await expect(log.getByRole('row')).toHaveCount(2);
  // A sentence the staff member reads at a glance, never a code such as "x: follow".
  await expect(log).toContainText('You went ahead with a follow of a pupil on X (Twitter), giving this reason: “She is my niece, "Ellie"”.');
  const [download] = await Promise.all([options.waitForEvent('download'), log.getByRole('button', { name: 'Export log (CSV)' }).click()]);
  const csv = (await (await download.createReadStream()).toArray()).join('');
  expect(csv.split('\r\n')[0]).toBe('time,network,action,role,ruleId,packId,decision,exception,reason');
  expect(csv).toContain(',x,follow,pupil,');
  expect(csv).toContain(',exception,relative,"She is my niece, ""Ellie"""');
  // The log never left the device: no request went anywhere but the routed fixture page.
  expect(requests.filter((u) => !u.startsWith('https://x.com/') && !u.startsWith('chrome-extension://'))).toEqual([]);
});

test('entries older than the retention period are gone; "Clear my log" asks first, then deletes the rest', async ({ worker, openExtensionPage }) => {
  // Two entries written as the worker writes them: one from last week, one from two school years ago.
  await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('chalkline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('audit', 'readwrite');
    const day = 86_400_000;
    const entry = (time: number, network: string) => ({ time, network, action: 'follow', role: 'pupil', ruleId: 'r', packId: 'model', decision: 'cancelled' });
    tx.objectStore('audit').add(entry(Date.now() - 7 * day, 'x'));
    tx.objectStore('audit').add(entry(Date.now() - 730 * day, 'tiktok'));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  const options = await openExtensionPage('options.html#you');
  const log = options.getByRole('region', { name: 'Your log' });
  // One school year by default: the old one was deleted before the log was shown.
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log).toContainText('You cancelled a follow of a pupil on X (Twitter).');
  await expect(log).not.toContainText('TikTok');

  await log.getByRole('button', { name: 'Clear my log' }).click();
  await expect(log).toContainText('This cannot be undone');
  await log.getByRole('button', { name: 'Keep it' }).click();
  await expect(log.getByRole('row')).toHaveCount(2);
  await log.getByRole('button', { name: 'Clear my log' }).click();
  await log.getByRole('button', { name: 'Delete my log' }).click();
  await expect(log.getByRole('status')).toHaveText('Your log was deleted from this computer.');
  await expect(log.getByRole('row')).toHaveCount(0);
  await options.reload();
  await expect(options.getByRole('region', { name: 'Your log' })).toContainText('Nothing has been logged yet.');
});
