import type { DesignClause } from './types';

/** The design's list for the secondary school, each mapped to the rule(s) in rules/packs/secondary-school.json that enforce it. */
export const clauses: DesignClause[] = [
  {
    clause: '5.5iii no discussions with parents/colleagues',
    rules: ['no-discussions-with-parents', 'no-discussions-with-colleagues-out-of-hours'],
  },
  { clause: 'offensive/discriminatory', rules: ['no-offensive-content'] },
  { clause: 'sensitive school info/plans', rules: ['no-sensitive-school-information'] },
  { clause: 'incidents via official channels only', rules: ['incidents-official-channels-only'] },
  { clause: 'report pupil contact', rules: ['report-pupil-contact'] },
  { clause: '5.5iv confidentiality', rules: ['keep-confidences'] },
  { clause: 'home address/contact details', rules: ['protect-your-home-address'] },
  { clause: 'privacy settings', rules: ['review-privacy-settings'] },
  {
    clause: '5.5v no befriending pupils/families (relatives excepted)',
    rules: ['no-befriending-pupils', 'no-befriending-pupils-families'],
  },
  { clause: 'former pupils — ask head first', rules: ['former-pupils-ask-head-first'] },
  { clause: 'role vs personal life (profile)', rules: ['keep-role-separate-from-personal-life'] },
  { clause: "5.5vi if in doubt don't post", rules: ['if-in-doubt-dont-post'] },
  { clause: '5.6 no personal use in working hours, not left running', rules: ['no-social-media-in-working-hours'] },
  { clause: '5.8/5.9 abuse and complaints — screenshots, report', rules: ['report-abuse-and-complaints'] },
];
