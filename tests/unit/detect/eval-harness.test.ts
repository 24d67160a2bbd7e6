import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The evaluation contract of the design: one JSON line per case with "got", then a summary line.
const dir = mkdtempSync(join(tmpdir(), 'chalkline-eval-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const roster = file(
  'roster.csv',
  'first_name,last_name,preferred_name,role,year_group,date_of_birth,left_on,handles\nMaya,Fenwick,,former_pupil,,2008-01-10,2024-07-20,\nTom,Ashby,,staff,,,,\n',
);
const settings = file('settings.json', JSON.stringify({ schoolName: 'Riverside Community Primary School', schoolAliases: ['RCPS'], schoolWebsite: 'riverside.sch.uk' }));
const cases = file(
  'cases.jsonl',
  [
    { kind: 'text', text: 'Lovely to bump into Maya Fenwick today', expect: ['roster-name'] },
    { kind: 'text', text: 'Ring me on 07700 900123 about RCPS', expect: ['contact-details', 'school-identity'] },
    { kind: 'text', text: 'Lovely walk along Riverside Walk', expect: [] },
  ]
    .map((c) => JSON.stringify(c))
    .join('\n'),
);
const run = (...extra: string[]) => spawnSync('npx', ['tsx', 'tests/tools/eval.ts', '--roster', roster, '--cases', cases, '--settings', settings, ...extra], { encoding: 'utf8' });

describe('npm run eval (the design contract)', () => {
  it('prints each case with what was found, then recall, false alarms and the count', () => {
    const out = run('--today', '2026-11-21');
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines.slice(0, 3).map((l) => JSON.parse(l).got)).toEqual([['roster-name'], ['contact-details', 'school-identity'], []]);
    expect(lines[3]).toBe('recall=1.000 false_alarm_rate=0.000 cases=3');
  }, 60_000);

  it('reckons ages on --today: a former pupil of 19 is no longer a roster name', () => {
    const lines = run('--today', '2027-02-01').stdout.trim().split('\n');
    expect(JSON.parse(lines[0]!).got).toEqual([]);
  }, 60_000);

  it('refuses a --today that is not a date, saying how to write it', () => {
    const out = run('--today', '21/11/2026');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/YYYY-MM-DD/);
  }, 60_000);
});

