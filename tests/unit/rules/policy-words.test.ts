import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '@/rules';
import { policyWords, shownCitations } from '@/rules/select';

const pack = (id: string) => BUILT_IN_PACKS.find((p) => p.id === id)!;

describe('whose policy a quote is', () => {
  it('the model pack quotes no school as if it were this one: its clauses are provenance, named by school', () => {
    const model = pack('model');
    for (const rule of model.rules) {
      const shown = shownCitations(model, rule, BUILT_IN_PACKS);
      expect(shown.every((c) => c.from && !c.school)).toBe(true);
      const words = policyWords(shown);
      expect(words.lead).toBeNull();
      expect(words.model).toBe(shown.length > 0);
    }
  });

  it("a school's own pack leads with its own clause, under its own name", () => {
    const secondary = pack('secondary-school');
    const rule = secondary.rules.find((r) => r.citations.length > 0)!;
    const words = policyWords(shownCitations(secondary, rule, BUILT_IN_PACKS));
    expect(words.lead).toMatchObject({ school: 'Secondary School', clause: rule.citations[0]!.clause });
    expect(words.model).toBe(false);
    expect(words.more).toHaveLength(rule.citations.length - 1);
  });

  it('puts the pack’s own clauses before any drawn from elsewhere', () => {
    const words = policyWords([
      { clause: '1', quote: 'a', from: 'Elsewhere' },
      { clause: '2', quote: 'b', school: 'Oak Hill' },
      { clause: '3', quote: 'c', school: 'Oak Hill' },
    ]);
    expect(words.lead?.clause).toBe('2');
    expect(words.more.map((c) => c.clause)).toEqual(['3', '1']);
    expect(words.model).toBe(false);
  });
});
