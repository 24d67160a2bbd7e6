import type { DesignClause } from './types';

/** The design's list for Chiltern Learning Trust, each mapped to the rule(s) in rules/packs/chiltern-learning-trust-2023.json that enforce it. */
export const clauses: DesignClause[] = [
  { clause: '6.2 no contact with current pupils of any school, even with parental permission (relatives excepted; also flag profiles that look like pupils of another school — "Year 10", "Class of \'27")', rules: ['no-contact-with-pupils', 'pupil-contacts-you', 'looks-like-a-pupil'] },
  { clause: 'alert the head', rules: ['pupil-contacts-you', 'past-pupils-under-19'] },
  { clause: 'past pupils under 19', rules: ['past-pupils-under-19'] },
  { clause: 'settings must require approving followers', rules: ['approve-followers'] },
  { clause: '7.1 confidentiality/trust matters', rules: ['keep-trust-matters-confidential'] },
  { clause: "not identify as the Trust's representative", rules: ['not-a-trust-representative'] },
  { clause: 'no viewing personal social media in the working day except designated breaks', rules: ['no-social-media-in-working-day'] },
  { clause: 'no images of pupils', rules: ['no-images-of-pupils'] },
  { clause: 'concerns go to grievance/whistleblowing, not social media', rules: ['raise-concerns-properly'] },
  { clause: '8 "if this became public…" pause', rules: ['if-this-became-public'] },
];
