import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/config/schema';
import { buildRosterIndex } from '@/utils/roster/roster-index';
import { ROSTER_INDEX_FORMAT, serialisedIndexProblem, serialiseRosterIndex } from '@/utils/roster/serialise-index';
import { withIds } from '@/utils/roster/store';
import { closeChalklineDbForTests, openChalklineDb } from '@/utils/storage/db';

const CSV = 'first_name,last_name,preferred_name,role\nEleanor,Smith,Ellie,pupil\nRaj,Patel,,parent\n';
const bytes = (text: string) => new TextEncoder().encode(text);

/** The roster service as a newly woken worker has it: nothing in memory, only IndexedDB. */
async function wake() {
  vi.resetModules();
  return import('@/utils/background/roster-service');
}
const names = async (service: Awaited<ReturnType<typeof wake>>, name: string) =>
  (await service.checkName({ name }, DEFAULT_SETTINGS)).matches.map((m) => `${m.name} (${m.reason})`);
const db = () => openChalklineDb();
const generation = async () => (await (await db()).get('meta', 'roster'))!.generation;

beforeEach(async () => {
  fakeBrowser.reset();
  await closeChalklineDbForTests();
  globalThis.indexedDB = new IDBFactory();
  await (await wake()).importRosterFile('roster.csv', bytes(CSV), DEFAULT_SETTINGS);
});
afterEach(() => vi.restoreAllMocks());

describe('roster index on wake-up', () => {
  it('is loaded from storage, not rebuilt from the entries', async () => {
    // A stored index of a different roster of the same size: only a loaded index can name Jo Bloggs.
    const other = withIds([
      { id: 0, firstName: 'Jo', lastName: 'Bloggs', role: 'staff', handles: [] },
      { id: 0, firstName: 'Raj', lastName: 'Patel', role: 'parent', handles: [] },
    ]);
    await (await db()).put('rosterIndex', serialiseRosterIndex(buildRosterIndex(other)), await generation());
    const service = await wake();
    expect(await names(service, 'Jo Bloggs')).toEqual(['Jo Bloggs (full name)']);
    expect(await names(service, 'Ellie Smith')).toEqual([]);
  });

  it('is stored by the import, and answers as the built index did', async () => {
    expect(serialisedIndexProblem(await (await db()).get('rosterIndex', await generation()), { entryCount: 2 })).toBeNull();
    expect(await names(await wake(), 'Ellie Smith')).toEqual(['Eleanor (Ellie) Smith (full name)']);
    expect(await names(await wake(), 'SMITH, Nell')).toEqual(['Eleanor (Ellie) Smith (name variant)']);
  });

  const unusable: [string, (stored: Record<string, unknown>) => unknown][] = [
    ['of an older format', (stored) => ({ ...stored, format: ROSTER_INDEX_FORMAT - 1 })],
    ['built by another version of Chalkline', (stored) => ({ ...stored, builtBy: 'another version' })],
    ['damaged', (stored) => ({ ...stored, hits: 'not an array' })],
    ['not an index at all', () => 42],
  ];
  it.each(unusable)('is rebuilt from the entries, and stored again, when the stored one is %s', async (_, spoil) => {
    const gen = await generation();
    const store = await db();
    await store.put('rosterIndex', spoil((await store.get('rosterIndex', gen)) as Record<string, unknown>), gen);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await names(await wake(), 'Ellie Smith')).toEqual(['Eleanor (Ellie) Smith (full name)']);
    expect(warn).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect(serialisedIndexProblem(await (await db()).get('rosterIndex', gen), { entryCount: 2 })).toBeNull());
  });

  it('is rebuilt when none is stored, or only one of another roster', async () => {
    const gen = await generation();
    const store = await db();
    const stale = await store.get('rosterIndex', gen);
    await store.clear('rosterIndex');
    await store.put('rosterIndex', stale, gen - 1);
    expect(await names(await wake(), 'Ellie Smith')).toEqual(['Eleanor (Ellie) Smith (full name)']);
    await vi.waitFor(async () => expect((await (await db()).getAllKeys('rosterIndex')).sort()).toEqual([gen]));
  });
});
