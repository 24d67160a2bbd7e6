import type { FindingKind, MatchRole, Pack } from '@/rules/schema';
import { composeRule, contactRule, type ComposeSurface } from '@/rules/select';
import type { RosterIndex } from '@/utils/roster/roster-index';
import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { compileTextModel, scoreText, type TextModel } from './text-model';
import textModel from './data/text-model.json';
import { detectComplaint, hasScareQuotes, textTone } from './complaint';
import { detectContactDetails } from './contact-details';
import { detectOffensive } from './offensive';
import { detectRosterNames } from './roster-name';
import { detectSchoolMatters } from './school-matters';
import type { SchoolIdentityMatcher } from './school-identity';
import type { AnalysedFinding, EngagedRule, Finding } from './types';
import complaintWords from './data/complaint.en-GB.json';

/** Exclamations ("wtf", "ffs") are rude but criticise nobody: they never make a complaint. */
const NOT_CRITICISM = new Set(complaintWords.notCriticism);

import { MAX_ANALYSED_LENGTH } from './limits';

export { MAX_ANALYSED_LENGTH };

/** What the detectors need besides the text: the roster, the school's names and the date ages are reckoned on. */
export interface DetectorInputs {
  roster: RosterIndex | null;
  school: SchoolIdentityMatcher;
  /** YYYY-MM-DD in the school's time zone: whether a former pupil is under 19 depends on it. */
  today: string;
}

/** Where the text is going, as the compose guard knows it. */
export interface AnalysisContext extends DetectorInputs {
  pack: Pack;
  /** A public post, a comment or reply under someone's post, or a private message. */
  surface: ComposeSurface;
  network?: string;
  /** The other person in a message, when the contact guard knows who they are. */
  partnerRole?: MatchRole | null;
  /** Whether it is the school's working time now (some rules are in force only in or out of it). */
  workingTime?: boolean;
}

/** What every detector found in a text, and the flags the text model reads from them. */
interface Prepared {
  text: string;
  tokens: readonly TextToken[];
  /** Findings of the detectors that need no model: names, contact details, the school, rude words. */
  plain: Finding[];
  /** The word lists' findings of the kinds the model speaks for. */
  lists: Finding[];
  flags: string[];
}

function prepare(text: string, inputs: DetectorInputs): Prepared {
  const t = text.length > MAX_ANALYSED_LENGTH ? text.slice(0, MAX_ANALYSED_LENGTH) : text;
  const tokens = tokeniseText(t);
  const names = detectRosterNames(inputs.roster, t, inputs.today, tokens);
  const school = inputs.school.find(t, tokens);
  const contact = detectContactDetails(t, tokens);
  const offensive = detectOffensive(t, tokens);
  // Colleagues named and the school's names are targets of complaints, but weak ones: they make a complaint
  // only with words of criticism from the list, never with a rude word or a gloomy sentence alone
  // ("Poor Mark, get well soon").
  const targets = [...names.filter((f) => f.role === 'staff'), ...school].map((f) => ({ ...f, weak: true }));
  // The words of addresses, numbers and web addresses are not prose ("k.alderton.send@gmail.com" says
  // nothing about SEND): the detectors that weigh words do not read them.
  const prose = outside(tokens, [...contact, ...school.filter((f) => f.what === 'website')]);
  const lists = [
    ...detectSchoolMatters(t, prose, school.length > 0, names),
    ...detectComplaint(t, prose, targets, offensive.filter((f) => !NOT_CRITICISM.has(f.text.toLowerCase())).map((f) => ({ ...f, weak: true }))),
  ];
  const plain = [...names, ...contact, ...school, ...offensive];
  return { text: t, tokens, plain, lists, flags: flagsOf(t, tokens, plain, lists) };
}

/**
 * Every finding of every detector, sorted by place. Pure and linear in the text; the same text and
 * inputs always give the same findings. Text past MAX_ANALYSED_LENGTH is not read.
 */
export function detectAll(text: string, inputs: DetectorInputs): Finding[] {
  const p = prepare(text, inputs);
  return withoutOverlaps([...p.plain, ...withModel(p)]);
}

/** The tokens that lie outside every given span (spans and tokens both in text order). */
function outside(tokens: readonly TextToken[], spans: readonly { start: number; end: number }[]): readonly TextToken[] {
  if (spans.length === 0) return tokens;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const kept: TextToken[] = [];
  let k = 0;
  for (const t of tokens) {
    while (k < sorted.length && sorted[k]!.end <= t.start) k += 1;
    const s = sorted[k];
    if (!s || t.end <= s.start || t.start >= s.end) kept.push(t);
  }
  return kept;
}

/** The kinds the text model speaks for, compiled once. */
const MODEL = compileTextModel(textModel as unknown as TextModel);
const MODEL_KINDS = new Set(MODEL.kinds.map((k) => k.kind));

/** Below this many words a text gives the model too little to go on to overrule the lists' strong signs. */
const SHORT_TEXT = 10;

