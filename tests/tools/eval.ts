// The evaluation harness (design contract):
//   npm run eval -- --roster FILE --cases FILE.jsonl [--settings FILE.json]
// prints one JSON line per case (its own fields plus "got"), then `recall=R false_alarm_rate=F cases=N`.
// A breakdown by expectation goes to standard error, so standard output keeps to the contract.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveSettings } from '../../utils/config/merge';
import { todayIn } from '../../utils/roster/active';
import { detectRosterNames } from '../../utils/detect/roster-name';
import { matchPerson, MATCH_THRESHOLD } from '../../utils/roster/match-person';
import { isRejected, parseRosterBytes } from '../../utils/roster/parse';
import { buildRosterIndex } from '../../utils/roster/roster-index';

const { values } = parseArgs({ options: { roster: { type: 'string' }, cases: { type: 'string' }, settings: { type: 'string' } } });
if (!values.roster || !values.cases) {
  console.error('usage: npm run eval -- --roster FILE --cases FILE.jsonl [--settings FILE.json]');
  process.exit(2);
}

const settingsFile = values.settings ? (JSON.parse(readFileSync(values.settings, 'utf8')) as unknown) : {};
const { settings, problems } = resolveSettings({}, settingsFile);
if (problems.length) {
  console.error(`settings file problems: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  process.exit(2);
}
const today = todayIn(settings.workingHours.timeZone);
const parsed = parseRosterBytes(new Uint8Array(readFileSync(values.roster)), { today, fileName: values.roster });
if (isRejected(parsed)) {
  console.error(`roster rejected: ${parsed.reason}`);
  process.exit(2);
}
const index = buildRosterIndex(parsed.entries.map((e, id) => ({ ...e, id })));

type Case = { kind: 'person'; name?: string; handle?: string; bio?: string; expect: string } | { kind: 'text'; text: string; expect: string[] };

let positives = 0;
let found = 0;
let negatives = 0;
let falseAlarms = 0;
const byExpect = new Map<string, { n: number; right: number }>();
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
    got = [...new Set(detectRosterNames(index, c.text, today).map((f) => f.kind))].sort();
    positive = c.expect.length > 0;
    right = positive ? c.expect.every((k) => got.includes(k)) : got.length === 0;
    if (!positive && got.length > 0) falseAlarms += 1;
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
const recall = positives ? found / positives : 1;
const falseAlarmRate = negatives ? falseAlarms / negatives : 0;
console.log(`recall=${recall.toFixed(3)} false_alarm_rate=${falseAlarmRate.toFixed(3)} cases=${lines.length}`);
