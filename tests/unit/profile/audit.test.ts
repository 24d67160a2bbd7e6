import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProfileAuditor, MAX_FIELD_LENGTH } from '@/utils/profile/audit';

const oakfield = compileProfileAuditor({ schoolName: 'Oakfield Primary School', schoolAliases: ['OPS'], schoolWebsite: 'https://www.oakfield.sch.uk' });

describe('own-profile audit', () => {
  it('finds the school by name, alias, hashtag and website, and the job in a bio', () => {
    const found = oakfield.audit([
      { field: 'bio', text: 'Year 4 teacher at Oakfield Primary 🍎 Views my own. #OakfieldPrimary' },
      { field: 'website', text: 'oakfield.sch.uk/staff' },
      { field: 'name', text: 'Alex Morgan' },
    ]);
    expect(found.map((f) => [f.field, f.what, f.text])).toEqual([
      ['bio', 'name', 'Year 4 teacher at Oakfield Primary'],
      ['bio', 'name', '#OakfieldPrimary'],
      ['website', 'website', 'oakfield.sch.uk'],
    ]);
  });

  it('a bare "teacher" counts in a headline or job field, not in a bio (a yoga teacher is not at school)', () => {
    expect(oakfield.audit([{ field: 'headline', text: 'Teacher' }]).map((f) => f.what)).toEqual(['profession']);
    // One stretch of words is shown once, however many phrases it holds.
    expect(oakfield.audit([{ field: 'headline', text: 'Class Teacher at Oakfield Primary School | Reading lead' }]).map((f) => [f.what, f.text])).toEqual([
      ['name', 'Class Teacher at Oakfield Primary School'],
    ]);
    expect(oakfield.audit([{ field: 'bio', text: 'Yoga teacher, runner, tea drinker' }])).toEqual([]);
    expect(oakfield.audit([{ field: 'work', text: 'SENCo' }, { field: 'bio', text: 'Head of Year 9' }]).map((f) => [f.field, f.text])).toEqual([
      ['work', 'SENCo'],
      ['bio', 'Head of Year'],
    ]);
  });

  it('a home phone number or postcode in a profile is found; another school or nothing to do with school is not', () => {
    expect(oakfield.audit([{ field: 'bio', text: 'Call me on 07700 900123' }]).map((f) => f.what)).toEqual(['phone']);
    expect(oakfield.audit([{ field: 'bio', text: 'Gardener and cyclist. Oakfield Road allotments.' }, { field: 'work', text: 'Riverside Garden Centre' }])).toEqual([]);
  });

  it('reads a field only up to its limit, so a page cannot slow the check with a huge field', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => oakfield.audit([{ field: 'bio', text }])).not.toThrow();
      }),
    );
    const padding = 'x '.repeat(MAX_FIELD_LENGTH);
    expect(oakfield.audit([{ field: 'bio', text: `${padding} Oakfield Primary` }])).toEqual([]);
    expect(oakfield.audit([{ field: 'bio', text: `Oakfield Primary ${padding}` }])).toHaveLength(1);
  });
});
