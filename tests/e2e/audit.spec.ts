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

  const options = await openExtensionPage('options.html');
  const log = options.getByRole('region', { name: 'Your log' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log).toContainText('x: follow');
  await expect(log).toContainText('a pupil');
  await expect(log).toContainText('Went ahead with a reason (“She is my niece, "Ellie"”)');
  const [download] = await Promise.all([options.waitForEvent('download'), log.getByRole('button', { name: 'Export log (CSV)' }).click()]);
  const csv = (await (await download.createReadStream()).toArray()).join('');
  expect(csv.split('\r\n')[0]).toBe('time,network,action,role,ruleId,packId,decision,exception,reason');
  expect(csv).toContain(',x,follow,pupil,');
  expect(csv).toContain(',exception,relative,"She is my niece, ""Ellie"""');
  // The log never left the device: no request went anywhere but the routed fixture page.
  expect(requests.filter((u) => !u.startsWith('https://x.com/') && !u.startsWith('chrome-extension://'))).toEqual([]);
});
