import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRosterNames } from '@/utils/detect/roster-name';
import { matchPerson } from '@/utils/roster/match-person';
import { buildRosterIndex } from '@/utils/roster/roster-index';
import { scanText } from '@/utils/roster/scan-text';
import { loadSerialisedIndex, ROSTER_INDEX_FORMAT, serialisedIndexProblem, serialiseRosterIndex, type SerialisedRosterIndex } from '@/utils/roster/serialise-index';
import type { RosterEntry } from '@/utils/roster/types';

const TODAY = '2026-11-21';
const withIds = (entries: RosterEntry[]) => entries.map((e, id) => ({ ...e, id }));
// Small pools, so random rosters share surnames and given names, and random queries hit them.
const GIVEN = ['Eleanor', 'Ellie', 'Nell', 'Thomas', 'Tom', 'Amy', 'Mary-Jane', 'Mary Jane', 'Zoë', 'Siobhán', 'Li', 'Oluwaseun', 'Alexandra'];
const SURNAMES = ['Smith', 'Smith-Jones', 'Jones', 'Van der Berg', "O'Connor", 'Nguyen', 'Li', 'Fletcher', 'Fletchers', 'Lancaster', 'Adebayo', 'Smithson'];
const HANDLES = ['ellie.smith09', 'tj_jones', 'aoifeoconnorxx', 'nell_', 'li.li'];
const FILLER = ['the', 'trip', 'and', 'Year', '9', 'with', 'Mr', ',', '.', '@'];

const entry = fc.record(
  {
    firstName: fc.constantFrom(...GIVEN),
    lastName: fc.constantFrom(...SURNAMES),
    preferredName: fc.constantFrom(...GIVEN),
    preferredLastName: fc.constantFrom(...SURNAMES),
    role: fc.constantFrom('pupil', 'former_pupil', 'parent', 'staff') as fc.Arbitrary<RosterEntry['role']>,
    yearGroup: fc.constantFrom('Year 9', 'Reception'),
    turns19On: fc.constantFrom('2025-01-01', '2027-06-30'),
    handles: fc.uniqueArray(fc.constantFrom(...HANDLES), { maxLength: 2 }),
  },
  { requiredKeys: ['firstName', 'lastName', 'role', 'handles'] },
);
const roster = fc.array(entry.map((e) => ({ id: 0, ...e })), { maxLength: 40 }).map(withIds);
const word = fc.oneof(fc.constantFrom(...GIVEN, ...SURNAMES, ...FILLER, ...HANDLES), fc.constantFrom(...SURNAMES).map((s) => `${s.slice(0, -1)}x`));
const query = fc.record({ name: fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')), handle: fc.option(fc.constantFrom(...HANDLES, 'ellie.s', 'tomsmith2010'), { nil: undefined }) });
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '-', '.', ' @')), { maxLength: 30 }).map((ws) => ws.map(([w, gap]) => w + gap).join(''));

/** The index as a woken worker has it: serialised, copied as IndexedDB would, and loaded. */
const reloaded = (entries: RosterEntry[]) => loadSerialisedIndex(structuredClone(serialiseRosterIndex(buildRosterIndex(entries))), { entryCount: entries.length });

