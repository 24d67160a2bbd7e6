/**
 * Maps a roster file's column headings to the fields Chalkline reads. Headings are compared without
 * case, spaces, underscores or punctuation, so "Legal Forename", "legal_forename" and "LEGAL-FORENAME"
 * are one heading. Covers the canonical columns and real exports from SIMS, Arbor and Bromcom.
 *
 * Every other column (Gender, UPN, Adno, Reg Group, Priority, Title, …) is left unmapped: it is never
 * read and never stored.
 */

/** The fields a roster row can give, each from at most one column. */
export type RosterField =
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'preferredLastName'
  | 'role'
  | 'yearGroup'
  | 'dateOfBirth'
  | 'leftOn'
  | 'contactFirstName'
  | 'contactLastName'
  | 'relationship';

export interface HeaderMapping {
  /** The column index each field is read from. */
  fields: Partial<Record<RosterField, number>>;
  /** Columns read as social-media handles; several networks may each have a column. */
  handles: number[];
  /** Columns Chalkline does not use: never read, never stored. */
  ignored: number[];
}

/**
 * Aliases for each field, as normalised headings, best first: when a file has two columns for one
 * field, the one earlier in its list wins (a legal forename beats a plain "First name").
 */
const ALIASES: Record<RosterField, readonly string[]> = {
  firstName: [
    'legalforename', 'legalfirstname', 'legalgivenname', 'legalforenames',
    'firstname', 'forename', 'forenames', 'givenname', 'givennames', 'first',
    'pupilforename', 'pupilfirstname', 'studentforename', 'studentfirstname', 'learnerforename', 'learnerfirstname',
  ],
  lastName: [
    'legalsurname', 'legallastname', 'legalfamilyname',
    'lastname', 'surname', 'familyname', 'last',
    'pupilsurname', 'pupillastname', 'studentsurname', 'studentlastname', 'learnersurname', 'learnerlastname',
  ],
  preferredName: ['preferredname', 'preferredforename', 'preferredfirstname', 'knownas', 'nickname', 'chosenname'],
  preferredLastName: ['preferredlastname', 'preferredsurname', 'preferredfamilyname'],
  role: ['role', 'persontype', 'type', 'rostertype', 'category'],
  yearGroup: ['yeargroup', 'ncyeargroup', 'ncyear', 'year', 'yearofstudy', 'curriculumyear', 'childyeargroup', 'childyear'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'birthday'],
  leftOn: ['lefton', 'leavingdate', 'dateofleaving', 'leftdate', 'dateleft', 'leavedate'],
  contactFirstName: [
    'contactforename', 'contactfirstname', 'contactlegalforename', 'guardianfirstname', 'guardianforename',
    'parentforename', 'parentfirstname', 'carerforename', 'carerfirstname', 'parentcarerforename', 'parentcarerfirstname',
  ],
  contactLastName: [
    'contactsurname', 'contactlastname', 'contactlegalsurname', 'guardianlastname', 'guardiansurname',
    'parentsurname', 'parentlastname', 'carersurname', 'carerlastname', 'parentcarersurname', 'parentcarerlastname',
  ],
  relationship: [
    'relationship', 'contactrelationship', 'guardianrelationship', 'relationshiptopupil', 'relationshiptostudent',
    'relationshiptochild', 'relationshiptype', 'contacttype',
  ],
};

/** Columns whose values are social-media handles. */
const HANDLE_ALIASES: ReadonlySet<string> = new Set([
  'handles', 'handle', 'usernames', 'username', 'socialhandles', 'socialmediahandles', 'socialmedia', 'accounts',
  'instagram', 'instagramhandle', 'tiktok', 'tiktokhandle', 'x', 'xhandle', 'twitter', 'twitterhandle',
]);

/** Generic name columns that, beside a legal-name column, hold the name a person goes by (Arbor). */
const GENERIC_FIRST = new Set(['firstname', 'forename', 'givenname']);
const GENERIC_LAST = new Set(['lastname', 'surname', 'familyname']);

const LOOKUP = new Map<string, { field: RosterField; rank: number }>();
for (const [field, aliases] of Object.entries(ALIASES) as [RosterField, readonly string[]][]) {
  aliases.forEach((alias, rank) => LOOKUP.set(alias, { field, rank }));
}

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** "Legal Forename", "legal_forename" and "Legal-Forename:" all become "legalforename". */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(NOT_ALPHANUMERIC, '');
}

/** The canonical columns, for messages that say what a roster should have. */
export const CANONICAL_COLUMNS = [
  'first_name', 'last_name', 'preferred_name', 'role', 'year_group', 'date_of_birth', 'left_on', 'handles',
] as const;

/** Maps headings (in file order) to fields. Pure; linear in the number of columns. */
export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const best: Partial<Record<RosterField, { index: number; rank: number }>> = {};
  const handles: number[] = [];
  const keys = headers.map(normaliseHeader);
  keys.forEach((key, index) => {
    if (HANDLE_ALIASES.has(key)) {
      handles.push(index);
      return;
    }
    const hit = LOOKUP.get(key);
    if (!hit) return;
    const current = best[hit.field];
    if (!current || hit.rank < current.rank) best[hit.field] = { index, rank: hit.rank };
  });
  const fields: Partial<Record<RosterField, number>> = {};
  for (const [field, pick] of Object.entries(best) as [RosterField, { index: number }][]) fields[field] = pick.index;

  // Arbor gives "Legal first name" and "First name" (the name the pupil goes by) side by side.
  const used = new Set(Object.values(fields));
  if (fields.preferredName === undefined && fields.firstName !== undefined && !GENERIC_FIRST.has(keys[fields.firstName]!)) {
    const generic = keys.findIndex((k, i) => !used.has(i) && GENERIC_FIRST.has(k));
    if (generic >= 0) fields.preferredName = generic;
  }
  if (fields.preferredLastName === undefined && fields.lastName !== undefined && !GENERIC_LAST.has(keys[fields.lastName]!)) {
    const generic = keys.findIndex((k, i) => !used.has(i) && GENERIC_LAST.has(k));
    if (generic >= 0) fields.preferredLastName = generic;
  }
  // A file with only preferred names still names people.
  if (fields.firstName === undefined && fields.preferredName !== undefined) {
    fields.firstName = fields.preferredName;
    delete fields.preferredName;
  }
  if (fields.lastName === undefined && fields.preferredLastName !== undefined) {
    fields.lastName = fields.preferredLastName;
    delete fields.preferredLastName;
  }

  const mapped = new Set<number>([...Object.values(fields), ...handles]);
  const ignored = headers.map((_, i) => i).filter((i) => !mapped.has(i));
  return { fields, handles, ignored };
}

/** True when the columns name people: a first and last name, for pupils/staff or for contacts. */
export function hasNameColumns(mapping: HeaderMapping): boolean {
  const f = mapping.fields;
  return (f.firstName !== undefined && f.lastName !== undefined) || (f.contactFirstName !== undefined && f.contactLastName !== undefined);
}

/** True when rows describe a pupil's contacts (SIMS/Arbor/Bromcom contact and guardian reports). */
export function isContactExport(mapping: HeaderMapping): boolean {
  return mapping.fields.contactFirstName !== undefined || mapping.fields.contactLastName !== undefined;
}
