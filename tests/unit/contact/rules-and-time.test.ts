import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, choosePack } from '@/rules';
import { contactRule } from '@/rules/select';
import { auditToCsv } from '@/utils/contact/audit';
import { DEFAULT_SETTINGS } from '@/utils/config/schema';
import { isWorkingTime, type ScheduleInput } from '@/utils/schedule';

const pack = (id: string) => choosePack(id).pack;
const rule = (id: string, role: Parameters<typeof contactRule>[1]['role'], action: Parameters<typeof contactRule>[1]['action'], workingTime = true) =>
  contactRule(pack(id), { role, action, workingTime });

describe('contactRule', () => {
  it('blocks pupils in every pack, for friend, follow and accept', () => {
    for (const p of BUILT_IN_PACKS) {
      for (const action of ['follow', 'friend', 'accept'] as const) expect(contactRule(p, { role: 'pupil', action, workingTime: true })?.severity, `${p.id} ${action}`).toBe('block');
    }
  });
  it('follows each pack on parents, former pupils, likely pupils and colleagues', () => {
    expect(rule('valence-primary-2016', 'parent', 'friend')?.severity).toBe('warn');
    expect(rule('alderley-edge-primary', 'parent', 'friend')?.severity).toBe('block');
    expect(rule('chiltern-learning-trust-2023', 'former_pupil', 'follow')?.severity).toBe('block');
    expect(rule('secondary-school', 'former_pupil', 'follow')?.severity).toBe('warn');
    expect(rule('chiltern-learning-trust-2023', 'likely_pupil', 'follow')?.severity).toBe('warn');
    expect(rule('model', 'staff', 'message', false)?.severity).toBe('warn');
    expect(rule('model', 'staff', 'message', true)).toBeNull();
  });
  it('warns on every recommendation under Alderley, even for someone not on the roster', () => {
    expect(rule('alderley-edge-primary', null, 'recommend')?.severity).toBe('warn');
    expect(rule('alderley-edge-primary', null, 'follow')).toBeNull();
  });
  it('lets everyone else through', () => {
    for (const p of BUILT_IN_PACKS) expect(contactRule(p, { role: null, action: 'follow', workingTime: true }), p.id).toBeNull();
  });
  it('offers the relative exception on pupil blocks where the policy allows it', () => {
    expect(rule('model', 'pupil', 'follow')?.exceptions.map((e) => e.kind)).toContain('relative');
  });
});

describe('isWorkingTime', () => {
  const input = (workingHours: ScheduleInput['workingHours']): ScheduleInput => ({ workingHours, schoolOwnedDevice: false, bankHolidays: new Set() });
  const hours = input({ ...DEFAULT_SETTINGS.workingHours, termDates: [{ start: '2026-11-02', end: '2026-12-18' }], closures: ['2026-11-27'] });
  it.each([
    ['2026-11-23T09:00:00Z', true], // Monday in term, 09:00 London
    ['2026-11-23T07:00:00Z', false], // before 08:30
    ['2026-11-23T15:30:00Z', false], // the end is not included
    ['2026-11-22T10:00:00Z', false], // Sunday
    ['2026-11-27T10:00:00Z', false], // a closure
    ['2026-12-21T10:00:00Z', false], // holidays
    ['2026-06-15T07:45:00Z', false], // 08:45 BST, but out of term
  ])('%s → %s', (instant, expected) => expect(isWorkingTime(hours, Date.parse(instant))).toBe(expected));
  it('uses the school time zone across the clocks changing', () => {
    const summer = input({ ...DEFAULT_SETTINGS.workingHours });
    expect(isWorkingTime(summer, Date.parse('2026-06-15T07:45:00Z'))).toBe(true); // 08:45 BST
    expect(isWorkingTime(summer, Date.parse('2026-06-15T07:15:00Z'))).toBe(false); // 08:15 BST
  });
});

describe('audit CSV', () => {
  it('quotes, escapes and defuses spreadsheet formulas', () => {
    const csv = auditToCsv([
      { id: 2, time: Date.UTC(2026, 10, 21, 9), network: 'x', action: 'follow', role: 'pupil', ruleId: 'r', packId: 'model', decision: 'exception', exception: 'relative', reason: '=HYPERLINK("x")' },
      { id: 1, time: Date.UTC(2026, 10, 20, 9), network: 'facebook', action: 'friend', role: 'parent', ruleId: 'r', packId: 'model', decision: 'cancelled', reason: 'a, "b"\nc' },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('time,network,action,role,ruleId,packId,decision,exception,reason');
    expect(lines[1]).toBe('2026-11-20T09:00:00.000Z,facebook,friend,parent,r,model,cancelled,,"a, ""b""\nc"');
    expect(lines[2]).toBe(`2026-11-21T09:00:00.000Z,x,follow,pupil,r,model,exception,relative,"'=HYPERLINK(""x"")"`);
  });
});
