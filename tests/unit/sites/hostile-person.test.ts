import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleFromHref, PERSON_LIMITS, personForCheck, safeDecode } from '@/utils/sites/adapter';
import { CONTENT_MESSAGES } from '@/utils/messaging/schemas';

describe('what a hostile page shows about a person', () => {
  it('a stray % in a profile link never throws: the handle is read as it stands', () => {
    expect(handleFromHref('/ellie.smith09%')).toBe('ellie.smith09%');
    expect(handleFromHref('/%E0%A4%A')).toBe('%E0%A4%A');
    expect(handleFromHref('/jordan%20rivers')).toBe('jordan rivers');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => safeDecode(s)).not.toThrow();
        expect(() => handleFromHref(`/${s}`)).not.toThrow();
      }),
    );
  });

  it('a 1,000-character bio or a 101-character handle is cut to what a check accepts, so the check is made (not refused)', () => {
    const person = { name: 'Ellie Smith'.repeat(40), handle: 'e'.repeat(101), bio: '🙂'.repeat(1200) };
    const cut = personForCheck(person);
    expect(cut.handle).toHaveLength(PERSON_LIMITS.handle);
    expect(cut.name!.length).toBeLessThanOrEqual(PERSON_LIMITS.name);
    expect(cut.bio!.length).toBeLessThanOrEqual(PERSON_LIMITS.bio);
    // No half of a surrogate pair is left at the end, even when the limit falls inside one.
    expect(cut.bio!.endsWith('🙂')).toBe(true);
    const odd = personForCheck({ bio: `x${'🙂'.repeat(600)}` }).bio!;
    expect(odd.length).toBe(PERSON_LIMITS.bio - 1);
    expect(odd.endsWith('🙂')).toBe(true);
    expect(CONTENT_MESSAGES.checkContact.safeParse({ network: 'x', action: 'follow', person: cut }).success).toBe(true);
    expect(CONTENT_MESSAGES.checkContact.safeParse({ network: 'x', action: 'follow', person }).success).toBe(false);
    expect(personForCheck(null)).toEqual({});
  });
});
