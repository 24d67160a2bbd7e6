import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS } from '@/rules/index';
import { Pack, type PackInput } from '@/rules/schema';
import { findMissingQuotes, normaliseWhitespace } from '@/rules/verify';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const policyDir = path.join(projectRoot, '..', 'shared', 'policies');
const havePolicies = existsSync(policyDir);

function loadPolicies(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(policyDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [path.basename(f, '.txt'), readFileSync(path.join(policyDir, f), 'utf8')]),
  );
}

const POLICY = 'Staff must not   add pupils\nas friends.\n\nStaff should review\u00a0their privacy settings.';
const pack = (quotes: { quote: string; source?: string }[]): Pack =>
  Pack.parse({
    id: 'test-pack',
    name: 'Test',
    source: 'test-policy',
    version: '1',
    description: 'A pack for testing quotes.',
    rules: [
      {
        id: 'a-rule',
        title: 'A rule',
        summary: 'A rule.',
        severity: 'warn',
        contexts: ['compose'],
        citations: quotes.map((q, i) => ({ clause: `1.${i + 1}`, ...q })),
      },
    ],
  } satisfies PackInput);

describe('normaliseWhitespace', () => {
  it.each([
    ['a  b', 'a b'],
    ['  a\n\tb \r\n c  ', 'a b c'],
    ['a\u00a0b', 'a b'],
    ['a\u2009\u200a b', 'a b'],
    ['a\u202fb\u3000c\ufeffd', 'a b c d'],
    ['', ''],
    ['   \n ', ''],
    ['no-change', 'no-change'],
  ])('%j → %j', (input, output) => {
    expect(normaliseWhitespace(input)).toBe(output);
  });

  it('keeps the words and punctuation themselves', () => {
    expect(normaliseWhitespace('“If in doubt — don’t post.”')).toBe('“If in doubt — don’t post.”');
  });
});

describe('findMissingQuotes', () => {
  it('finds nothing missing when quotes occur, even re-wrapped', () => {
    const p = pack([{ quote: 'Staff must not add pupils as friends.' }, { quote: 'review their privacy\nsettings' }]);
    expect(findMissingQuotes(p, { 'test-policy': POLICY })).toEqual([]);
  });

  it('finds a deliberately altered quote', () => {
    const p = pack([{ quote: 'Staff must not add pupils as friends.' }, { quote: 'Staff must never add pupils as friends.' }]);
    expect(findMissingQuotes(p, { 'test-policy': POLICY })).toEqual([
      { ruleId: 'a-rule', source: 'test-policy', clause: '1.2', quote: 'Staff must never add pupils as friends.', reason: 'not-found' },
    ]);
  });

  it('is case-sensitive: a quote must be word for word', () => {
    expect(findMissingQuotes(pack([{ quote: 'staff must not add pupils' }]), { 'test-policy': POLICY })).toHaveLength(1);
  });

  it('uses the citation’s own source when it names one, and reports a missing policy text', () => {
    const p = pack([{ quote: 'add pupils', source: 'other-policy' }, { quote: 'add pupils', source: 'absent-policy' }]);
    expect(findMissingQuotes(p, { 'test-policy': POLICY, 'other-policy': 'Never add pupils.' })).toEqual([
      { ruleId: 'a-rule', source: 'absent-policy', clause: '1.2', quote: 'add pupils', reason: 'no-policy-text' },
    ]);
  });
});

describe('built-in pack quotes against ../shared/policies', () => {
  if (!havePolicies) console.warn(`../shared/policies not found: quotes cannot be checked on this clone (looked in ${policyDir})`);

  it.skipIf(!havePolicies)('has a policy text for every pack source', () => {
    const policies = loadPolicies();
    for (const p of BUILT_IN_PACKS.filter((p) => p.id !== 'model')) expect(Object.keys(policies), p.id).toContain(p.source);
  });

  it.skipIf(!havePolicies).each(BUILT_IN_PACKS.map((p) => [p.id, p] as const))(
    '%s: every citation’s quote occurs verbatim in its policy',
    (_id, p) => {
      const missing = findMissingQuotes(p, loadPolicies());
      expect(missing.map((m) => `${m.ruleId} [${m.source} ${m.clause}] ${m.reason}: "${m.quote}"`)).toEqual([]);
      expect(p.rules.flatMap((r) => r.citations).length).toBeGreaterThan(0);
    },
  );
});
