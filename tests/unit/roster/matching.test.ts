import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likelyPupilEvidence } from '@/utils/roster/likely-pupil';
import { matchPerson, MATCH_THRESHOLD } from '@/utils/roster/match-person';
import { nameTokens, normaliseHandle, normaliseName, tokeniseText } from '@/utils/roster/normalise';
import { buildRosterIndex } from '@/utils/roster/roster-index';
import { scanText } from '@/utils/roster/scan-text';
import type { RosterEntry } from '@/utils/roster/types';

const TODAY = '2026-11-21';
let nextId = 0;
const person = (p: Partial<RosterEntry> & Pick<RosterEntry, 'firstName' | 'lastName' | 'role'>): RosterEntry => ({ id: nextId++, handles: [], ...p });
const ROSTER: RosterEntry[] = [
  person({ firstName: 'Eleanor', lastName: 'Smith', preferredName: 'Ellie', role: 'pupil', yearGroup: 'Year 9', handles: ['ellie.s09'] }),
  person({ firstName: 'Zoë', lastName: 'Müller', role: 'pupil', yearGroup: 'Year 11' }),
  person({ firstName: 'Siobhán', lastName: "O'Brien", role: 'pupil', yearGroup: 'Year 10' }),
  person({ firstName: 'Amy', lastName: 'Smith-Jones', role: 'pupil', yearGroup: 'Year 8' }),
  person({ firstName: 'Liam', lastName: 'Patel', role: 'former_pupil', turns19On: '2028-07-01' }),
  person({ firstName: 'Grace', lastName: 'Okafor', role: 'former_pupil', turns19On: '2024-01-01' }),
  person({ firstName: 'Raj', lastName: 'Patel', role: 'parent' }),
  person({ firstName: 'Daniel', lastName: 'Wright', role: 'staff' }),
  person({ firstName: 'Bartłomiej', lastName: 'Kowalski', role: 'pupil', yearGroup: 'Year 7' }),
  person({ firstName: 'Mariana', lastName: 'De Souza', role: 'parent' }),
];
const index = buildRosterIndex(ROSTER);
const best = (q: Parameters<typeof matchPerson>[1]) => {
  const v = matchPerson(index, q, TODAY);
  const top = v.matches[0];
  return top && top.confidence >= MATCH_THRESHOLD ? `${ROSTER[top.entryId]!.firstName} ${ROSTER[top.entryId]!.lastName}` : v.likelyPupil ? 'likely pupil' : 'none';
};

describe('normalisation', () => {
  it('folds case, diacritics, apostrophes, punctuation and emoji', () => {
    expect(normaliseName('  Zoë  O’Brien-Smith 🌸 ')).toBe('zoe obrien smith');
    expect(normaliseName('Bartłomiej ŁUKASZ')).toBe('bartlomiej lukasz');
    expect(nameTokens('SMITH, Ellie ✨')).toEqual(['smith', 'ellie']);
  });
  it('normalises handles written as @handle or profile addresses', () => {
    expect(normaliseHandle('@Ellie.S09')).toBe('ellie.s09');
    expect(normaliseHandle('https://www.instagram.com/ellie.s09/')).toBe('ellie.s09');
    expect(normaliseHandle('https://www.tiktok.com/@ellie.s09?lang=en')).toBe('ellie.s09');
  });
  it('reads Cyrillic or Greek lookalike letters inside a Latin word as Latin, and leaves other scripts alone', () => {
    expect(normaliseName('Lаyla Нassan')).toBe('layla hassan'); // Cyrillic а and Н
    expect(normaliseName('Наталья Иванова')).toBe('наталья иванова');
  });
  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normaliseName(normaliseName(s)) === normaliseName(s)));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normaliseHandle(normaliseHandle(s)) === normaliseHandle(s)));
  });
  it('tokenises with offsets into the original text, dropping possessives', () => {
    const text = 'Well done, Siobhán O’Brien’s team!';
    const tokens = tokeniseText(text);
    expect(tokens.map((t) => t.norm)).toEqual(['well', 'done', 'siobhan', 'obrien', 'team']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Well', 'done', 'Siobhán', 'O’Brien', 'team']);
  });
  it('finds the same words as the slow path for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const t of tokeniseText(s)) expect(t.norm).toBe(normaliseName(s.slice(t.start, t.end).replace(/['’]s$/i, '')).replace(/ /g, ''));
      }),
    );
  });
});

