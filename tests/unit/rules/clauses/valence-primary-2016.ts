import type { DesignClause } from './types';

/** The design's list for Valence Primary School, each mapped to the rule(s) in rules/packs/valence-primary-2016.json that enforce it. */
export const clauses: DesignClause[] = [
  { clause: 'never add pupils', rules: ['never-add-pupils'] },
  { clause: 'pupil contact reported immediately', rules: ['report-pupil-contact'] },
  { clause: 'strongly advised not to add parents (warn)', rules: ['avoid-adding-parents'] },
  { clause: 'no personal use in school hours', rules: ['no-social-media-in-school-hours'] },
  { clause: 'privacy review every three months, friends only', rules: ['review-privacy-every-three-months'] },
  { clause: 'no school matters in public', rules: ['no-school-matters-in-public'] },
  { clause: 'photos of pupils never with names', rules: ['no-pupil-photos-with-names'] },
  { clause: 'official accounts only in non-teaching time', rules: ['official-accounts-non-teaching-time'] },
];
