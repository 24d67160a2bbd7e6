import { describe, expect, it } from 'vitest';
import { choosePack } from '@/rules';
import { rulesHereNow } from '@/rules/here';
import { NETWORKS } from '@/utils/sites/networks';

const actionsOf = (id: string) => NETWORKS.find((n) => n.id === id)!.actions;
const alderley = choosePack('alderley-edge-primary').pack;
const model = choosePack('model').pack;

describe('the rules that apply here and now', () => {
  it('Alderley forbids references: its recommendation rule shows on LinkedIn, never on X', () => {
    const linkedin = rulesHereNow(alderley, { actions: actionsOf('linkedin'), hoursReason: null, workingTime: false }).map((r) => r.id);
    const x = rulesHereNow(alderley, { actions: actionsOf('x'), hoursReason: null, workingTime: false }).map((r) => r.id);
    const references = alderley.rules.filter((r) => r.conditions.actions?.every((a) => a === 'recommend')).map((r) => r.id);
    expect(references.length).toBeGreaterThan(0);
    for (const id of references) {
      expect(linkedin).toContain(id);
      expect(x).not.toContain(id);
    }
  });

  it('puts the working-hours rule first while it is in force, and leaves it out otherwise', () => {
    const during = rulesHereNow(model, { actions: actionsOf('facebook'), hoursReason: 'working-hours', workingTime: true });
    expect(during[0]!.contexts).toContain('hours');
    const after = rulesHereNow(model, { actions: actionsOf('facebook'), hoursReason: null, workingTime: false });
    expect(after.some((r) => r.contexts.includes('hours'))).toBe(false);
  });

  it('lists strictest first, and nothing off a guarded network', () => {
    const rules = rulesHereNow(model, { actions: actionsOf('x'), hoursReason: null, workingTime: false });
    const rank = { block: 0, warn: 1, inform: 2 };
    expect(rules.map((r) => rank[r.severity])).toEqual([...rules.map((r) => rank[r.severity])].sort());
    expect(rulesHereNow(model, { actions: [], hoursReason: 'working-hours', workingTime: true })).toEqual([]);
  });
});
