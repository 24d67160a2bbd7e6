import { expect, type Page, type Worker } from '@playwright/test';
import type { AuditEntry } from '@/utils/contact/types';
import { auditLog, choose, hasInterstitial, interstitial, siteActions, whatThePageSees } from './contact';

/**
 * The contact guard's standard scenarios, shared by every network's spec: each spec says how to click
 * on its network (data), these say what must then be true (the same on every network).
 */
type SiteAction = { action: string; who: string };

/** A roster pupil was clicked: the interstitial names them, Cancel is focused, the site never acts, Cancel is logged. */
export async function heldThenCancelled(page: Page, worker: Worker, logged: Pick<AuditEntry, 'network' | 'action'>): Promise<void> {
  const frame = await interstitial(page);
  const dialog = frame.getByRole('alertdialog');
  await expect(dialog).toContainText('Do not');
  await expect(dialog).toContainText('Eleanor (Ellie) Smith');
  await expect(frame.getByRole('button', { name: 'Cancel' })).toBeFocused();
  expect(await siteActions(page)).toEqual([]);
  await choose(frame, 'Cancel');
  await expect.poll(() => hasInterstitial(page)).toBe(false);
  expect(await siteActions(page)).toEqual([]);
  expect((await auditLog(worker))[0]).toMatchObject({ ...logged, role: 'pupil', decision: 'cancelled' });
}

/** Someone not on the roster was clicked: no interstitial, and the site acts exactly once. */
export async function passedOnce(page: Page, expected: SiteAction): Promise<void> {
  await expect.poll(() => siteActions(page)).toEqual([expected]);
  expect(hasInterstitial(page)).toBe(false);
}

/** A parent was clicked: a warning that "Continue anyway" passes; the site acts once; it is logged. */
export async function warnedThenContinued(page: Page, worker: Worker, expected: SiteAction, logged: Partial<AuditEntry> = {}): Promise<void> {
  const frame = await interstitial(page);
  await expect(frame.getByRole('alertdialog')).toContainText('parent or carer');
  await choose(frame, 'Continue anyway');
  await expect.poll(() => siteActions(page)).toEqual([expected]);
  expect((await auditLog(worker))[0]).toMatchObject({ ...logged, role: 'parent', decision: 'proceeded' });
}

/** A pupil was clicked: no "Continue anyway"; the relative exception needs a reason, then the site acts once. */
export async function passedByRelativeException(page: Page, worker: Worker, expected: SiteAction, reason = 'Ellie is my niece'): Promise<void> {
  const frame = await interstitial(page);
  await expect(frame.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);
  await frame.getByRole('button', { name: 'They are my relative' }).click();
  await frame.getByRole('button', { name: 'Go ahead and keep my reason' }).click();
  await expect(frame.getByRole('alert')).toContainText('Please write a short reason');
  expect(await siteActions(page)).toEqual([]);
  await frame.getByLabel('Why is this allowed?').fill(reason);
  await choose(frame, 'Go ahead and keep my reason');
  await expect.poll(() => siteActions(page)).toEqual([expected]);
  expect((await auditLog(worker))[0]).toMatchObject({ decision: 'exception', exception: 'relative', reason });
}

/**
 * While the interstitial shows roster-derived words ("Year 9", the legal first name), the page's own
 * scripts find none of them in the DOM and cannot reach into the frame.
 */
export async function pageCannotReadRoster(page: Page): Promise<void> {
  const frame = await interstitial(page);
  await expect(frame.getByRole('alertdialog')).toContainText('Year 9');
  const seen = await whatThePageSees(page);
  expect(seen.canReadFrame).toBe(false);
  for (const words of ['Eleanor', 'Year 9', "on your school's roster"]) {
    expect(seen.text).not.toContain(words);
    expect(seen.html).not.toContain(words);
  }
  expect(await siteActions(page)).toEqual([]);
}
