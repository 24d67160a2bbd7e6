import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { buildPack, checkQuote, packIdFor, policySnippet, readState, startFrom } from '@/rules/editor';
import { readPackFile } from '@/rules/file';
import { shownCitations, policyWords } from '@/rules/select';

const MODEL = choosePack('model').pack;
const POLICY = `4. Social media
4.2 Staff must never befriend,
follow or message a pupil on a personal account.`;

describe('the pack editor', () => {
  it('names the pack after the school, never after a pack Chalkline ships', () => {
    expect(packIdFor('  Oakfield Primary  School ')).toBe('oakfield-primary-school-policy');
    expect(packIdFor('École St-Émilie')).toBe('ecole-st-emilie-policy');
    expect(packIdFor('!!!')).toBe('school-policy');
    for (const p of BUILT_IN_PACKS) expect(packIdFor(p.id)).not.toBe(p.id);
  });

  it('checks a quote word for word against the pasted policy, line breaks aside', () => {
    expect(checkQuote('Staff must never befriend, follow or message a pupil', POLICY)).toBe('found');
    expect(checkQuote('Staff must never befriend a pupil', POLICY)).toBe('not-found');
    expect(checkQuote('anything', '  ')).toBe('no-policy');
    expect(checkQuote(' ', POLICY)).toBe('empty');
  });

  it('builds a pack that imports as a file would: rules off left out, severity and own clause kept', () => {
    const state = startFrom(MODEL, 'Oakfield Primary School');
    state.policyText = POLICY;
    state.rules[1]!.on = false;
    state.rules[0]!.severity = 'warn';
    state.rules[0]!.clause = '4.2';
    state.rules[0]!.quote = 'Staff must never befriend,\nfollow or message a pupil on a personal account.';
    const built = buildPack(MODEL, state);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(readPackFile(built.text)).toEqual({ ok: true, pack: built.pack });
    expect(built.pack.id).toBe('oakfield-primary-school-policy');
    expect(built.pack.rules).toHaveLength(MODEL.rules.length - 1);
    expect(built.pack.rules.map((r) => r.id)).not.toContain(MODEL.rules[1]!.id);
    const first = built.pack.rules[0]!;
    expect(first.severity).toBe('warn');
    expect(first.citations).toEqual([{ clause: '4.2', quote: 'Staff must never befriend, follow or message a pupil on a personal account.' }]);
    // Staff see the school's own clause, named for the school.
    const shown = shownCitations(built.pack, first, [...BUILT_IN_PACKS, built.pack]);
    expect(policyWords(shown).lead).toEqual({ clause: '4.2', quote: first.citations[0]!.quote, school: 'Oakfield Primary School' });
    // A rule with no words of its own keeps where it was drawn from, never posing as this school's.
    const second = built.pack.rules[1]!;
    const drawn = shownCitations(built.pack, second, [...BUILT_IN_PACKS, built.pack]);
    expect(drawn.every((c) => c.from && c.from !== 'Oakfield Primary School')).toBe(true);
  });

  it("keeps a seed school's words as drawn from that school's policy", () => {
    const alderley = choosePack('alderley-edge-primary').pack;
    const built = buildPack(alderley, startFrom(alderley, 'Oakfield Primary School'));
    if (!built.ok) throw new Error('not built');
    expect(built.pack.rules[0]!.citations.every((c) => c.source === 'alderley-edge-primary')).toBe(true);
  });

  it('refuses, saying why: no name, nothing on, a quote not in the policy', () => {
    const state = startFrom(MODEL);
    state.rules.forEach((r) => (r.on = false));
    state.rules[2]!.on = true;
    state.rules[2]!.quote = 'Words the policy does not have';
    state.policyText = POLICY;
    const built = buildPack(MODEL, state);
    expect(built.ok ? [] : built.problems.map((p) => p.path)).toEqual(['schoolName', 'rules[2].quote']);
    state.rules[2]!.on = false;
    const none = buildPack(MODEL, { ...state, schoolName: 'Oakfield' });
    expect(none.ok ? [] : none.problems.map((p) => p.path)).toEqual(['rules']);
  });

  it('gives the policy to deploy it, for a policy file and for Google Admin', () => {
    const built = buildPack(MODEL, startFrom(MODEL, 'Oakfield Primary School'));
    if (!built.ok) throw new Error('not built');
    const file = JSON.parse(policySnippet(built.pack, built.text, 'file')) as { policyPack: string; schoolPack: string };
    expect(file.policyPack).toBe(built.pack.id);
    expect(readPackFile(file.schoolPack).ok).toBe(true);
    const admin = JSON.parse(policySnippet(built.pack, built.text, 'google-admin')) as Record<string, { Value: string }>;
    expect(admin.policyPack!.Value).toBe(built.pack.id);
  });

  it('reads back a saved state, and nothing that is not one', () => {
    const state = startFrom(MODEL, 'Oakfield');
    expect(readState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(readState(null)).toBeNull();
    expect(readState({ baseId: 'model' })).toBeNull();
    fc.assert(fc.property(fc.anything(), (junk) => {
      const read = readState(junk);
      expect(read === null || Array.isArray(read.rules)).toBe(true);
    }));
  });
});