describe('serialised roster index', () => {
  it('matches exactly as a freshly built index does, for random rosters, names, handles and texts', () => {
    fc.assert(
      fc.property(roster, fc.array(query, { maxLength: 6 }), text, (entries, queries, free) => {
        const built = buildRosterIndex(entries);
        const loaded = reloaded(entries);
        for (const q of queries) expect(matchPerson(loaded, q, TODAY)).toEqual(matchPerson(built, q, TODAY));
        expect(scanText(loaded, free, TODAY)).toEqual(scanText(built, free, TODAY));
        expect(detectRosterNames(loaded, free, TODAY)).toEqual(detectRosterNames(built, free, TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it('gives back every entry as stored, and the tables in the order they were built', () => {
    fc.assert(
      fc.property(roster, (entries) => {
        const built = buildRosterIndex(entries);
        const loaded = reloaded(entries);
        expect(Array.from({ length: loaded.entryCount }, (_, id) => loaded.entry(id))).toEqual(entries);
        const table = (index: typeof built) => [...index.byFullName].map(([surname, bucket]) => [surname, [...bucket]]);
        expect(table(loaded)).toEqual(table(built));
        expect([...loaded.byHandle]).toEqual([...built.byHandle]);
        expect(new Set(loaded.surnameStarts)).toEqual(new Set(built.surnameStarts));
        expect(loaded.surnamesByLength).toEqual(built.surnamesByLength);
        expect(loaded.maxSurnameTokens).toBe(built.maxSurnameTokens);
      }),
    );
  });

  it('finds a given name only under its own surname', () => {
    const loaded = reloaded(withIds([{ id: 0, firstName: 'Ellie', lastName: 'Smith', role: 'pupil', handles: [] }, { id: 0, firstName: 'Tom', lastName: 'Jones', role: 'staff', handles: [] }]));
    expect(loaded.byFullName.get('smith')!.get('ellie')).toBe(0);
    expect(loaded.byFullName.get('jones')!.get('ellie')).toBeUndefined();
    expect(loaded.byFullName.get('smith')!.get('tom')).toBeUndefined();
    expect(loaded.byFullName.get('brown')).toBeUndefined();
  });

  it('is made of strings, typed arrays and numbers only, which IndexedDB copies whole', () => {
    const data = serialiseRosterIndex(buildRosterIndex(withIds([{ id: 0, firstName: 'Ellie', lastName: 'Smith', role: 'pupil', handles: ['ellie.s'] }])));
    const leaves = (v: unknown): unknown[] => (v && typeof v === 'object' && !ArrayBuffer.isView(v) ? Object.values(v).flatMap(leaves) : [v]);
    for (const leaf of leaves(data)) expect(typeof leaf === 'string' || typeof leaf === 'number' || leaf instanceof Uint32Array || leaf instanceof Int32Array).toBe(true);
  });
});

describe('a stored index that cannot be used', () => {
  const good = () => serialiseRosterIndex(buildRosterIndex(withIds([{ id: 0, firstName: 'Ellie', lastName: 'Smith-Jones', role: 'pupil', handles: ['ellie.s'] }])));
  const damaged: [string, (d: SerialisedRosterIndex) => unknown][] = [
    ['of another format', (d) => ({ ...d, format: ROSTER_INDEX_FORMAT + 1 })],
    ['of no format', (d) => ({ ...d, format: undefined })],
    ['not an object', () => 'index'],
    ['missing a table', (d) => ({ ...d, givens: undefined })],
    ['with a table of the wrong type', (d) => ({ ...d, hits: Array.from(d.hits) })],
    ['with hits cut short', (d) => ({ ...d, hits: d.hits.subarray(1) })],
    ['with people cut short', (d) => ({ ...d, people: { ...d.people, text: d.people.text.slice(1) } })],
    ['with a hash table of the wrong size', (d) => ({ ...d, surnames: { ...d.surnames, slots: new Int32Array(3) } })],
    ['with runs that do not add up', (d) => ({ ...d, givenStart: new Uint32Array([0, 0, 0]) })],
  ];
  it.each(damaged)('is refused when %s', (_, damage) => {
    const data = damage(good());
    expect(serialisedIndexProblem(data)).not.toBeNull();
    expect(() => loadSerialisedIndex(data)).toThrow(/not usable/);
  });

  it('is refused when it was built for a roster of another size', () => {
    expect(serialisedIndexProblem(good(), { entryCount: 1 })).toBeNull();
    expect(serialisedIndexProblem(good(), { entryCount: 2 })).toMatch(/entry count/);
  });

  it('is refused when another version of Chalkline built it (names may be keyed differently)', () => {
    const built = serialiseRosterIndex(buildRosterIndex([{ id: 0, firstName: 'Ellie', lastName: 'Smith', role: 'pupil', handles: [] }]), '1.4.0');
    expect(serialisedIndexProblem(built, { builtBy: '1.4.0' })).toBeNull();
    expect(serialisedIndexProblem(built, { builtBy: '1.5.0' })).toMatch(/version 1.4.0/);
  });
});
