// The evaluation harness (design contract):
//   npm run eval -- --roster FILE --cases FILE.jsonl [--settings FILE.json] [--today YYYY-MM-DD]
// prints one JSON line per case (its own fields plus "got"), then `recall=R false_alarm_rate=F cases=N`.
// Recall and false alarms per expectation and per finding kind go to standard error, so standard
// output keeps to the contract.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectAll } from '../../utils/detect/analyse';
import { FindingKind } from '../../rules/schema';
import { matchPerson, MATCH_THRESHOLD } from '../../utils/roster/match-person';
import { evalInputs } from './eval-inputs';

const usage = 'usage: npm run eval -- --roster FILE --cases FILE.jsonl [--settings FILE.json] [--today YYYY-MM-DD]';
const { values } = parseArgs({ options: { roster: { type: 'string' }, cases: { type: 'string' }, settings: { type: 'string' }, today: { type: 'string' } } });
if (!values.roster || !values.cases) {
  console.error(usage);
  process.exit(2);
}
const { index, school, today } = evalInputs(values.roster, values.settings, values.today);

type Case = { kind: 'person'; name?: string; handle?: string; bio?: string; expect: string } | { kind: 'text'; text: string; expect: string[] };

let positives = 0;
let found = 0;
let negatives = 0;
let falseAlarms = 0;
const byExpect = new Map<string, { n: number; right: number }>();
const kinds = FindingKind.options.filter((k) => k !== 'photo');
const byKind = new Map(kinds.map((k) => [k, { pos: 0, hit: 0, neg: 0, fa: 0 }]));
const lines = readFileSync(values.cases, 'utf8').split('\n').filter((l) => l.trim());
for (const line of lines) {
  const c = JSON.parse(line) as Case;
  let got: string | string[];
  let right: boolean;
  let positive: boolean;
  if (c.kind === 'person') {
    const verdict = matchPerson(index, c, today);
    const best = verdict.matches[0];
    got = best && best.confidence >= MATCH_THRESHOLD ? best.role : verdict.likelyPupil ? 'likely_pupil' : 'none';
    positive = c.expect !== 'none';
    right = got === c.expect;
    if (!positive && got !== 'none') falseAlarms += 1;
  } else {
    const raised = [...new Set(detectAll(c.text, { roster: index, school, today }).map((f) => f.kind))].sort();
    got = raised;
    positive = c.expect.length > 0;
    right = positive ? c.expect.every((k) => raised.includes(k as FindingKind)) : raised.length === 0;
    if (!positive && raised.length > 0) falseAlarms += 1;
    for (const [kind, s] of byKind) {
      const expected = c.expect.includes(kind);
      const raisedIt = raised.includes(kind);
      if (expected) {
        s.pos += 1;
        if (raisedIt) s.hit += 1;
      } else {
        s.neg += 1;
        if (raisedIt) s.fa += 1;
      }
    }
  }
  if (positive) {
    positives += 1;
    if (right) found += 1;
  } else negatives += 1;
  const key = `${c.kind}:${Array.isArray(c.expect) ? c.expect.join('+') || 'nothing' : c.expect}`;
  const stat = byExpect.get(key) ?? { n: 0, right: 0 };
  stat.n += 1;
  if (right) stat.right += 1;
  byExpect.set(key, stat);
  console.log(JSON.stringify({ ...c, got }));
}
for (const [key, { n, right }] of [...byExpect].sort()) console.error(`  ${key}: ${right}/${n} right`);
for (const [kind, s] of byKind) {
  if (s.pos === 0 && s.fa === 0) continue;
  const r = s.pos ? (s.hit / s.pos).toFixed(3) : '-';
  const f = s.neg ? (s.fa / s.neg).toFixed(3) : '-';
  console.error(`  kind ${kind}: recall=${r} (${s.hit}/${s.pos}) false_alarm_rate=${f} (${s.fa}/${s.neg})`);
}
const recall = positives ? found / positives : 1;
const falseAlarmRate = negatives ? falseAlarms / negatives : 0;
console.log(`recall=${recall.toFixed(3)} false_alarm_rate=${falseAlarmRate.toFixed(3)} cases=${lines.length}`);
