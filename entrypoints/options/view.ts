/** The options page's two views. */
export type View = 'you' | 'school';

/** Anchors on each view, so a link such as the popup's "Your log" (`#audit-heading`) opens the right one. */
const ANCHORS: Record<View, readonly string[]> = {
  you: ['you', 'here-heading', 'review-heading', 'reports-heading', 'audit-heading', 'you-heading'],
  school: ['school', 'school-heading', 'dsl-heading', 'roster-heading', 'roster-subheading', 'hours-heading', 'privacy-heading', 'files-heading'],
};

/**
 * Which view an address asks for. A view's name or one of its anchors opens that view; any other
 * fragment (a link within the page) keeps the view shown; with neither, a computer with nothing set
 * up opens on the school's settings, where setting up starts, and any other on "For you".
 */
export function viewFor(hash: string, current: View | null, nothingSetUp: boolean): View {
  const id = hash.replace(/^#/, '');
  if (ANCHORS.school.includes(id)) return 'school';
  if (ANCHORS.you.includes(id)) return 'you';
  return current ?? (nothingSetUp ? 'school' : 'you');
}

/** The element a fragment names within a view, when it names more than the view itself. */
export function anchorIn(hash: string): string | null {
  const id = hash.replace(/^#/, '');
  return id && id !== 'you' && id !== 'school' ? id : null;
}
