import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeChalklineDbForTests, openChalklineDb } from '@/utils/storage/db';
import { buildRosterIndex } from '@/utils/roster/roster-index';
import { serialiseRosterIndex } from '@/utils/roster/serialise-index';
import { CHUNK_SIZE, loadRoster, loadRosterIndex, loadRosterMeta, removeRoster, replaceRoster, storeRosterIndex, withIds } from '@/utils/roster/store';
import type { RosterEntry } from '@/utils/roster/types';

const people = (n: number, surname: string): RosterEntry[] =>
  Array.from({ length: n }, (_, i) => ({ id: i, firstName: `Pupil${i}`, lastName: surname, role: 'pupil', handles: [] }));
const save = (entries: RosterEntry[], name = 'roster.csv') =>
  replaceRoster({ entries, problems: [], notes: [], rowCount: entries.length, source: { kind: 'file', name } });
const indexOf = (entries: RosterEntry[]) => serialiseRosterIndex(buildRosterIndex(withIds(entries)));
const saveIndexed = (entries: RosterEntry[]) =>
  replaceRoster({ entries, problems: [], notes: [], rowCount: entries.length, source: { kind: 'file', name: 'roster.csv' }, index: indexOf(entries) });
const storedGenerations = async () => (await (await openChalklineDb()).getAllKeys('rosterIndex')).sort();

beforeEach(async () => {
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
});

describe('roster store', () => {
  it('stores a roster in chunks and reads it back whole, with ids as positions', async () => {
    const meta = await save(people(CHUNK_SIZE * 2 + 7, 'Smith'));
    expect(meta.chunkCount).toBe(3);
    expect(meta.counts.pupil).toBe(CHUNK_SIZE * 2 + 7);
    const loaded = await loadRoster();
    expect(loaded!.entries).toHaveLength(CHUNK_SIZE * 2 + 7);
    expect(loaded!.entries.every((e, i) => e.id === i)).toBe(true);
  });

  it('replaces the old roster completely, leaving no chunks of it behind', async () => {
    await save(people(CHUNK_SIZE * 3, 'Old'));
    await save(people(10, 'New'), 'new.csv');
    const loaded = await loadRoster();
    expect(loaded!.meta.source).toEqual({ kind: 'file', name: 'new.csv' });
    expect(loaded!.entries.map((e) => e.lastName)).toEqual(Array(10).fill('New'));
    const db = await (await import('@/utils/storage/db')).openChalklineDb();
    expect(await db.count('rosterChunks')).toBe(1);
  });

  it('is atomic: an import that fails part-way leaves the previous roster exactly as it was', async () => {
    await save(people(50, 'Before'));
    const broken = people(CHUNK_SIZE * 2, 'After');
    // A value that cannot be written, in the second chunk: the first chunk is already queued when it
    // fails, as it would be if the worker were stopped mid-write. The transaction must abort.
    (broken[CHUNK_SIZE + 3] as unknown as { bad: bigint }).bad = 1n;
    await expect(save(broken)).rejects.toThrow();
    const loaded = await loadRoster();
    expect(loaded!.entries).toHaveLength(50);
    expect(new Set(loaded!.entries.map((e) => e.lastName))).toEqual(new Set(['Before']));
    expect((await loadRosterMeta())!.generation).toBe(1);
  });

  it('removes the roster and its summary together', async () => {
    await save(people(3, 'Gone'));
    await removeRoster();
    expect(await loadRoster()).toBeNull();
    expect(await loadRosterMeta()).toBeNull();
  });

  it('keeps the first 200 problems and counts them all', async () => {
    const problems = Array.from({ length: 450 }, (_, i) => ({ row: i + 2, column: 'role', reason: 'bad' }));
    const meta = await replaceRoster({ entries: people(1, 'X'), problems, notes: [], rowCount: 451, source: { kind: 'url', url: 'https://s.example/r.csv' } });
    expect(meta.problems).toHaveLength(200);
    expect(meta.problemCount).toBe(450);
  });

  it('stores the index with the roster, under its generation, and drops the previous one', async () => {
    await saveIndexed(people(3, 'Old'));
    const meta = await saveIndexed(people(2, 'New'));
    expect(await storedGenerations()).toEqual([meta.generation]);
    const stored = await loadRosterIndex();
    expect(stored!.meta.generation).toBe(meta.generation);
    expect(stored!.index).toMatchObject({ entryCount: 2 });
  });

  it('imported without an index, keeps none of the previous roster', async () => {
    await saveIndexed(people(3, 'Old'));
    await save(people(2, 'New'));
    expect(await storedGenerations()).toEqual([]);
    expect((await loadRosterIndex())!.index).toBeNull();
  });

  it('refuses an index built from other entries', async () => {
    await expect(replaceRoster({ entries: people(2, 'X'), problems: [], notes: [], rowCount: 2, source: { kind: 'file', name: 'x.csv' }, index: indexOf(people(3, 'X')) })).rejects.toThrow(/other entries/);
    expect(await loadRosterMeta()).toBeNull();
  });

  it('keeps the previous index when an import fails part-way', async () => {
    const before = await saveIndexed(people(5, 'Before'));
    const broken = people(CHUNK_SIZE + 10, 'After');
    (broken[CHUNK_SIZE + 3] as unknown as { bad: bigint }).bad = 1n;
    await expect(saveIndexed(broken)).rejects.toThrow();
    expect(await storedGenerations()).toEqual([before.generation]);
    expect((await loadRosterIndex())!.index).toMatchObject({ entryCount: 5 });
  });

  it('stores a rebuilt index only for the roster still in force', async () => {
    const first = await save(people(3, 'First'));
    await save(people(4, 'Second'));
    expect(await storeRosterIndex(first.generation, indexOf(people(3, 'First')))).toBe(false);
    expect(await storedGenerations()).toEqual([]);
    expect(await storeRosterIndex(first.generation + 1, indexOf(people(4, 'Second')))).toBe(true);
    expect(await storedGenerations()).toEqual([first.generation + 1]);
  });

  it('removes the index with the roster', async () => {
    await saveIndexed(people(3, 'Gone'));
    await removeRoster();
    expect(await storedGenerations()).toEqual([]);
    expect(await loadRosterIndex()).toBeNull();
  });
});
