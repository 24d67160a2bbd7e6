import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenNameVariants, NAME_GROUPS, sameGivenName } from '@/utils/roster/diminutives';

/** [diminutive or variant, formal names it must link to]: the pairs the product owner named. */
const NAMED: [string, string[]][] = [
  ['ellie', ['eleanor', 'elena', 'gabriella', 'gabrielle']],
  ['alfie', ['alfred']],
  ['ollie', ['oliver']],
  ['harry', ['henry']],
  ['jack', ['john']],
  ['maisie', ['margaret']],
  ['bill', ['william']],
  ['will', ['william']],
  ['billy', ['william']],
  ['bob', ['robert']],
  ['rob', ['robert']],
  ['robbie', ['robert']],
  ['bobby', ['robert']],
  ['peggy', ['margaret']],
  ['maggie', ['margaret']],
  ['meg', ['margaret']],
  ['libby', ['elizabeth']],
  ['beth', ['elizabeth']],
  ['lizzie', ['elizabeth']],
  ['liz', ['elizabeth']],
  ['eliza', ['elizabeth']],
  ['bess', ['elizabeth']],
  ['kate', ['catherine', 'katherine', 'kathryn']],
  ['katie', ['catherine', 'katherine', 'kathryn']],
  ['kat', ['catherine', 'katherine', 'kathryn']],
  ['cathy', ['catherine', 'katherine', 'kathryn']],
  ['sasha', ['alexandra']],
  ['alex', ['alexandra', 'alexander']],
  ['lexi', ['alexandra']],
  ['izzy', ['isabella', 'isabelle', 'isabel', 'isobel']],
  ['bella', ['isabella', 'isabelle', 'isabel', 'isobel']],
  ['issy', ['isabella', 'isabelle', 'isabel', 'isobel']],
  ['millie', ['amelia', 'camilla', 'millicent']],
  ['lottie', ['charlotte']],
  ['charlie', ['charlotte', 'charles']],
  ['freddie', ['frederick', 'alfred']],
  ['fred', ['frederick', 'alfred']],
  ['teddy', ['edward', 'theodore']],
  ['ted', ['edward', 'theodore']],
  ['ned', ['edward']],
  ['theo', ['theodore']],
  ['tom', ['thomas']],
  ['tommy', ['thomas']],
  ['dan', ['daniel']],
  ['danny', ['daniel']],
  ['jim', ['james']],
  ['jimmy', ['james']],
  ['jamie', ['james']],
  ['kit', ['christopher']],
  ['nell', ['eleanor', 'helen', 'ellen']],
  ['nellie', ['eleanor', 'helen', 'ellen']],
  ['sam', ['samuel', 'samantha']],
  ['sammy', ['samuel', 'samantha']],
  ['jess', ['jessica']],
  ['jessie', ['jessica']],
  ['becky', ['rebecca']],
  ['becca', ['rebecca']],
  ['abbie', ['abigail']],
  ['abby', ['abigail']],
  ['evie', ['eve', 'evelyn', 'genevieve']],
  ['zac', ['zachary']],
  ['zack', ['zachary']],
  ['josh', ['joshua']],
  ['ben', ['benjamin']],
  ['benji', ['benjamin']],
  ['joe', ['joseph']],
  ['joey', ['joseph']],
  ['nick', ['nicholas']],
  ['nicky', ['nicholas']],
  ['chris', ['christopher', 'christine', 'christina']],
  ['mike', ['michael']],
  ['mick', ['michael']],
  ['mikey', ['michael']],
  ['matt', ['matthew']],
  ['steve', ['stephen', 'steven']],
  ['tony', ['anthony']],
  ['debbie', ['deborah']],
  ['deb', ['deborah']],
  ['sue', ['susan']],
  ['susie', ['susan']],
  ['patsy', ['patricia']],
  ['trish', ['patricia']],
  ['pat', ['patricia']],
  ['jenny', ['jennifer']],
  ['jen', ['jennifer']],
  ['vicky', ['victoria']],
  ['tori', ['victoria']],
  ['nat', ['natalie', 'nathan', 'nathaniel']],
  ['ella', ['eleanor', 'isabella', 'gabriella']],
  ['jon', ['jonathan', 'john']],
];

