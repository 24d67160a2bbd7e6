import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema, type ManagedSchemaNode } from '@/utils/config/managed-schema';
import { DEFAULT_SETTINGS, Settings, SETTINGS_KEYS } from '@/utils/config/schema';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const committed = JSON.parse(readFileSync(`${projectRoot}public/managed_schema.json`, 'utf8')) as ManagedSchemaNode;
const built = buildManagedSchema();

/** The keywords Chrome's storage.managed_schema dialect understands that we allow ourselves. */
const CHROME_KEYWORDS = new Set(['type', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function* nodes(node: ManagedSchemaNode, path = '(root)'): Generator<[string, ManagedSchemaNode]> {
  yield [path, node];
  for (const [k, child] of Object.entries(node.properties ?? {})) yield* nodes(child, `${path}.${k}`);
  if (node.items) yield* nodes(node.items, `${path}[]`);
}

/** A small validator for Chrome's dialect: the problems Chrome would find with `value` under `node`. */
function chromeProblems(value: unknown, node: ManagedSchemaNode, path = '(root)'): string[] {
  const typeOk = {
    object: typeof value === 'object' && value !== null && !Array.isArray(value),
    array: Array.isArray(value),
    string: typeof value === 'string',
    integer: Number.isInteger(value),
    number: typeof value === 'number',
    boolean: typeof value === 'boolean',
  }[node.type];
  if (!typeOk) return [`${path}: expected ${node.type}`];
  const out: string[] = [];
  if (node.enum && !node.enum.includes(value as string)) out.push(`${path}: not in enum`);
  if (node.minimum !== undefined && (value as number) < node.minimum) out.push(`${path}: below minimum`);
  if (node.maximum !== undefined && (value as number) > node.maximum) out.push(`${path}: above maximum`);
  if (node.type === 'object') {
    for (const [k, v] of Object.entries(value as object)) {
      const child = node.properties?.[k];
      out.push(...(child ? chromeProblems(v, child, `${path}.${k}`) : [`${path}.${k}: unknown property`]));
    }
  }
  if (node.type === 'array') (value as unknown[]).forEach((v, i) => out.push(...chromeProblems(v, node.items!, `${path}[${i}]`)));
  return out;
}

describe('public/managed_schema.json', () => {
  it('is in sync with the settings schema', () => {
    expect(
      built,
      'public/managed_schema.json is out of date with utils/config/schema.ts: run `npm run gen:managed-schema` and commit the result',
    ).toEqual(committed);
  });

  it('is an object schema with every top-level settings key as a property', () => {
    expect(built.type).toBe('object');
    expect(Object.keys(built.properties ?? {}).sort()).toEqual([...SETTINGS_KEYS].sort());
  });

  it('gives every top-level setting the description an admin sees', () => {
    for (const key of SETTINGS_KEYS) expect(built.properties?.[key]?.description, key).toMatch(/\S/);
  });

  it('uses only keywords and types of Chrome’s dialect, anywhere', () => {
    for (const [path, node] of nodes(committed)) {
      for (const keyword of Object.keys(node)) expect(CHROME_KEYWORDS.has(keyword), `${path} uses "${keyword}"`).toBe(true);
      expect(CHROME_TYPES.has(node.type), `${path} has type ${String(node.type)}`).toBe(true);
      if (node.type === 'array') expect(node.items, `${path} has no items`).toBeDefined();
      if (node.type === 'object') expect(node.properties, `${path} has no properties`).toBeDefined();
    }
  });

  it('turns the tuples (pairs of times) into arrays of strings', () => {
    const week = built.properties!.workingHours!.properties!.week!.properties!;
    expect(Object.keys(week)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    for (const day of Object.values(week)) {
      for (const list of ['hours', 'breaks']) {
        expect(day.properties![list]).toMatchObject({ type: 'array', items: { type: 'array', items: { type: 'string' } } });
      }
    }
  });

  it('carries enums and numeric bounds across from the settings schema', () => {
    const p = built.properties!;
    expect(p.workingHours!.properties!.mode).toMatchObject({ type: 'string', enum: ['block', 'warn', 'off'] });
    expect(p.roster!.properties!.refreshMinutes).toMatchObject({ type: 'integer', minimum: 15, maximum: 10080 });
    expect(p.privacyReviewDays).toMatchObject({ type: 'integer', minimum: 7, maximum: 366 });
    expect(p.schoolOwnedDevice!.type).toBe('boolean');
    expect(p.dsl!.properties!.email!.type).toBe('string');
  });

  it('lets Chrome accept every valid policy: the defaults and a full example pass it', () => {
    const full = Settings.parse({
      schoolName: 'Oak Hill',
      schoolAliases: ['OHS'],
      dsl: { name: 'Sam', email: 'dsl@oak.sch.uk', phone: '01632 960123' },
      workingHours: { termDates: [{ start: '2026-09-03', end: '2026-10-23' }], closures: ['2026-10-02'] },
      officialAccounts: ['https://x.com/Oak*'],
    });
    expect(chromeProblems(DEFAULT_SETTINGS, committed)).toEqual([]);
    expect(chromeProblems(full, committed)).toEqual([]);
  });

  it('lets Chrome itself refuse a policy with wrong types', () => {
    expect(chromeProblems({ privacyReviewDays: 'often', workingHours: { mode: 'sometimes' } }, committed)).toEqual([
      '(root).privacyReviewDays: expected integer',
      '(root).workingHours.mode: not in enum',
    ]);
  });
});
