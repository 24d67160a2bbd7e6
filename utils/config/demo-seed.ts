import { parseRosterText, isRejected } from '@/utils/roster/parse';
import { loadRosterMeta, replaceRoster } from '@/utils/roster/store';
import { checkLayer } from './merge';
import { readLocalLayer, writeLocalLayer } from './store';

/**
 * A fictional school for `npm start` (demo builds only: production builds drop this module because
 * the only call sits behind `import.meta.env.MODE === 'demo'`).
 */
export const DEMO_SETTINGS = {
  schoolName: 'Oakfield Primary School',
  schoolAliases: ['Oakfield Primary', 'Oakfield School', 'OPS'],
  schoolWebsite: 'https://www.oakfield-primary.example.sch.uk',
  policyPack: 'model',
  dsl: { name: 'Sam Okafor', email: 'dsl@oakfield-primary.example.sch.uk', phone: '01632 960 123' },
  workingHours: {
    mode: 'block',
    timeZone: 'Europe/London',
    termDates: [
      { start: '2026-09-02', end: '2026-10-23' },
      { start: '2026-11-02', end: '2026-12-18' },
      { start: '2027-01-05', end: '2027-03-26' },
      { start: '2027-04-12', end: '2027-07-21' },
    ],
    closures: ['2026-12-07'],
  },
  privacyReviewDays: 90,
} as const;

/** The demo school's roster: fictional people, one of each kind Chalkline tells apart. */
export const DEMO_ROSTER_CSV = `first_name,last_name,preferred_name,role,year_group,date_of_birth,left_on,handles
Eleanor,Smith,Ellie,pupil,Year 6,2015-05-14,,ellie.smith.oak
Oliver,Okafor,Ollie,pupil,Year 5,2016-01-20,,
Zoë,Müller,,pupil,Year 4,2017-09-02,,
Harry,Whitfield,,pupil,Year 3,2018-03-30,,harrywhitfield_
Aisha,Begum,,pupil,Year 2,2019-02-11,,
Margaret,Hughes,Maisie,pupil,Reception,2021-10-10,,
Liam,Patel,,former_pupil,,2011-07-01,2022-07-20,liampatel11
Grace,Patel,,parent,Year 6,,,
Raj,Patel,,parent,Year 6,,,
Tomasz,Kowalski,Tom,parent,Year 4,,,
Daniel,Wright,,staff,,,,mrwright_teaches
Priya,Shah,,staff,,,,
`;

/** Fills an empty installation with the demo school and its roster; never overwrites anything a person set. */
export async function seedDemoSchool(today = new Date().toISOString().slice(0, 10)): Promise<void> {
  if (Object.keys(await readLocalLayer()).length === 0) await writeLocalLayer(checkLayer(DEMO_SETTINGS).accepted);
  if (await loadRosterMeta()) return;
  const parsed = parseRosterText(DEMO_ROSTER_CSV, { today, fileName: 'demo-roster.csv' });
  if (isRejected(parsed)) throw new Error(`The demo roster is broken: ${parsed.reason}`);
  await replaceRoster({ ...parsed, source: { kind: 'file', name: 'Oakfield demo roster (fictional)' } });
}
