import type { ReviewItemId } from '@/utils/review/items';
import type { Pack, Rule } from './schema';

/** The pack's clauses behind the privacy review: for the review as a whole, and for particular items. */
export interface ReviewRules {
  /** Rules whose context is the privacy review itself (review every three months, on joining, friends only). */
  review: Rule[];
  /** Rules behind one item: the profile rules behind "no school in your profile", contact rules behind "no pupils". */
  byItem: Partial<Record<ReviewItemId, Rule[]>>;
}

const PEOPLE_AT_SCHOOL = new Set(['pupil', 'former_pupil', 'parent', 'likely_pupil']);
const CONNECTING = new Set(['follow', 'friend', 'connect', 'accept']);

/**
 * Which of the pack's rules the review page quotes, and where. Derived from the rules' contexts, so a
 * school's own pack is quoted the same way as the built-in ones.
 */
export function reviewRules(pack: Pack): ReviewRules {
  const review = pack.rules.filter((r) => r.contexts.includes('privacy-review'));
  const profile = pack.rules.filter((r) => r.contexts.includes('profile'));
  const contact = pack.rules.filter(
    (r) =>
      r.contexts.includes('contact') &&
      (r.conditions.roles ?? []).some((role) => PEOPLE_AT_SCHOOL.has(role)) &&
      (r.conditions.actions === undefined || r.conditions.actions.some((a) => CONNECTING.has(a))),
  );
  const byItem: ReviewRules['byItem'] = {};
  if (profile.length) byItem['profile-school'] = profile;
  if (contact.length) byItem['no-pupils-parents'] = contact;
  return { review, byItem };
}
