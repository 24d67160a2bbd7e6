import { describe, expect, it } from 'vitest';
import { readPackFile } from '@/rules/file';
import { BUILT_IN_PACKS, choosePack, DEFAULT_PACK_ID } from '@/rules/index';
import { Pack, type PackInput, type RuleContext } from '@/rules/schema';

const SCHOOL_PACKS = BUILT_IN_PACKS.filter((p) => p.id !== DEFAULT_PACK_ID);
const byId = (id: string) => BUILT_IN_PACKS.find((p) => p.id === id)!;
const rulesIn = (context: RuleContext) => (p: Pack) => p.rules.filter((r) => r.contexts.includes(context));

const CUSTOM: PackInput = {
  id: 'oak-hill-2026',
  name: 'Oak Hill School',
  source: 'oak-hill-2026',
  version: '2026-09',
  description: 'Oak Hill School social media policy.',
  rules: [
    {
      id: 'no-contact-with-pupils',
      title: 'No contact with pupils',
      summary: 'Do not connect with pupils on social media.',
      severity: 'block',
      contexts: ['contact'],
      conditions: { roles: ['pupil'] },
      citations: [{ clause: '4.1', quote: 'Staff must not connect with pupils.' }],
    },
  ],
};
const customText = (change: (p: Record<string, unknown>) => void = () => {}) => {
  const p = structuredClone(CUSTOM) as unknown as Record<string, unknown>;
  change(p);
  return JSON.stringify(p);
};
const firstRule = (p: Record<string, unknown>) => (p.rules as Record<string, unknown>[])[0]!;

describe('built-in packs', () => {
  it('are the model pack and the five school packs, each valid, with unique ids', () => {
    expect(BUILT_IN_PACKS).toHaveLength(6);
    for (const pack of BUILT_IN_PACKS) expect(Pack.safeParse(pack).success, pack.id).toBe(true);
    expect(new Set(BUILT_IN_PACKS.map((p) => p.id)).size).toBe(BUILT_IN_PACKS.length);
    expect(BUILT_IN_PACKS.map((p) => p.id).sort()).toEqual(
      ['alderley-edge-primary', 'chiltern-learning-trust-2023', 'model', 'secondary-school', 'valence-primary-2016', 'weston-all-saints-lscb-2016'],
    );
  });

  it('have unique rule ids within each pack', () => {
    for (const pack of BUILT_IN_PACKS) expect(new Set(pack.rules.map((r) => r.id)).size, pack.id).toBe(pack.rules.length);
  });

  it('make the model pack the default, which the settings default names too', () => {
    expect(DEFAULT_PACK_ID).toBe('model');
    expect(byId(DEFAULT_PACK_ID)).toBeDefined();
  });

  it('give every model citation the source policy it quotes, one of the school packs’ sources', () => {
    const sources = new Set(SCHOOL_PACKS.map((p) => p.source));
    const cited = new Set<string>();
    for (const rule of byId('model').rules) {
      for (const c of rule.citations) {
        expect(c.source, `${rule.id} ${c.clause}`).toBeDefined();
        expect(sources.has(c.source!), `${rule.id} cites unknown source ${c.source}`).toBe(true);
        cited.add(c.source!);
      }
    }
    expect([...cited].sort()).toEqual([...sources].sort());
  });

  it.each(BUILT_IN_PACKS.map((p) => [p.id, p] as const))('%s has rules for contact and compose', (_id, pack) => {
    expect(rulesIn('contact')(pack).length).toBeGreaterThan(0);
    expect(rulesIn('compose')(pack).length).toBeGreaterThan(0);
  });

  it.each(BUILT_IN_PACKS.map((p) => [p.id, p] as const))(
    '%s has a rule for hours',
    (_id, pack) => expect(rulesIn('hours')(pack).length).toBeGreaterThan(0),
  );

});

