import type { DesignClause } from './types';

/** The design's list for Weston All Saints Primary School, each mapped to the rule(s) in rules/packs/weston-all-saints-lscb-2016.json that enforce it. */
export const clauses: DesignClause[] = [
  { clause: '2.1.5 no personal contact details to pupils', rules: ['no-contact-details-to-pupils'] },
  { clause: "pupil contact — don't respond, report to head and DSL", rules: ['pupil-contacts-you'] },
  { clause: '2.3.2 no address/phone on profiles or posts', rules: ['no-address-or-phone-online'] },
  { clause: '2.3.3 review on joining', rules: ['review-on-joining'] },
  { clause: '2.3.4/2.6.1 no social contact with pupils', rules: ['no-social-contact-with-pupils', 'pupil-contacts-you'] },
  { clause: '2.6.2 parent in own social circle — acknowledge with head', rules: ['parent-in-your-social-circle'] },
  { clause: '2.3.9 confidentiality', rules: ['keep-school-matters-confidential'] },
  { clause: '2.3.10/2.3.12 defamation, derogatory remarks', rules: ['no-derogatory-remarks'] },
  { clause: '2.3.13 profile must not identify profession or school', rules: ['profile-names-school-or-job'] },
  { clause: '2.4.4 know who can see content', rules: ['know-who-can-see'] },
  { clause: '2.8.3/2.8.5 bullying — screenshots, time, date, place, report', rules: ['report-online-bullying'] },
];
