// Text-analysis benchmark in Node: every detector on one compose box's worth of text, against a
// 50,000-person roster, as the background worker runs it.
import { detectAll } from '../../utils/detect/analyse';
import { detectComplaint } from '../../utils/detect/complaint';
import { detectContactDetails } from '../../utils/detect/contact-details';
import { detectOffensive } from '../../utils/detect/offensive';
import { detectSchoolMatters } from '../../utils/detect/school-matters';
import { compileSchoolIdentity } from '../../utils/detect/school-identity';
import { tokeniseText } from '../../utils/roster/normalise';
import { buildRosterIndex } from '../../utils/roster/roster-index';
import { scanText } from '../../utils/roster/scan-text';
import { ms, pct, report, time } from './stats';
import { syntheticRoster, syntheticText } from './synthetic';

const TODAY = '2026-11-21';
const SIZE = 50_000;
/** Things a risky post holds, spread through the prose so that every detector has work to do. */
const RISKS = [
  'ring me on 07700 900123',
  'we live at 14 Elm Grove, M1 1AE',
  'see riverside.sch.uk',
  'parents evening at Riverside CPS',
  'Ofsted are in tomorrow',
  'SLT have no idea',
  'what a load of sh1t',
  'email jo.bloggs@example.com',
];

export async function detectBenchmarks(): Promise<void> {
  const entries = syntheticRoster(SIZE);
  const index = buildRosterIndex(entries);
  const school = compileSchoolIdentity({ schoolName: 'Riverside Community Primary School', schoolAliases: ['Riverside CPS', 'RCPS'], schoolWebsite: 'riverside.sch.uk' });
  const prose = syntheticText(2000, entries, 4).split('. ');
  const step = Math.floor(prose.length / RISKS.length);
  RISKS.forEach((r, k) => prose.splice(k * step + k, 0, r));
  const text = prose.join('. ').slice(0, 2000);
  const inputs = { roster: index, school, today: TODAY };
  const kinds = new Set(detectAll(text, inputs).map((f) => f.kind));

  const all = time(() => detectAll(text, inputs), 2000);
  const namesOnly = time(() => scanText(index, text, TODAY), 2000);
  const workload = `2,000 chars with ${RISKS.length} risks and 4 names, ${SIZE.toLocaleString('en-GB')}-person roster`;
  report('text analysis: every detector', `p50 ${ms(pct(all, 50))}, p99 ${ms(pct(all, 99))}`, workload, `target: p99 ≤ 1 ms; finds ${[...kinds].sort().join(', ')}`);
  report(
    'baseline: roster names only',
    `p50 ${ms(pct(namesOnly, 50))}, p99 ${ms(pct(namesOnly, 99))}`,
    'scanText, the only detector before this analysis',
    `every detector costs ${(pct(all, 50) / pct(namesOnly, 50)).toFixed(1)}× names alone at p50`,
  );
  const tokens = tokeniseText(text);
  const parts: [string, () => unknown][] = [
    ['tokenise', () => tokeniseText(text)],
    ['contact details', () => detectContactDetails(text, tokens)],
    ['school identity', () => school.find(text, tokens)],
    ['school matters', () => detectSchoolMatters(text, tokens)],
    ['offensive (obscenity + en-GB)', () => detectOffensive(text, tokens)],
    ['complaint', () => detectComplaint(text, tokens)],
  ];
  for (const [name, fn] of parts) {
    const t = time(fn, 1000);
    report(`  ${name}`, `p50 ${ms(pct(t, 50))}, p99 ${ms(pct(t, 99))}`, 'same text');
  }
}
