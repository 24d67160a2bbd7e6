// Trains the text model (utils/detect/text-model.ts) on the labelled development texts:
//   npm run train:text-model -- [--out FILE] [--false-alarms 0.02] FILE.jsonl…
// Logistic regression with L2, full-batch gradient descent; deterministic. Held-out sets are never
// passed here. Each kind's threshold is chosen by cross-validation over the files given (each file
// left out in turn and scored by a model trained on the others): the lowest probability at which no
// more than the given share of the texts without the kind would be flagged.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tokeniseText } from '../../utils/roster/normalise';
import { textFeatures, type TextModel } from '../../utils/detect/text-model';
import { detectorFlags, type DetectorInputs } from '../../utils/detect/analyse';
import { evalInputs } from './eval-inputs';

const KINDS = ['school-matters', 'complaint'];

export interface LabelledText {
  text: string;
  expect: string[];
}

interface Options {
  lambda?: number;
  epochs?: number;
  minCount?: number;
}

/** The features of each text, worked out once however many models are trained on them. */
export function featureSets(texts: readonly LabelledText[], inputs: DetectorInputs): Set<string>[] {
  return texts.map((c) => textFeatures(tokeniseText(c.text), detectorFlags(c.text, inputs)));
}

/** One logistic regression per kind: bias and weight by feature. */
function fit(features: readonly Set<string>[], labels: readonly LabelledText[], opts: Options): Record<string, { bias: number; weights: Map<string, number> }> {
  const counts = new Map<string, number>();
  for (const fs of features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  // Features seen in at least two texts: one-off words only teach the model the training set.
  const vocab = [...counts].filter(([, n]) => n >= (opts.minCount ?? 2)).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = features.map((fs) => [...fs].map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const out: Record<string, { bias: number; weights: Map<string, number> }> = {};
  for (const kind of KINDS) {
    const y = labels.map((c) => (c.expect.includes(kind) ? 1 : 0));
    const w = new Float64Array(vocab.length);
    let b = 0;
    const lambda = opts.lambda ?? 0.001;
    for (let epoch = 0; epoch < (opts.epochs ?? 600); epoch++) {
      const grad = new Float64Array(vocab.length);
      let gb = 0;
      rows.forEach((r, n) => {
        let z = b;
        for (const i of r) z += w[i]!;
        const err = 1 / (1 + Math.exp(-z)) - y[n]!;
        for (const i of r) grad[i]! += err;
        gb += err;
      });
      for (let i = 0; i < w.length; i++) w[i]! -= grad[i]! / rows.length + lambda * w[i]!;
      b -= gb / rows.length;
    }
    out[kind] = { bias: b, weights: new Map(vocab.map((f, i) => [f, w[i]!])) };
  }
  return out;
}

const score = (m: { bias: number; weights: Map<string, number> }, fs: Set<string>) => {
  let z = m.bias;
  for (const f of fs) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

/**
 * Per kind, the threshold at which the left-out files' texts without the kind are flagged at no more
 * than `falseAlarms` (cross-validation, one fold per file), and the recall it gives there.
 */
export function crossValidate(folds: readonly LabelledText[][], inputs: DetectorInputs, falseAlarms: number, opts: Options = {}): Record<string, { threshold: number; recall: number; falseAlarms: number }> {
  const feats = folds.map((f) => featureSets(f, inputs));
  const scored: Record<string, { y: boolean; p: number }[]> = Object.fromEntries(KINDS.map((k) => [k, []]));
  folds.forEach((test, k) => {
    const model = fit(feats.filter((_, j) => j !== k).flat(), folds.filter((_, j) => j !== k).flat(), opts);
    for (const kind of KINDS) test.forEach((c, i) => scored[kind]!.push({ y: c.expect.includes(kind), p: score(model[kind]!, feats[k]![i]!) }));
  });
  return Object.fromEntries(
    KINDS.map((kind) => {
      const rows = scored[kind]!;
      const neg = rows.filter((r) => !r.y).map((r) => r.p).sort((a, b) => b - a);
      const pos = rows.filter((r) => r.y);
      // Just above the score of the negative at the allowed share, so that at most that share is flagged.
      const threshold = Math.round((neg[Math.floor(falseAlarms * neg.length)]! + 0.0005) * 1000) / 1000;
      return [kind, { threshold, recall: pos.filter((r) => r.p >= threshold).length / pos.length, falseAlarms: neg.filter((p) => p >= threshold).length / neg.length }];
    }),
  );
}

/** Trains one model per kind on labelled texts, with the given thresholds. */
export function trainTextModel(texts: readonly LabelledText[], inputs: DetectorInputs, thresholds: Record<string, number>, opts: Options = {}): TextModel {
  const fitted = fit(featureSets(texts, inputs), texts, opts);
  const model: TextModel = { trainedOn: [], kinds: {} };
  for (const kind of KINDS) {
    const weights: Record<string, number> = {};
    for (const [f, w] of fitted[kind]!.weights) if (Math.abs(w) >= 0.02) weights[f] = Math.round(w * 1000) / 1000;
    model.kinds[kind] = { bias: Math.round(fitted[kind]!.bias * 1000) / 1000, threshold: thresholds[kind] ?? 0.5, weights };
  }
  return model;
}

if (process.argv[1]?.endsWith('train-text-model.ts')) {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' }, 'false-alarms': { type: 'string' } }, allowPositionals: true });
  if (positionals.some((f) => /holdout/.test(f))) throw new Error('held-out sets are never trained on');
  const inputs = evalInputs('tests/eval/roster.csv', 'tests/eval/settings.json', '2026-11-21');
  const folds = positionals.map((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LabelledText & { kind: string })
      .filter((c) => c.kind === 'text'),
  );
  const cv = crossValidate(folds, inputs, Number(values['false-alarms'] ?? 0.02));
  for (const [kind, r] of Object.entries(cv)) console.error(`${kind}: threshold ${r.threshold}, cross-validated recall ${r.recall.toFixed(3)} at false alarms ${r.falseAlarms.toFixed(3)}`);
  const model = trainTextModel(folds.flat(), inputs, Object.fromEntries(Object.entries(cv).map(([k, r]) => [k, r.threshold])));
  model.trainedOn = positionals;
  writeFileSync(values.out ?? 'utils/detect/data/text-model.json', `${JSON.stringify(model)}\n`);
}