/** Spelling variants of one name: every two in a set are the same name. */
const SPELLINGS: string[][] = [
  ['isabel', 'isabelle', 'isobel', 'isabella'],
  ['sophie', 'sophia'],
  ['zoe', 'zoey'],
  ['katie', 'katy', 'katey'],
  ['ellie', 'elly'],
  ['freddie', 'freddy'],
  ['alfie', 'alfy'],
  ['ollie', 'olly'],
  ['stephen', 'steven'],
  ['catherine', 'katherine', 'kathryn'],
  ['muhammad', 'mohammed', 'mohammad', 'muhammed'],
  ['gabriella', 'gabrielle'],
];

/** Names that must stay apart. */
const DIFFERENT: [string, string][] = [
  ['emily', 'emma'],
  ['jack', 'jake'],
  ['harvey', 'harry'],
  ['ella', 'ellie'],
  ['jonathan', 'john'],
  ['eleanor', 'elizabeth'],
  ['charles', 'charlotte'],
  ['samuel', 'samantha'],
  ['nathan', 'natalie'],
  ['frederick', 'alfred'],
  ['edward', 'theodore'],
  ['christopher', 'christine'],
  ['eleanor', 'helen'],
  ['eleanor', 'isabella'],
  // Diminutives of one formal name that are different names in their own right.
  ['alfie', 'freddie'],
  ['theo', 'teddy'],
  ['lottie', 'charlie'],
  ['izzy', 'bella'],
  ['libby', 'elsie'],
  ['liam', 'bill'],
];

const ALL_NAMES = [...new Set(NAME_GROUPS.flat())].sort();