/** Whether a word-list finding rests on a strong sign: a strong term, or words of criticism at a target. */
const strongSign = (f: Finding) => f.what === 'term' || f.what === 'criticism';

/**
 * The model decides the kinds it speaks for, weighing the whole text with what the word lists found
 * in it: a kind is found when the model is at least as sure as its threshold, at the words the lists
 * pointed to, or else over the whole text (the model weighs the text as a whole, so it cannot point
 * at words). A list finding the model does not back is dropped ("the photos are ridiculous"), except
 * on a strong sign in a short text ("Meera Hughes is useless").
 */
function withModel({ text, tokens, lists, flags }: Prepared): Finding[] {
  const out: Finding[] = lists.filter((f) => !MODEL_KINDS.has(f.kind));
  if (tokens.length === 0) return out;
  const p = scoreText(MODEL, tokens, flags);
  MODEL.kinds.forEach((model, k) => {
    const kind = model.kind as FindingKind;
    const pk = p[k]!;
    const listed = lists.filter((f) => f.kind === kind);
    if (pk < model.threshold) {
      if (tokens.length < SHORT_TEXT) out.push(...listed.filter(strongSign));
      return;
    }
    const confidence = Math.round(pk * 100) / 100;
    if (listed.length) {
      out.push(...listed.map((f) => ({ ...f, confidence: Math.max(f.confidence, confidence) })));
      return;
    }
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    out.push({ kind, start, end, text: text.slice(start, end), confidence, what: 'model' });
  });
  return out;
}

/**
 * Flags for the text model: what the other detectors found (the school named, contact details, rude
 * words, the roles of the people named, the word lists' findings by strength), the text's overall tone
 * (AFINN-165) and quoted words, so that the model can tell praise of the head from a dig at her.
 */
function flagsOf(text: string, tokens: readonly TextToken[], plain: readonly Finding[], lists: readonly Finding[]): string[] {
  const flags = new Set<string>();
  for (const f of plain) {
    if (f.kind === 'school-identity') flags.add('school');
    else if (f.kind === 'contact-details') flags.add('contact');
    else if (f.kind === 'offensive') flags.add('offensive');
    else if (f.kind === 'roster-name' && f.role) flags.add(`named-${f.role}`);
  }
  for (const f of lists) flags.add(`${f.kind}-${f.what}`);
  const tone = textTone(tokens);
  if (tone <= -2) flags.add('negative');
  if (tone >= 3) flags.add('positive');
  if (hasScareQuotes(text)) flags.add('quotes');
  return [...flags];
}

/** The flags the text model reads for a text (for training it): see flagsOf. */
export function detectorFlags(text: string, inputs: DetectorInputs): string[] {
  return prepare(text, inputs).flags;
}

/**
 * One finding per kind for any stretch of text: where two of a kind overlap (obscenity and the mask
 * check both seeing "f*ck"), the longer is kept, then the surer. Roster names of different people
 * are all kept, since each person is a finding of their own. Sorted by place.
 */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const ranked = findings.sort((a, b) => a.start - b.start || b.end - a.end || b.confidence - a.confidence);
  const kept: Finding[] = [];
  const lastEnd = new Map<string, number>();
  for (const f of ranked) {
    const key = f.kind === 'roster-name' ? `${f.kind}:${f.role}:${f.text}` : f.kind;
    if ((lastEnd.get(key) ?? -1) > f.start) continue;
    lastEnd.set(key, f.end);
    kept.push(f);
  }
  return kept;
}

/**
 * The analysis the compose guard runs: every finding, each with the rule of the active pack it
 * engages (or null when the pack says nothing about it). What a finding means is the pack's: a
 * colleague named in a birthday wish may only inform, the same colleague named beside a complaint
 * warns, a pupil named in a public post blocks.
 */
export function analyseText(text: string, context: AnalysisContext): AnalysedFinding[] {
  const findings = detectAll(text, context);
  const present = new Set<FindingKind>(findings.map((f) => f.kind));
  return findings.map((f) => {
    const rule = composeRule(context.pack, {
      kind: f.kind,
      namedRole: f.role ?? null,
      present,
      surface: context.surface,
      partnerRole: context.partnerRole ?? null,
      workingTime: context.workingTime ?? false,
    });
    return { ...f, rule: rule ? { id: rule.id, severity: rule.severity } : null };
  });
}

/**
 * The rule that a message engages by whom it goes to, whatever it says: secondary school 5.5 iii makes
 * any discussion with a parent its own rule. Null for posts and comments, and when the partner is unknown.
 */
export function conversationRule(context: Pick<AnalysisContext, 'pack' | 'surface' | 'partnerRole' | 'workingTime'>): EngagedRule | null {
  if (context.surface !== 'message' || !context.partnerRole) return null;
  const rule = contactRule(context.pack, { role: context.partnerRole, action: 'message', workingTime: context.workingTime ?? false });
  return rule ? { id: rule.id, severity: rule.severity } : null;
}
