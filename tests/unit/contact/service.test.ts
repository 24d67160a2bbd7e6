import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { checkContact, holdForTab, HoldGoneError, resolveHold } from '@/utils/background/contact-service';
import { readAudit } from '@/utils/contact/audit';
import { writeLocalLayer } from '@/utils/config/store';
import { parseRosterText, isRejected } from '@/utils/roster/parse';
import { replaceRoster } from '@/utils/roster/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';

const ROSTER = `first_name,last_name,preferred_name,role,year_group,date_of_birth,left_on,handles
Eleanor,Smith,Ellie,pupil,Year 9,2012-05-14,,ellie.smith09
Grace,Patel,,parent,Year 9,,,
`;
// A Monday in term at 10:00 London time (working hours by default).
const MONDAY = new Date('2026-11-23T10:00:00Z');

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  const parsed = parseRosterText(ROSTER, { today: '2026-11-21' });
  if (isRejected(parsed)) throw new Error(parsed.reason);
  await replaceRoster({ ...parsed, source: { kind: 'file', name: 'r.csv' } });
  await writeLocalLayer({ dsl: { name: 'Sam Okafor', email: 'dsl@school.example' } });
});

describe('contact decisions', () => {
  it('lets anyone not on the roster through', async () => {
    expect(await checkContact(1, 'x', 'follow', { name: 'Jordan Rivers', handle: 'jordanrivers' }, MONDAY)).toEqual({ verdict: 'allow' });
    expect(await holdForTab(1)).toBeNull();
  });

  it('holds a pupil with the rule, its quote and only the exceptions the pack allows', async () => {
    const verdict = await checkContact(7, 'instagram', 'follow', { name: 'ellie smith ✨' }, MONDAY);
    expect(verdict.verdict).toBe('hold');
    const view = (await holdForTab(7))!;
    expect(view).toMatchObject({ who: 'Eleanor (Ellie) Smith', roleText: "a pupil in Year 9 on your school's roster", severity: 'block', canProceed: false, dslName: 'Sam Okafor' });
    expect(view.citations.length).toBeGreaterThan(0);
    await expect(resolveHold(7, view.holdId, 'proceed')).rejects.toThrow(/cannot be passed/);
    await expect(resolveHold(7, view.holdId, 'exception', 'own-social-circle', 'friend')).rejects.toThrow(/reason/);
    await expect(resolveHold(7, view.holdId, 'exception', 'relative', '')).rejects.toThrow(/reason/);
    expect(await readAudit()).toEqual([]);
    expect(await resolveHold(7, view.holdId, 'exception', 'relative', 'my niece')).toEqual({ proceed: true });
    expect(await readAudit()).toMatchObject([{ network: 'instagram', action: 'follow', role: 'pupil', decision: 'exception', exception: 'relative', reason: 'my niece' }]);
    await expect(resolveHold(7, view.holdId, 'cancel')).rejects.toBeInstanceOf(HoldGoneError);
  });

  it('lets a parent warning be passed, logging it, and only from the tab that holds it', async () => {
    const verdict = await checkContact(3, 'facebook', 'friend', { name: 'Grace Patel' }, MONDAY);
    if (verdict.verdict !== 'hold') throw new Error('expected a hold');
    await expect(resolveHold(4, verdict.holdId, 'proceed')).rejects.toBeInstanceOf(HoldGoneError);
    expect(await resolveHold(3, verdict.holdId, 'proceed')).toEqual({ proceed: true });
    expect((await readAudit())[0]).toMatchObject({ role: 'parent', decision: 'proceeded' });
  });

  it('keeps several holds per tab by id: the frame shows the newest, and each is answered once', async () => {
    const first = await checkContact(5, 'x', 'follow', { handle: 'ellie.smith09' }, MONDAY);
    const second = await checkContact(5, 'x', 'follow', { name: 'Grace Patel' }, new Date(MONDAY.getTime() + 1));
    if (first.verdict !== 'hold' || second.verdict !== 'hold') throw new Error('expected holds');
    expect((await holdForTab(5))!.holdId).toBe(second.holdId);
    expect(await resolveHold(5, second.holdId, 'proceed')).toEqual({ proceed: true });
    expect((await holdForTab(5))!.holdId).toBe(first.holdId);
    expect(await resolveHold(5, first.holdId, 'cancel')).toEqual({ proceed: false });
    await expect(resolveHold(5, first.holdId, 'cancel')).rejects.toBeInstanceOf(HoldGoneError);
  });

  it('flags a likely pupil not on the roster under the model pack', async () => {
    const verdict = await checkContact(6, 'tiktok', 'follow', { name: 'Jess Unknown', bio: 'Y10 • dance' }, MONDAY);
    expect(verdict.verdict).toBe('hold');
    expect((await holdForTab(6))!.roleText).toContain('“Y10”');
  });
});
