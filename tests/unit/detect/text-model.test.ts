import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTextModel, modelScore, scoreText, textFeatures, type TextModel } from '@/utils/detect/text-model';
import { tokeniseText } from '@/utils/roster/normalise';
import shipped from '@/utils/detect/data/text-model.json';
import { crossValidate } from '../../tools/train-text-model';
import { ROSTER, SCHOOL, TODAY } from './support';

const model = shipped as unknown as TextModel;
// Words the shipped model weighs, so that random texts hit its features often.
const WORDS = [...new Set(Object.keys(model.kinds['complaint']!.weights).flatMap((f) => f.replace('#', '').split(' ')))].slice(0, 300);

describe('the text model', () => {
  it('was trained on development texts only, never on a held-out set', () => {
    expect(model.trainedOn.length).toBeGreaterThan(0);
    for (const file of model.trainedOn) expect(file).not.toMatch(/holdout/);
  });

  it('scores every kind in one pass exactly as the reference scorer over the feature set', () => {
    const compiled = compileTextModel(model);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, 'the', 'a', 'and'), { maxLength: 60 }), fc.subarray(['school', 'offensive', 'contact', 'negative', 'positive', 'quotes']), (words, flags) => {
        const tokens = tokeniseText(words.join(' '));
        const scores = scoreText(compiled, tokens, flags);
        compiled.kinds.forEach(({ kind }, k) => {
          expect(scores[k]).toBeCloseTo(modelScore(model.kinds[kind]!, textFeatures(tokens, flags)), 10);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('training: thresholds chosen by cross-validation', () => {
  it('flags no more than the allowed share of the left-out texts without the kind', () => {
    const fold = (k: number) =>
      Array.from({ length: 40 }, (_, i) => {
        const matters = i % 3 === 0;
        return { text: `${matters ? 'ofsted are in tomorrow' : 'lovely walk by the canal'} ${['monday', 'friday', 'again', 'today'][(i + k) % 4]} ${i}`, expect: matters ? ['school-matters'] : [] };
      });
    const cv = crossValidate([fold(0), fold(1), fold(2)], { roster: ROSTER, school: SCHOOL, today: TODAY }, 0.02, { epochs: 200 });
    expect(cv['school-matters']!.falseAlarms).toBeLessThanOrEqual(0.02);
    expect(cv['school-matters']!.recall).toBe(1);
    expect(cv['school-matters']!.threshold).toBeGreaterThan(0);
    expect(cv['school-matters']!.threshold).toBeLessThan(1);
  });
});
