import type { DesignClause } from './types';

/** The design's list for Alderley Edge Community Primary School, each mapped to the rule(s) in rules/packs/alderley-edge-primary.json that enforce it. */
export const clauses: DesignClause[] = [
  { clause: 'no disrepute/disparaging comments', rules: ['no-disparaging-comments'] },
  { clause: 'no sexual or inappropriate content', rules: ['no-inappropriate-content'] },
  { clause: 'confidentiality', rules: ['keep-school-information-confidential'] },
  { clause: 'no discrimination/bullying', rules: ['no-discrimination-or-bullying'] },
  { clause: 'no connecting with pupils or their families', rules: ['no-contact-with-pupils', 'no-contact-with-pupils-families'] },
  { clause: 'avoid contacting colleagues outside working hours', rules: ['no-messaging-colleagues-out-of-hours'] },
  { clause: 'never give references on networking sites (LinkedIn recommendations)', rules: ['no-references-online'] },
  { clause: 'profile must not name the school or use its logo', rules: ['profile-without-school-name'] },
  { clause: 'check privacy settings', rules: ['check-privacy-settings'] },
  { clause: 'personal use only in official rest breaks', rules: ['personal-use-in-breaks-only'] },
  { clause: 'no personal social networking on school computers at any time', rules: ['no-personal-use-on-school-devices'] },
  { clause: 'report cyberbullying', rules: ['report-cyberbullying'] },
];
