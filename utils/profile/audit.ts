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

/**
 * Overlapping phrase hits as one span each ("Year 4 teacher" and "teacher at" → "Year 4 teacher at"),
 * so the person sees their words once. Token indexes, end exclusive.
 */
function merged(hits: readonly { from: number; to: number }[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const { from, to } of [...hits].sort((a, b) => a.from - b.from || b.to - a.to)) {
    const last = spans[spans.length - 1];
    if (last && from < last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
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
        for (const f of school.find(text, tokens)) add({ field, kind: 'school-identity', what: f.what.replace(/-tag$/, ''), text: f.text });
        const profession = [...anywhere.find(tokens), ...(JOB_FIELDS.has(field) ? inJobFields.find(tokens) : [])];
        for (const [from, to] of merged(profession)) add({ field, kind: 'school-identity', what: 'profession', text: text.slice(tokens[from]!.start, tokens[to - 1]!.end) });
        for (const f of detectContactDetails(text, tokens)) if (PRIVATE_DETAILS.has(f.what)) add({ field, kind: 'contact-details', what: f.what, text: f.text });
      }
      return found;
    },
  };
}
