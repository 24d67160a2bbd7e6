import type { SettingProblem } from '@/utils/config/merge';
import { readPackFile } from './file';
import type { Citation, Pack, Rule, Severity } from './schema';
import { normaliseWhitespace } from './verify';

/**
 * The pack editor's pure core: a DSL starts from a pack Chalkline ships, keeps the rules their policy
 * has, sets how firmly each one holds, and gives each their own clause number and words. Nothing here
 * touches the browser, so every step is tested without one.
 */

/** One rule as the editor holds it: the rule it started from, and the school's own choices. */
export interface EditorRule {
  id: string;
  on: boolean;
  severity: Severity;
  /** The school's own clause number or heading, and its words, word for word; '' until given. */
  clause: string;
  quote: string;
}

/** Everything the DSL has chosen; kept as they type, so nothing is lost when the page closes. */
export interface EditorState {
  baseId: string;
  schoolName: string;
  version: string;
  /** The school's policy as pasted, to check each quote against. */
  policyText: string;
  rules: EditorRule[];
}

/** A fresh start from one of the packs Chalkline ships. */
export function startFrom(base: Pack, schoolName = ''): EditorState {
  return {
    baseId: base.id,
    schoolName,
    version: new Date().getFullYear().toString(),
    policyText: '',
    rules: base.rules.map((r) => ({ id: r.id, on: true, severity: r.severity, clause: '', quote: '' })),
  };
}

/** "Oakfield Primary School" → "oakfield-primary-school": the pack's id, as the pack schema wants it. */
export function packIdFor(schoolName: string): string {
  const slug = normaliseWhitespace(schoolName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug ? `${slug}-policy` : 'school-policy';
}

/** Whether a quote is in the pasted policy, word for word (spacing and line breaks aside). */
export type QuoteCheck = 'found' | 'not-found' | 'no-policy' | 'empty';

/** Checks one quote against the pasted policy, in time linear in their lengths. */
export function checkQuote(quote: string, policyText: string): QuoteCheck {
  const q = normaliseWhitespace(quote);
  if (!q) return 'empty';
  if (!normaliseWhitespace(policyText)) return 'no-policy';
  return normaliseWhitespace(policyText).includes(q) ? 'found' : 'not-found';
}

/**
 * A rule's citations in the school's pack: the school's own clause when given; otherwise the words it
 * was drawn from in the pack it started from, each naming that pack's policy, so staff see it as
 * "Drawn from …" and never as this school's words.
 */
function citationsFor(base: Pack, rule: Rule, mine: EditorRule): Citation[] {
  if (mine.quote.trim()) return [{ clause: mine.clause.trim() || 'no clause number', quote: normaliseWhitespace(mine.quote) }];
  return rule.citations.map((c) => ({ ...c, source: c.source ?? base.source }));
}

/**
 * The pack as it stands, unchecked, for the preview while the DSL is still writing it: every rule
 * turned on, with the school's choices, under the school's name (or "Your school" until it is given).
 */
export function draftPack(base: Pack, state: EditorState): Pack {
  const name = normaliseWhitespace(state.schoolName) || 'Your school';
  const id = packIdFor(name);
  const rules = state.rules.filter((r) => r.on).flatMap((mine) => {
    const rule = base.rules.find((r) => r.id === mine.id);
    return rule ? [{ ...rule, severity: mine.severity, citations: citationsFor(base, rule, mine) }] : [];
  });
  return {
    id,
    name,
    source: id,
    version: state.version.trim() || '1',
    description: `${name}'s social-media policy for staff, written with Chalkline's pack editor from "${base.name}".`,
    rules,
  };
}

/**
 * The school's pack from the editor's state, checked exactly as an imported pack file is, or the
 * problems that stop it (no school name, no rule left on, a quote not in the pasted policy).
 */
export function buildPack(base: Pack, state: EditorState): { ok: true; pack: Pack; text: string } | { ok: false; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const name = normaliseWhitespace(state.schoolName);
  if (!name) problems.push({ path: 'schoolName', message: "needs your school's name" });
  const chosen = state.rules.filter((r) => r.on);
  if (!chosen.length) problems.push({ path: 'rules', message: 'needs at least one rule turned on' });
  state.rules.forEach((r, i) => {
    if (r.on && r.quote.trim() && checkQuote(r.quote, state.policyText) === 'not-found') {
      problems.push({ path: `rules[${i}].quote`, message: 'is not in the policy you pasted, word for word' });
    }
  });
  if (problems.length) return { ok: false, problems };
  const pack = draftPack(base, state);
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  const read = readPackFile(text);
  return read.ok ? { ok: true, pack: read.pack, text } : { ok: false, problems: read.problems };
}

/**
 * The enterprise policy that deploys the pack: the pack's own text in `schoolPack` and its id in
 * `policyPack`. Google Admin wants each value wrapped in `{"Value": …}`; a policy file does not.
 */
export function policySnippet(pack: Pack, text: string, form: 'file' | 'google-admin'): string {
  const values = { policyPack: pack.id, schoolPack: text };
  const shaped = form === 'google-admin' ? Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { Value: v }])) : values;
  return `${JSON.stringify(shaped, null, 2)}\n`;
}

/** Reads a saved editor state back, or null when it is not one (an older layout, damaged storage). */
export function readState(raw: unknown): EditorState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const s = raw as Partial<EditorState>;
  if (typeof s.baseId !== 'string' || typeof s.schoolName !== 'string' || typeof s.version !== 'string' || typeof s.policyText !== 'string' || !Array.isArray(s.rules)) return null;
  const rules = s.rules.filter(
    (r): r is EditorRule =>
      typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.on === 'boolean' && ['block', 'warn', 'inform'].includes(r.severity) && typeof r.clause === 'string' && typeof r.quote === 'string',
  );
  return { baseId: s.baseId, schoolName: s.schoolName, version: s.version, policyText: s.policyText, rules };
}
