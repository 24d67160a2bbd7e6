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
    ],
    closures: ['2026-12-07'],
  },
  privacyReviewDays: 90,
} as const;

/** Fills an empty installation with the demo school; never overwrites anything a person set. */
export async function seedDemoSchool(): Promise<void> {
  if (Object.keys(await readLocalLayer()).length > 0) return;
  const { accepted } = checkLayer(DEMO_SETTINGS);
  await writeLocalLayer(accepted);
}
