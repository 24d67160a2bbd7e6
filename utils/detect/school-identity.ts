import { tokeniseText, type TextToken } from '@/utils/roster/normalise';
import { compilePhrases, type PhraseMatcher } from './phrases';
import type { Finding } from './types';
import words from './data/school-words.en-GB.json';

/** What names the school, as the settings give it. */
export interface SchoolNames {
  schoolName: string;
  schoolAliases: readonly string[];
  /** An address or a bare domain ("riverside.sch.uk"), as an admin would type it. */
  schoolWebsite: string;
}

/** The school's names compiled once per settings change; `find` is then linear in the text. */
export interface SchoolIdentityMatcher {
  find(text: string, tokens?: readonly TextToken[]): Finding[];
}

const GENERIC = new Set(words.generic);
const STRONG = new Set(words.strong);
/** A squashed name shorter than this ("rcps") is only trusted after # or @. */
const SQUASHED_MIN = 8;

const norms = (s: string) => tokeniseText(s).map((t) => t.norm);

/** The host of the school's website, lower-case without "www.", or "" when none is set. */
export function schoolHost(website: string): string {
  const host = website
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : '';
}

/**
 * The ways the school's name can be written: the whole name; its distinctive words with any of the
 * name's own school words after them ("Riverside Primary", "Riverside Community Primary", never bare
 * "Riverside": "Riverside Walk" is a street); each alias. For a name made only of school words, the
 * whole name.
 */
export function nameForms(schoolName: string): string[][] {
  const tokens = norms(schoolName);
  if (tokens.length === 0) return [];
  const firstDistinct = tokens.findIndex((t) => !GENERIC.has(t));
  if (firstDistinct === -1) return [tokens];
  let coreEnd = firstDistinct;
  while (coreEnd < tokens.length && !GENERIC.has(tokens[coreEnd]!)) coreEnd += 1;
  const core = tokens.slice(firstDistinct, coreEnd);
  // School words after the core, minus the joining words ("of", "the") that never stand alone.
  const after = tokens.slice(coreEnd).filter((t) => !words.joining.includes(t)).slice(0, 6);
  const forms: string[][] = [tokens];
  for (let mask = 1; mask < 1 << after.length; mask++) {
    const kept = after.filter((_, k) => mask & (1 << k));
    if (kept.some((t) => STRONG.has(t))) forms.push([...core, ...kept]);
  }
  return forms;
}

/** Compiles the school's names (see nameForms), aliases and website into one matcher. */
export function compileSchoolIdentity(names: SchoolNames): SchoolIdentityMatcher {
  const phrases: [string, string][] = [];
  const squashed = new Map<string, string>();
  for (const form of nameForms(names.schoolName)) {
    phrases.push([form.join(' '), 'name']);
    if (form.length > 1) squashed.set(form.join(''), 'name');
  }
  for (const alias of names.schoolAliases) {
    const form = norms(alias);
    if (form.length === 0 || form.join('').length < 2) continue;
    phrases.push([form.join(' '), 'alias']);
    squashed.set(form.join(''), 'alias');
  }
  const matcher: PhraseMatcher<string> = compilePhrases(phrases);
  const host = schoolHost(names.schoolWebsite);
  const squashedLengths = [...new Set([...squashed.keys()].map((k) => k.length))].sort((a, b) => a - b);

  return {
    find(text, tokens = tokeniseText(text)) {
      const found: Finding[] = [];
      const push = (start: number, end: number, what: string, confidence: number) =>
        found.push({ kind: 'school-identity', start, end, text: text.slice(start, end), confidence, what });
      for (const hit of matcher.find(tokens)) push(tokens[hit.from]!.start, tokens[hit.to - 1]!.end, hit.data, 0.95);
      // "#RiversidePrimary", "@RiversideCPS", "#riversidecps2026": one word that begins with a squashed
      // name. Each word costs one Map lookup per squashed length in use (never more than a few).
      if (squashed.size) {
        for (const t of tokens) {
          const tagged = t.start > 0 && (text[t.start - 1] === '#' || text[t.start - 1] === '@');
          for (const length of squashedLengths) {
            if (length > t.norm.length) break;
            const what = squashed.get(length === t.norm.length ? t.norm : t.norm.slice(0, length));
            if (what === undefined) continue;
            const rest = t.norm.slice(length);
            if (tagged || (length >= SQUASHED_MIN && /^\d*$/.test(rest))) {
              push(t.start - (tagged ? 1 : 0), t.end, `${what}-tag`, 0.95);
              break;
            }
          }
        }
      }
      if (host) {
        const lower = text.toLowerCase();
        for (let at = lower.indexOf(host); at !== -1; at = lower.indexOf(host, at + 1)) {
          const before = at > 0 ? lower[at - 1]! : ' ';
          const after = lower[at + host.length] ?? ' ';
          const afterNext = lower[at + host.length + 1] ?? ' ';
          const startsOk = !/[a-z0-9-]/.test(before);
          const endsOk = !/[a-z0-9-]/.test(after) && !(after === '.' && /[a-z0-9]/.test(afterNext));
          if (startsOk && endsOk) push(at, at + host.length, 'website', 0.98);
        }
      }
      return found;
    },
  };
}
