import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText, conversationRule, detectAll } from '@/utils/detect/analyse';
import { detectSchoolMatters } from '@/utils/detect/school-matters';
import { choosePack } from '@/rules';
import { ROSTER, SCHOOL, TODAY } from './support';

const model = choosePack('model').pack;
const analyse = (text: string, surface: 'post' | 'comment' | 'message' = 'post', partnerRole: 'parent' | null = null) =>
  analyseText(text, { roster: ROSTER, school: SCHOOL, today: TODAY, pack: model, surface, partnerRole }).map((f) => `${f.kind}:${f.rule?.id ?? 'none'}:${f.rule?.severity ?? '-'}`);

describe('analyseText: what a finding means comes from the pack', () => {
  it('a kind word about a colleague only informs', () => {
    expect(analyse('Happy birthday Meera Hughes 🎂')).toEqual(['roster-name:think-before-naming-colleagues:inform']);
  });
  it('a colleague named beside a complaint warns', () => {
    expect(analyse('Meera Hughes is useless')).toContain('roster-name:no-criticising-colleagues-online:warn');
  });
  it('a pupil named in a public post blocks; in a message it warns', () => {
    expect(analyse('Well done Ellie Smith')).toEqual(['roster-name:do-not-name-pupils-in-public:block']);
    expect(analyse('Well done Ellie Smith', 'message')).toEqual(['roster-name:do-not-post-about-pupils-parents-or-colleagues:warn']);
  });
  it('every finding carries its place and words', () => {
    const text = 'ring 07700 900123 about Riverside CPS';
    for (const f of analyseText(text, { roster: ROSTER, school: SCHOOL, today: TODAY, pack: model, surface: 'post' })) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.confidence).toBeGreaterThan(0);
    }
  });
});

describe('the text model decides school matters and complaints', () => {
  const kinds = (text: string) => detectAll(text, { roster: ROSTER, school: SCHOOL, today: TODAY }).map((f) => f.kind);
  it('drops a word-list finding it does not back in a text long enough to judge', () => {
    const text = 'Love my job honestly, best move I ever made was leaving the bank 🥰';
    expect(detectSchoolMatters(text).length).toBeGreaterThan(0);
    expect(kinds(text)).not.toContain('school-matters');
  });
  it('keeps a strong sign in a text too short to judge, and finds what the lists miss', () => {
    expect(kinds('Meera Hughes is useless')).toContain('complaint');
    const missed = 'Three of us off with the bug this week so I have lost every PPA and there is no supply to be had';
    expect(detectSchoolMatters(missed)).toEqual([]);
    expect(detectAll(missed, { roster: ROSTER, school: SCHOOL, today: TODAY }).find((f) => f.kind === 'school-matters')).toMatchObject({ what: 'model', start: 0, end: missed.length });
  });
});

describe('linear time on hostile input', () => {
  // 100 kB of repeated near-matches of every detector: the cost per character must not grow with length.
  const NEAR = ['Riverside Riverside ', 'a@a@a@a@', '07700 9', 'f u c ', 'sh1 ', 'M1 M1 ', 'Ellie Ellie Smith-', '14 14 14 Elm ', 'my my my ', 'SLT SLT ', 'the the Grove '];
  const perChar = (text: string) => {
    const t0 = performance.now();
    detectAll(text, { roster: ROSTER, school: SCHOOL, today: TODAY });
    return (performance.now() - t0) / text.length;
  };
  it('costs no more per character at 100 kB than at 20 kB', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEAR), fc.constantFrom(...NEAR), (a, b) => {
        const unit = a + b;
        const small = unit.repeat(Math.ceil(20_000 / unit.length));
        const big = unit.repeat(Math.ceil(100_000 / unit.length));
        perChar(small);
        const s = Math.min(perChar(small), perChar(small), perChar(small));
        const l = Math.min(perChar(big), perChar(big), perChar(big));
        // Linear work costs about the same per character; quadratic work would cost ~5× at 5× the length.
        expect(l).toBeLessThan(s * 3 + 0.0005);
      }),
      { numRuns: 10 },
    );
  }, 90_000);
});

describe('context: where the text goes and to whom', () => {
  const pack = (id: string) => choosePack(id).pack;
  it('contact details sent to a pupil engage Weston 2.1.5 (block); the same in a post only warn', () => {
    const weston = pack('weston-all-saints-lscb-2016');
    const run = (surface: 'post' | 'message', partnerRole: 'pupil' | null) =>
      analyseText('my number is 07700 900123', { roster: ROSTER, school: SCHOOL, today: TODAY, pack: weston, surface, partnerRole }).map((f) => f.rule?.id);
    expect(run('message', 'pupil')).toEqual(['no-contact-details-to-pupils']);
    expect(run('post', null)).toEqual(['no-address-or-phone-online']);
  });
  it('a message to a parent is its own rule in the secondary school pack, whatever it says', () => {
    const secondary = pack('secondary-school');
    expect(conversationRule({ pack: secondary, surface: 'message', partnerRole: 'parent' })).toEqual({ id: 'no-discussions-with-parents', severity: 'block' });
    expect(conversationRule({ pack: secondary, surface: 'post', partnerRole: 'parent' })).toBeNull();
    expect(conversationRule({ pack: secondary, surface: 'message', partnerRole: null })).toBeNull();
  });
  it('a colleague messaged out of hours engages the model pack’s out-of-hours rule only then', () => {
    expect(conversationRule({ pack: model, surface: 'message', partnerRole: 'staff', workingTime: false })?.id).toBe('avoid-messaging-colleagues-out-of-hours');
    expect(conversationRule({ pack: model, surface: 'message', partnerRole: 'staff', workingTime: true })).toBeNull();
  });
});
