import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '@/rules';
import { reviewRules } from '@/rules/review';

describe('the pack clauses behind the privacy review', () => {
  it('every built-in pack has a privacy-review clause to quote, and the profile and contact rules land on their items', () => {
    for (const pack of BUILT_IN_PACKS) {
      const { review, byItem } = reviewRules(pack);
      expect(review.length, pack.id).toBeGreaterThan(0);
      for (const rule of byItem['profile-school'] ?? []) expect(rule.contexts).toContain('profile');
      for (const rule of byItem['no-pupils-parents'] ?? []) expect(rule.contexts).toContain('contact');
    }
    const alderley = reviewRules(BUILT_IN_PACKS.find((p) => p.id === 'alderley-edge-primary')!);
    expect(alderley.byItem['profile-school']?.map((r) => r.id)).toEqual(['profile-without-school-name']);
    const secondary = reviewRules(BUILT_IN_PACKS.find((p) => p.id === 'secondary-school')!);
    expect(secondary.byItem['no-pupils-parents']?.length).toBeGreaterThan(0);
  });

  it('a contact rule about colleagues only is not quoted under "no pupils or parents"', () => {
    const pack = structuredClone(BUILT_IN_PACKS[0]!);
    pack.rules = [{ ...pack.rules[0]!, id: 'colleagues', contexts: ['contact'], conditions: { when: 'always', roles: ['staff'] } }];
    expect(reviewRules(pack).byItem['no-pupils-parents']).toBeUndefined();
  });
});
