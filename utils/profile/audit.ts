import { compilePhrases, type PhraseMatcher } from '@/utils/detect/phrases';
import { detectContactDetails } from '@/utils/detect/contact-details';
import { compileSchoolIdentity, type SchoolNames } from '@/utils/detect/school-identity';
import { tokeniseText } from '@/utils/roster/normalise';
import words from '@/utils/detect/data/profession-words.en-GB.json';

/** The parts of a profile a network shows and Chalkline reads. */
export const PROFILE_FIELDS = ['name', 'handle', 'headline', 'bio', 'work', 'education', 'website', 'location'] as const;
export type ProfileFieldName = (typeof PROFILE_FIELDS)[number];

/** One field as the page shows it (the person's own words, from their own profile). */
export interface ProfileField {
  field: ProfileFieldName;
  text: string;
}

/** Something in the profile the school's policy asks staff to leave out. */
export interface ProfileFinding {
  field: ProfileFieldName;
  /** 'school-identity' covers the school's name, aliases, website and words that say the person works in a school. */
  kind: 'school-identity' | 'contact-details';
  /** name, alias, website, profession; phone, postcode, address. */
  what: string;
  /** The words found, as the profile has them. */
  text: string;
}

/** Fields whose whole point is where you work or what you do: a bare "teacher" there says it. */
const JOB_FIELDS = new Set<ProfileFieldName>(['headline', 'work']);
/** A profile's own e-mail or website is not what the policies warn about; a home phone or address is. */
const PRIVATE_DETAILS = new Set(['phone', 'postcode', 'address']);
/** Longer than any real profile field: the rest is left unread rather than slowing the page. */
export const MAX_FIELD_LENGTH = 5000;

/** A stretch of a field's text that says where the person works, in characters (end exclusive). */
interface Span {
  start: number;
  end: number;
  what: string;
}

/** The school's own names outrank job words when one stretch holds both. */
const RANK: Record<string, number> = { name: 3, alias: 3, website: 3, profession: 1 };

/**
 * Overlapping or touching stretches (only spaces between) as one, so the person reads their own words
 * once: "Year 4 teacher at" and "Oakfield Primary" → "Year 4 teacher at Oakfield Primary".
 */
function joined(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && (span.start <= last.end || /^\s+$/.test(text.slice(last.end, span.start)))) {
      last.end = Math.max(last.end, span.end);
      if ((RANK[span.what] ?? 0) > (RANK[last.what] ?? 0)) last.what = span.what;
    } else out.push({ ...span });
  }
  return out;
}

/** The school's names and the profession phrases compiled once; `audit` is then linear in the profile's text. */
export interface ProfileAuditor {
  audit(fields: readonly ProfileField[]): ProfileFinding[];
}

/** Compiles an auditor for one school's settings. */
export function compileProfileAuditor(names: SchoolNames): ProfileAuditor {
  const school = compileSchoolIdentity(names);
  const anywhere: PhraseMatcher<true> = compilePhrases(words.anywhere.map((p) => [p, true] as const));
  const inJobFields: PhraseMatcher<true> = compilePhrases(words.jobFields.map((p) => [p, true] as const));
  return {
    audit(fields) {
      const found: ProfileFinding[] = [];
      const seen = new Set<string>();
      const add = (f: ProfileFinding) => {
        const key = `${f.field}\u0000${f.what}\u0000${f.text.toLowerCase()}`;
        if (!seen.has(key)) found.push(f), seen.add(key);
      };
      for (const { field, text: whole } of fields) {
        const text = whole.slice(0, MAX_FIELD_LENGTH);
        if (!text.trim()) continue;
        const tokens = tokeniseText(text);
        const spans: Span[] = school.find(text, tokens).map((f) => ({ start: f.start, end: f.end, what: f.what.replace(/-tag$/, '') }));
        for (const hit of [...anywhere.find(tokens), ...(JOB_FIELDS.has(field) ? inJobFields.find(tokens) : [])]) {
          spans.push({ start: tokens[hit.from]!.start, end: tokens[hit.to - 1]!.end, what: 'profession' });
        }
        for (const span of joined(text, spans)) add({ field, kind: 'school-identity', what: span.what, text: text.slice(span.start, span.end) });
        for (const f of detectContactDetails(text, tokens)) if (PRIVATE_DETAILS.has(f.what)) add({ field, kind: 'contact-details', what: f.what, text: f.text });
      }
      return found;
    },
  };
}
