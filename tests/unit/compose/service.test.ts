import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetCachedConfig } from '@/utils/background/config-cache';
import { checkCompose, composeHint, previewCompose, resolveComposeHold, type ComposeRequest } from '@/utils/background/compose-service';
import { HoldGoneError, newestHold } from '@/utils/background/holds';
import type { ComposeHoldView } from '@/utils/compose/types';
import { readAudit } from '@/utils/contact/audit';
import { writeLocalLayer } from '@/utils/config/store';
import { isRejected, parseRosterText } from '@/utils/roster/parse';
import { replaceRoster } from '@/utils/roster/store';
import { closeChalklineDbForTests } from '@/utils/storage/db';

const ROSTER = `first_name,last_name,preferred_name,role,year_group,date_of_birth,left_on,handles
Eleanor,Smith,Ellie,pupil,Year 9,2012-05-14,,ellie.smith09
Grace,Patel,,parent,Year 9,,,
Meera,Hughes,,staff,,,,
`;
// A Monday in term at 10:00 London time (working hours by default).
const MONDAY = new Date('2026-11-23T10:00:00Z');
const post = (text: string, more: Partial<ComposeRequest> = {}): ComposeRequest => ({ network: 'x', surface: 'post', action: 'post', text, photos: 0, ...more });
const view = async (tabId: number) => (await newestHold(tabId))!.view as ComposeHoldView;

beforeEach(async () => {
  fakeBrowser.reset();
  forgetCachedConfig();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  const parsed = parseRosterText(ROSTER, { today: '2026-11-21' });
  if (isRejected(parsed)) throw new Error(parsed.reason);
  await replaceRoster({ ...parsed, source: { kind: 'file', name: 'r.csv' } });
  await writeLocalLayer({ schoolName: 'Riverside Community Primary School', dsl: { name: 'Sam Okafor', email: 'dsl@school.example' } });
});

describe('compose decisions', () => {
  it('lets a clean post go, and a kind word about a colleague (inform only) too', async () => {
    expect(await checkCompose(1, post('Lovely walk by the canal this morning'), MONDAY)).toEqual({ verdict: 'allow' });
    expect(await checkCompose(1, post('Happy birthday Meera Hughes 🎂'), MONDAY)).toEqual({ verdict: 'allow' });
    expect(await newestHold(1)).toBeNull();
  });

  it('holds a post naming a pupil: the rule blocks, so posting anyway needs a reason; the log keeps the kinds, never the text', async () => {
    const verdict = await checkCompose(2, post('Ellie Smith was brilliant today, ring me on 07700 900123'), MONDAY);
    if (verdict.verdict !== 'hold') throw new Error('expected a hold');
    const v = await view(2);
    expect(v.reasonRequired).toBe(true);
    expect(v.findings[0]).toMatchObject({ ruleId: 'do-not-name-pupils-in-public', severity: 'block', what: ['roster-name'], words: ['Ellie Smith'] });
    expect(v.findings.map((f) => f.ruleId)).toContain('keep-your-contact-details-private');
    await expect(resolveComposeHold(2, verdict.holdId, 'post')).rejects.toThrow('Please say why');
    expect(await resolveComposeHold(2, verdict.holdId, 'post', 'Her parents asked me to')).toEqual({ proceed: true });
    await expect(resolveComposeHold(2, verdict.holdId, 'post', 'again')).rejects.toBeInstanceOf(HoldGoneError);
    const [entry] = await readAudit();
    expect(entry).toMatchObject({ action: 'post', decision: 'proceeded', ruleId: 'do-not-name-pupils-in-public', reason: 'Her parents asked me to' });
    expect(entry!.kinds).toEqual(expect.arrayContaining(['roster-name', 'contact-details']));
    expect(JSON.stringify(entry)).not.toContain('07700');
  });

  it('judges a message by whom it goes to: any message to a pupil blocks, to a parent warns', async () => {
    const toPupil = await checkCompose(3, post('See you tomorrow', { surface: 'message', action: 'message', partner: { name: 'Ellie Smith', handle: 'ellie.smith09' } }), MONDAY);
    expect(toPupil.verdict).toBe('hold');
    expect(await view(3)).toMatchObject({ to: 'Eleanor (Ellie) Smith, a pupil in Year 9', reasonRequired: true, findings: [{ ruleId: 'no-contact-with-pupils' }] });
    await checkCompose(4, post('See you tomorrow', { surface: 'message', action: 'message', partner: { name: 'Grace Patel' } }), MONDAY);
    expect(await view(4)).toMatchObject({ reasonRequired: false, findings: [{ ruleId: 'avoid-contact-with-parents', severity: 'warn' }] });
    expect(await checkCompose(5, post('See you tomorrow', { surface: 'message', action: 'message', partner: { name: 'Jordan Rivers' } }), MONDAY)).toEqual({ verdict: 'allow' });
  });

  it('warns on a photo (no image is looked at), and on a recommendation (a reference)', async () => {
    await checkCompose(6, post('Look at this', { photos: 1 }), MONDAY);
    expect((await view(6)).findings.map((f) => f.ruleId)).toEqual(['no-photos-of-pupils']);
    await checkCompose(7, post('A thoughtful, reliable colleague', { network: 'linkedin', action: 'recommendation', partner: { name: 'Jordan Rivers' } }), MONDAY);
    expect((await view(7)).findings.map((f) => f.ruleId)).toEqual(['no-references-online']);
  });

  it('says when a text was too long to check in full, rather than passing the rest', async () => {
    expect(await checkCompose(8, post('a '.repeat(50_001)), MONDAY)).toMatchObject({ verdict: 'hold' });
    expect(await view(8)).toMatchObject({ partlyChecked: true, findings: [] });
  });

  it('previews while typing without holding or logging anything, and keeps only kinds and titles for the hint', async () => {
    expect(await previewCompose(9, post('Ring me on 07700 900123'), MONDAY)).toEqual({ clean: false });
    expect(await composeHint(9)).toEqual({ kinds: ['contact-details'], titles: ['Keep your contact details private'], surface: 'post' });
    expect(await previewCompose(9, post('Ring me later'), MONDAY)).toEqual({ clean: true });
    expect(await composeHint(9)).toBeNull();
    expect(await newestHold(9)).toBeNull();
    expect(await readAudit()).toEqual([]);
  });
});
