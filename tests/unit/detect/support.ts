import { detectAll } from '@/utils/detect/analyse';
import { compileSchoolIdentity } from '@/utils/detect/school-identity';
import { buildRosterIndex } from '@/utils/roster/roster-index';
import type { RosterEntry } from '@/utils/roster/types';

export const TODAY = '2026-11-21';
let nextId = 0;
const person = (p: Partial<RosterEntry> & Pick<RosterEntry, 'firstName' | 'lastName' | 'role'>): RosterEntry => ({ id: nextId++, handles: [], ...p });
export const ROSTER = buildRosterIndex([
  person({ firstName: 'Eleanor', lastName: 'Smith', preferredName: 'Ellie', role: 'pupil', yearGroup: 'Year 9', handles: ['ellie.s09'] }),
  person({ firstName: 'Liam', lastName: 'Patel', role: 'former_pupil', turns19On: '2028-07-01' }),
  person({ firstName: 'Grace', lastName: 'Okafor', role: 'former_pupil', turns19On: '2024-01-01' }),
  person({ firstName: 'Raj', lastName: 'Patel', role: 'parent' }),
  person({ firstName: 'Meera', lastName: 'Hughes', role: 'staff' }),
]);
export const SCHOOL = compileSchoolIdentity({
  schoolName: 'Riverside Community Primary School',
  schoolAliases: ['Riverside CPS', 'RCPS'],
  schoolWebsite: 'riverside.sch.uk',
});

/** The kinds found in a text, sorted. */
export const kinds = (text: string) => [...new Set(detectAll(text, { roster: ROSTER, school: SCHOOL, today: TODAY }).map((f) => f.kind))].sort();
/** The words found of one kind. */
export const found = (text: string, kind: string) =>
  detectAll(text, { roster: ROSTER, school: SCHOOL, today: TODAY })
    .filter((f) => f.kind === kind)
    .map((f) => f.text);
