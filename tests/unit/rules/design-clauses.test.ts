import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '@/rules/index';
import { clauses as alderley } from './clauses/alderley-edge-primary';
import { clauses as chiltern } from './clauses/chiltern-learning-trust-2023';
import { clauses as secondary } from './clauses/secondary-school';
import type { DesignClause } from './clauses/types';
import { clauses as valence } from './clauses/valence-primary-2016';
import { clauses as weston } from './clauses/weston-all-saints-lscb-2016';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const designPath = path.join(projectRoot, '..', 'shared', 'design.md');
const designExists = existsSync(designPath);
const SECTION = 'The five policies: clauses Chalkline enforces';

const MAPPED: [packId: string, clauses: DesignClause[], count: number][] = [
  ['secondary-school', secondary, 14],
  ['valence-primary-2016', valence, 8],
  ['weston-all-saints-lscb-2016', weston, 11],
  ['chiltern-learning-trust-2023', chiltern, 10],
  ['alderley-edge-primary', alderley, 12],
];

/** Splits on "; " where no parenthesis is open. */
function splitTopLevel(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && text[i + 1] === ' ' && depth === 0) {
      items.push(text.slice(start, i));
      start = i + 2;
    }
  }
  items.push(text.slice(start));
  return items;
}

/** The bullets of the design's clause section: pack id → declared count and items. */
function parseClauseSection(markdown: string): Map<string, { count: number; items: string[] }> {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#+\s/.test(l) && l.includes(SECTION));
  if (start < 0) throw new Error(`design.md has no section "${SECTION}"`);
  const bullets: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#+\s/.test(line)) break;
    if (line.startsWith('- ')) bullets.push(line);
    else if (/^\s+\S/.test(line) && bullets.length) bullets[bullets.length - 1] += ` ${line.trim()}`;
  }
  const out = new Map<string, { count: number; items: string[] }>();
  for (const bullet of bullets) {
    const m = /^- \*\*([a-z0-9-]+)\*\* \((\d+)\): (.*)$/.exec(bullet);
    if (!m) throw new Error(`unexpected bullet in "${SECTION}": ${bullet}`);
    out.set(m[1]!, { count: Number(m[2]), items: splitTopLevel(m[3]!.trim().replace(/\.$/, '')) });
  }
  return out;
}

describe('design clause lists (tests/unit/rules/clauses)', () => {
  it('hold 14, 8, 11, 10 and 12 clauses: 55 in all', () => {
    expect(MAPPED.map(([, c]) => c.length)).toEqual(MAPPED.map(([, , n]) => n));
    expect(MAPPED.reduce((sum, [, c]) => sum + c.length, 0)).toBe(55);
  });

  it.each(MAPPED)('%s maps every clause to at least one rule that exists in its pack', (packId, clauses) => {
    const pack = BUILT_IN_PACKS.find((p) => p.id === packId);
    expect(pack, `no built-in pack ${packId}`).toBeDefined();
    const ids = new Set(pack!.rules.map((r) => r.id));
    for (const { clause, rules } of clauses) {
      expect(rules.length, clause).toBeGreaterThan(0);
      for (const id of rules) expect(ids.has(id), `"${clause}" → ${id} is not a rule of ${packId}`).toBe(true);
    }
  });

  it.each(MAPPED)('%s lists each clause once', (_packId, clauses) => {
    expect(new Set(clauses.map((c) => c.clause)).size).toBe(clauses.length);
  });
});

describe('splitTopLevel', () => {
  it('splits on "; " outside parentheses only', () => {
    expect(splitTopLevel('a; b (c; d); e')).toEqual(['a', 'b (c; d)', 'e']);
    expect(splitTopLevel('one')).toEqual(['one']);
  });
});

describe(`design.md "${SECTION}"`, () => {
  if (!designExists) console.warn(`${designPath} not found: the clause lists cannot be checked against the design on this clone`);

  it.skipIf(!designExists)('names exactly the five school packs', () => {
    const section = parseClauseSection(readFileSync(designPath, 'utf8'));
    expect([...section.keys()].sort()).toEqual(MAPPED.map(([id]) => id).sort());
  });

  it.skipIf(!designExists).each(MAPPED)('%s: the test list matches the design word for word, and its count', (packId, clauses) => {
    const entry = parseClauseSection(readFileSync(designPath, 'utf8')).get(packId);
    expect(entry, `design.md has no bullet for ${packId}`).toBeDefined();
    expect(clauses.map((c) => c.clause)).toEqual(entry!.items);
    expect(entry!.count).toBe(entry!.items.length);
    expect(entry!.count).toBe(clauses.length);
  });
});
