import type { ProfileReader } from '../adapter';
import { fieldsOf, valueOf, visibleText } from '../profile-text';

/**
 * X's own profile and its edit form. X's profile bundle draws "Edit profile" (an <a> to
 * /settings/profile, data-testid="editProfileButton") only when the profile is the viewer's own, in
 * place of Follow and Message: that link, inside the profile column, is what marks it as one's own.
 * The edit form is the "Edit profile" dialog with inputs named displayName, description, location and
 * url (XActions fills them by these names). Evidence in tests/fixtures/sites/x-own-profile.html.
 */
export const SELECTORS = {
  /** Only on one's own profile (bundle.UserProfile: userId === viewerUserId). */
  EDIT_PROFILE: '[data-testid="primaryColumn"] a[data-testid="editProfileButton"], [data-testid="primaryColumn"] a[href="/settings/profile"]',
  NAME_BLOCK: '[data-testid="primaryColumn"] [data-testid="UserName"]',
  BIO: '[data-testid="primaryColumn"] [data-testid="UserDescription"]',
  LOCATION: '[data-testid="primaryColumn"] [data-testid="UserLocation"]',
  WEBSITE: '[data-testid="primaryColumn"] [data-testid="UserUrl"]',
  /** The Edit profile modal (in #layers), found by its Bio field. */
  EDIT_DIALOG: '[role="dialog"]:has(textarea[name="description"], input[name="description"])',
} as const;

export const profile: ProfileReader = {
  network: 'x',
  SELECTORS,
  ownProfile(doc) {
    const dialog = doc.querySelector(SELECTORS.EDIT_DIALOG);
    // While the form is open, its live values are what the person is about to save.
    if (dialog) {
      return fieldsOf([
        ['name', valueOf(dialog, '[name="displayName"]')],
        ['bio', valueOf(dialog, '[name="description"]')],
        ['location', valueOf(dialog, '[name="location"]')],
        ['website', valueOf(dialog, '[name="url"]')],
      ]);
    }
    if (!doc.querySelector(SELECTORS.EDIT_PROFILE)) return null;
    const nameBlock = doc.querySelector(SELECTORS.NAME_BLOCK);
    const lines = nameBlock ? [...nameBlock.querySelectorAll('div[dir="ltr"]')].map((d) => visibleText(d)) : [];
    return fieldsOf([
      ['name', lines.find((l) => !l.startsWith('@')) ?? ''],
      ['handle', (lines.find((l) => l.startsWith('@')) ?? '').slice(1)],
      ['bio', visibleText(doc.querySelector(SELECTORS.BIO))],
      ['location', visibleText(doc.querySelector(SELECTORS.LOCATION))],
      ['website', visibleText(doc.querySelector(SELECTORS.WEBSITE))],
    ]);
  },
};