describe('NAME_GROUPS', () => {
  it('has at least 250 groups', () => {
    expect(NAME_GROUPS.length).toBeGreaterThanOrEqual(250);
  });

  it('every group has at least two names, none repeated, all lower-case ASCII', () => {
    for (const group of NAME_GROUPS) {
      expect(group.length, group.join(',')).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size, group.join(',')).toBe(group.length);
      for (const name of group) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('has no two identical groups', () => {
    const seen = new Map<string, string>();
    for (const group of NAME_GROUPS) {
      const key = [...group].sort().join(',');
      expect(seen.get(key), `${group.join(',')} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, group.join(','));
    }
  });

  it('covers the common names of pupils born 2008–2022 and of their parents and teachers', () => {
    const common = [
      'oliver', 'jack', 'harry', 'alfie', 'charlie', 'thomas', 'george', 'oscar', 'james', 'william', 'leo',
      'freddie', 'archie', 'henry', 'theodore', 'theo', 'arthur', 'muhammad', 'isla', 'olivia', 'amelia',
      'emily', 'isabella', 'isabelle', 'isobel', 'ella', 'lily', 'evie', 'sophie', 'sophia', 'grace',
      'freya', 'charlotte', 'millie', 'maisie', 'florence', 'matilda', 'elsie', 'rosie', 'elizabeth',
      'margaret', 'catherine', 'katherine', 'kathryn', 'rebecca', 'jennifer', 'deborah', 'susan', 'patricia',
      'christopher', 'matthew', 'michael', 'stephen', 'steven', 'robert', 'richard', 'anthony', 'nicholas',
      'jonathan', 'daniel', 'benjamin', 'samuel', 'joseph', 'edward', 'frederick', 'alexander', 'alexandra',
      'victoria', 'jessica', 'samantha', 'natalie', 'abigail', 'eleanor', 'helen',
    ];
    const known = new Set(ALL_NAMES);
    expect(common.filter((n) => !known.has(n))).toEqual([]);
  });
});

describe('givenNameVariants and sameGivenName', () => {
  it.each(NAMED)('%s is the same name as %j, both ways', (short, formals) => {
    for (const formal of formals) {
      expect(sameGivenName(short, formal), `${short} ~ ${formal}`).toBe(true);
      expect(sameGivenName(formal, short), `${formal} ~ ${short}`).toBe(true);
      expect(givenNameVariants(short)).toContain(formal);
      expect(givenNameVariants(formal)).toContain(short);
    }
  });

  it.each(SPELLINGS)('spelling variants %s… are the same name', (...names) => {
    for (const a of names) for (const b of names) expect(sameGivenName(a, b), `${a} ~ ${b}`).toBe(true);
  });

  it.each(DIFFERENT)('%s and %s are different names', (a, b) => {
    expect(sameGivenName(a, b)).toBe(false);
    expect(sameGivenName(b, a)).toBe(false);
    expect(givenNameVariants(a)).not.toContain(b);
    expect(givenNameVariants(b)).not.toContain(a);
  });

  it('is not transitive: a shared diminutive does not join two formal names', () => {
    expect(sameGivenName('charlie', 'charles')).toBe(true);
    expect(sameGivenName('charlie', 'charlotte')).toBe(true);
    expect(sameGivenName('charles', 'charlotte')).toBe(false);
    expect(sameGivenName('ellie', 'eleanor')).toBe(true);
    expect(sameGivenName('ella', 'eleanor')).toBe(true);
    expect(sameGivenName('ella', 'ellie')).toBe(false);
    expect(sameGivenName('eleanor', 'elizabeth')).toBe(false);
    expect(sameGivenName('jon', 'john')).toBe(true);
    expect(sameGivenName('jon', 'jonathan')).toBe(true);
    expect(sameGivenName('john', 'jonathan')).toBe(false);
  });

  it('returns the union of every group a name is in, itself first and without repeats', () => {
    const charlie = givenNameVariants('charlie');
    expect(charlie[0]).toBe('charlie');
    expect(charlie).toEqual(expect.arrayContaining(['charles', 'chas', 'charlotte', 'charli']));
    expect(charlie).not.toContain('lottie');
    expect(new Set(charlie).size).toBe(charlie.length);
    const eleanor = givenNameVariants('eleanor');
    expect(eleanor).toEqual(expect.arrayContaining(['elinor', 'ellie', 'elly', 'ella', 'nell', 'nellie', 'nora']));
    expect(eleanor).not.toContain('elizabeth');
  });

  it('returns [name] for a name it does not know', () => {
    expect(givenNameVariants('zebedee')).toEqual(['zebedee']);
    expect(givenNameVariants('')).toEqual(['']);
    expect(sameGivenName('zebedee', 'zebedee')).toBe(true);
    expect(sameGivenName('zebedee', 'oliver')).toBe(false);
  });

  it('leaves the table read-only', () => {
    expect(Object.isFrozen(NAME_GROUPS)).toBe(true);
    expect(Object.isFrozen(NAME_GROUPS[0])).toBe(true);
    expect(Object.isFrozen(givenNameVariants('ellie'))).toBe(true);
  });

  it('agrees with the groups: two names are the same exactly when they share a group', () => {
    const shares = (a: string, b: string) => NAME_GROUPS.some((g) => g.includes(a) && g.includes(b));
    const name = fc.constantFrom(...ALL_NAMES);
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sameGivenName(a, b)).toBe(a === b || shares(a, b));
        expect(givenNameVariants(a).includes(b)).toBe(sameGivenName(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('is reflexive and symmetric (property)', () => {
    const name = fc.oneof(fc.constantFrom(...ALL_NAMES), fc.stringMatching(/^[a-z]{1,8}$/));
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(sameGivenName(a, a)).toBe(true);
        expect(givenNameVariants(a)).toContain(a);
        expect(sameGivenName(a, b)).toBe(sameGivenName(b, a));
      }),
      { numRuns: 500 },
    );
  });
});
