/**
 * Does a profile look like a school pupil's, although the person is not on the roster? Chiltern's
 * policy (6.2) forbids contact with pupils "from any other educational establishment" too, so a
 * bio saying "Year 10" or "Class of 2028" is worth a warning. Adults who mention school words
 * ("Year 10 teacher", "mum of a Year 9", "Class of 1998") must not be caught.
 */

const ADULT = new RegExp(
  [
    'teach(?:er|ing)?',
    'tutor',
    'head\\s*(?:of|teacher)',
    'headteacher',
    'hoy',
    'senco',
    'governor',
    'lecturer',
    'coach',
    'teaching assistant',
    'staff',
    'principal',
    'mum(?:my)?',
    'mom',
    'mother',
    'dad(?:dy)?',
    'father',
    'parent',
    'grand(?:ma|pa|mother|father|parent|ad)',
    'nan(?:a|na)?',
    'alumn(?:i|us|a)',
    'former pupil',
    'ex[- ]pupil',
    'old (?:boy|girl)',
  ].join('|'),
  'i',
);

const ADULT_WORDS = new RegExp(`\\b(?:${ADULT.source})\\b`, 'i');
/** "TA" (teaching assistant) only in capitals: "ta" is also British for "thanks". */
const TA = /\bTAs?\b/;
const YEAR_GROUP = /\b(?:year|yr|y)\s?-?\s?(1[0-3]|[1-9])\b/i;
const CLASS_OF = /\bclass\s+of\s+(?:20)?['’‘]?(\d{2})\b/i;
const BARE_YEAR = /(?:^|[\s|•·,(])['’‘](\d{2})\b/u;
const SIXTH_FORM = /\b(?:(?:sixth|6th)\s*form(?:er)?|[LU]6|(?:lower|upper)\s+sixth)\b/i;
const EXAMS = /\b(?:gcses?|a[- ]?levels?|btecs?|sats|11\+|eleven plus)\b/i;
/** "9th grade" (not "grade 8 piano", an exam adults take too). */
const GRADE = /\b(?:[1-9]|1[0-2])(?:st|nd|rd|th)\s+grade\b/i;
/** Scottish years S1–S6 and P1–P7, only beside a school word (an "S4" alone may be a phone). */
const SCOTTISH = /\b[SP][1-7]\b/;
const SCHOOL_WORD = /\b(?:pupil|student|school|high|academy|college)\b/i;

/**
 * The words that make a profile look like a pupil's, or null. `today` (YYYY-MM-DD) decides which
 * "Class of" years are still at school: this year up to 12 years ahead.
 */
export function likelyPupilEvidence(text: string, today: string): string | null {
  if (!text.trim() || ADULT_WORDS.test(text) || TA.test(text)) return null;
  const year = Number(today.slice(2, 4));
  const inSchool = (yy: number) => yy >= year && yy <= year + 12;
  const cls = CLASS_OF.exec(text);
  if (cls) return inSchool(Number(cls[1])) ? cls[0] : null;
  const yg = YEAR_GROUP.exec(text);
  if (yg) return yg[0];
  const bare = BARE_YEAR.exec(text);
  if (bare && inSchool(Number(bare[1]))) return bare[0].trim();
  const six = SIXTH_FORM.exec(text);
  if (six) return six[0];
  const grade = GRADE.exec(text);
  if (grade) return grade[0];
  const scottish = SCOTTISH.exec(text);
  if (scottish && SCHOOL_WORD.test(text)) return scottish[0];
  const exams = EXAMS.exec(text);
  if (exams) return exams[0];
  return null;
}