describe('rules are consistent with what they guard', () => {
  const all = BUILT_IN_PACKS.flatMap((p) => p.rules.map((r) => [`${p.id}/${r.id}`, r] as const));

  it('every pack blocks befriending or following a pupil', () => {
    for (const pack of BUILT_IN_PACKS) {
      const blocks = rulesIn('contact')(pack).filter(
        (r) => r.severity === 'block' && r.conditions.roles?.includes('pupil') && r.conditions.actions?.some((a) => a === 'friend' || a === 'follow'),
      );
      expect(blocks.length, pack.id).toBeGreaterThan(0);
    }
  });

  it('a contact rule about pupils blocks, is reportable and cites its clause', () => {
    for (const [name, r] of all.filter(([, r]) => r.contexts.includes('contact') && r.conditions.roles?.includes('pupil'))) {
      expect(r.severity, name).toBe('block');
      expect(r.reportable, name).toBe(true);
      expect(r.citations.length, name).toBeGreaterThan(0);
      for (const c of r.citations) expect(c.quote.trim().length, name).toBeGreaterThan(10);
    }
  });

  it('contact rules say whom or what action they apply to; compose rules say what findings', () => {
    for (const [name, r] of all) {
      if (r.contexts.includes('contact')) expect(r.conditions.roles ?? r.conditions.actions, name).toBeDefined();
      if (r.contexts.includes('compose')) expect(r.conditions.findings, name).toBeDefined();
    }
  });

  it('an "inform" rule offers no exceptions: there is nothing to go ahead with', () => {
    for (const [name, r] of all.filter(([, r]) => r.severity === 'inform')) expect(r.exceptions, name).toEqual([]);
  });

  it('exceptions fit the rule: person exceptions on person rules, official accounts on hours rules, reasons logged', () => {
    for (const [name, r] of all) {
      for (const e of r.exceptions) {
        if (['relative', 'own-social-circle', 'asked-head'].includes(e.kind)) expect(r.conditions.roles, `${name} ${e.kind}`).toBeDefined();
        if (e.kind === 'official-account') expect(r.contexts, name).toContain('hours');
        expect(e.requiresReason, `${name} ${e.kind}`).toBe(true);
      }
    }
  });

  it('an age limit only appears on former-pupil rules; hours rules apply in working hours or always', () => {
    for (const [name, r] of all) {
      if (r.conditions.formerPupilUnderAge !== undefined) expect(r.conditions.roles, name).toEqual(['former_pupil']);
      if (r.contexts.includes('hours')) expect(['working-hours', 'always'], name).toContain(r.conditions.when);
    }
  });
});

describe('choosePack', () => {
  it('finds each built-in pack by id', () => {
    for (const pack of BUILT_IN_PACKS) expect(choosePack(pack.id)).toEqual({ pack, found: true });
  });

  it('falls back to the model pack for an unknown id', () => {
    expect(choosePack('no-such-pack')).toEqual({ pack: byId('model'), found: false });
  });

  it('finds a school’s own pack among the custom packs', () => {
    const custom = Pack.parse(CUSTOM);
    expect(choosePack('oak-hill-2026', [custom])).toEqual({ pack: custom, found: true });
    expect(choosePack('oak-hill-2026').found).toBe(false);
  });

  it('never lets a custom pack shadow a built-in one of the same id', () => {
    const impostor = Pack.parse({ ...CUSTOM, id: 'secondary-school' });
    expect(choosePack('secondary-school', [impostor]).pack).toBe(byId('secondary-school'));
  });
});

describe('readPackFile', () => {
  it('accepts a valid custom pack, filling defaults', () => {
    const r = readPackFile(customText());
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.pack).toEqual(Pack.parse(CUSTOM));
    expect(r.pack.rules[0]!.conditions.when).toBe('always');
  });

  it("refuses a pack whose id is the one the school's IT policy locks, so a local file cannot swap it from below", () => {
    const id = (Pack.parse(CUSTOM) as Pack).id;
    const r = readPackFile(customText(), { lockedId: id });
    expect(r).toEqual({ ok: false, problems: [{ path: 'id', message: expect.stringMatching(/sets and locks: it cannot be replaced/) }] });
    expect(readPackFile(customText(), { lockedId: 'another-pack' }).ok).toBe(true);
  });

  it('accepts a file with a byte-order mark', () => {
    expect(readPackFile(`\uFEFF${customText()}`).ok).toBe(true);
  });

  it('refuses invalid JSON as a whole-file problem', () => {
    expect(readPackFile('{"id": "oak",')).toEqual({ ok: false, problems: [{ path: '(whole file)', message: expect.stringMatching(/not valid JSON/) }] });
  });

  it('lists schema problems by path', () => {
    const r = readPackFile(
      customText((p) => {
        firstRule(p).severity = 'forbid';
        firstRule(p).citations = [];
        delete p.version;
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p.message]));
    expect(Object.keys(byPath).sort()).toEqual(['rules[0].citations', 'rules[0].severity', 'version']);
    expect(byPath['rules[0].severity']).toMatch(/must be one of: "block", "warn", "inform"/);
    expect(byPath['rules[0].citations']).toMatch(/^must have at least 1|cite/);
    expect(byPath.version).toMatch(/^must be text$/);
  });

  it('keeps the schema’s own words for a rule without citations', () => {
    const r = readPackFile(customText((p) => (firstRule(p).citations = [])));
    expect(r).toEqual({ ok: false, problems: [{ path: 'rules[0].citations', message: expect.stringMatching(/cite/) }] });
  });

  it('refuses a file that is not a pack object as a whole-file problem', () => {
    const r = readPackFile('[]');
    expect(r).toEqual({ ok: false, problems: [{ path: '(whole file)', message: expect.stringMatching(/^must be/) }] });
  });

  it('refuses a pack whose id clashes with a built-in pack', () => {
    const r = readPackFile(customText((p) => (p.id = 'model')));
    expect(r).toEqual({ ok: false, problems: [{ path: 'id', message: expect.stringMatching(/already ships/) }] });
  });

  it('refuses duplicate rule ids, naming the second', () => {
    const r = readPackFile(customText((p) => (p.rules as unknown[]).push(structuredClone(firstRule(p)))));
    expect(r).toEqual({ ok: false, problems: [{ path: 'rules[1].id', message: 'duplicate rule id "no-contact-with-pupils"' }] });
  });
});