describe('matchPerson', () => {
  it.each([
    ['Eleanor Smith', 'Eleanor Smith'],
    ['Ellie Smith', 'Eleanor Smith'],
    ['SMITH, Ellie ✨', 'Eleanor Smith'],
    ['Ellie Jane Smith', 'Eleanor Smith'],
    ['Nell Smith', 'Eleanor Smith'],
    ['Zoe Muller', 'Zoë Müller'],
    ['Siobhan OBrien', "Siobhán O'Brien"],
    ['Amy Smith Jones', 'Amy Smith-Jones'],
    ['Bartlomiej Kowalsky', 'Bartłomiej Kowalski'],
    ['Mariana de Souza', 'Mariana De Souza'],
    ['Liam Patel', 'Liam Patel'],
  ])('%s is %s', (name, who) => expect(best({ name })).toBe(who));

  it.each([
    ['Emma Smith'],
    ['Ellie Smyth-Jonas'],
    ['Ms Patel'],
    ['Ellie'],
    ['Grace Okafor'], // former pupil who is 19 now
    ['Smith & Sons Plumbing'],
  ])('%s matches nobody', (name) => expect(best({ name })).toBe('none'));

  it('matches a roster handle whatever the display name', () => {
    expect(best({ name: 'bubbles 🫧', handle: '@ellie.s09' })).toBe('Eleanor Smith');
  });
  it('reads names spelt inside handles', () => {
    expect(best({ name: '', handle: 'zoe_muller_2010' })).toBe('Zoë Müller');
    expect(best({ name: 'B', handle: 'kowalski.bartlomiej' })).toBe('Bartłomiej Kowalski');
  });
  it('reads a run-together handle with a short decoration after it', () => {
    expect(best({ name: 'z ☘️', handle: 'zoemullerxx' })).toBe('Zoë Müller');
  });
  it('says a non-roster profile looks like a pupil, but never an adult with school words', () => {
    expect(best({ name: 'Jess Unknown', bio: 'Y10 | netball' })).toBe('likely pupil');
    expect(best({ name: 'Jess Unknown', bio: 'Year 10 teacher, mum of two' })).toBe('none');
  });
  it('reordering the words of a matching name never loses the match (property)', () => {
    const names = ['Ellie Smith', 'Zoe Muller', 'Liam Patel', 'Raj Patel', 'Daniel Wright'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.constantFrom('', ',', ' ✨'), (name, reverse, decoration) => {
        const [first, last] = name.split(' ');
        const shown = reverse ? `${last}${decoration} ${first}` : `${first} ${last}${decoration}`;
        expect(best({ name: shown })).not.toBe('none');
      }),
    );
  });
});

describe('scanText', () => {
  const roles = (text: string) => scanText(index, text, TODAY).map((m) => `${m.role}@${text.slice(m.start, m.end)}`);
  it('finds full names, variants, possessives and handles with their places', () => {
    expect(roles('Huge well done to Ellie Smith and zoe muller!')).toEqual(['pupil@Ellie Smith', 'pupil@zoe muller']);
    expect(roles('Siobhán O’Brien’s dance show')).toEqual(['pupil@Siobhán O’Brien']);
    expect(roles('shout out @ellie.s09 🎉')).toEqual(['pupil@@ellie.s09']);
    expect(roles('Register: SMITH-JONES, Amy')).toEqual(['pupil@SMITH-JONES, Amy']);
  });
  it('leaves first names alone, names split by a full stop, and former pupils over 19', () => {
    expect(roles('Ellie was brilliant today')).toEqual([]);
    expect(roles('Well done Ellie. Smith Street is closed')).toEqual([]);
    expect(roles('Grace Okafor came back to visit')).toEqual([]);
  });
  it('finds staff too (the compose guard decides which roles matter)', () => {
    expect(roles('Thanks Daniel Wright')).toEqual(['staff@Daniel Wright']);
  });
  it('finds a name placed anywhere in text of any other words (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('the', 'match', 'was', 'great', 'and', 'then', '🎉', 'well'), { maxLength: 30 }), fc.nat(30), (words, at) => {
        const text = [...words.slice(0, at), 'Raj Patel', ...words.slice(at)].join(' ');
        const found = scanText(index, text, TODAY);
        expect(found.map((m) => text.slice(m.start, m.end))).toContain('Raj Patel');
      }),
    );
  });
});

describe('likely pupil', () => {
  it.each(['L6 • netball', 'U6 | A levels: maths', '9th grade', 'S4 pupil @ Portobello High', 'Year 10', 'Y11 • footy', 'yr 8', 'Class of 2029', "class of '28", 'Leeds ’30', 'sixth form', 'GCSEs next year 😩'])('%s looks like a pupil', (bio) =>
    expect(likelyPupilEvidence(bio, TODAY)).not.toBeNull(),
  );
  it.each(['Year 10 teacher', 'Head of Sixth Form', 'Class of 1998', 'proud mum of a Year 9', "Class of '05", 'TA in Year 3', 'ta very much', 'Grade 8 piano', 'Samsung S4 fan'])('%s does not', (bio) =>
    expect(likelyPupilEvidence(bio, TODAY)).toBeNull(),
  );
});
