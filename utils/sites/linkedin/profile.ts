import { handleFromHref, textOf, type ProfileReader } from '../adapter';
import { fieldsOf, valueOf, visibleText } from '../profile-text';

/**
 * LinkedIn's own profile and its Edit intro form. A public dump of a signed-in member's own profile
 * (Ember, 2024) shows owner-only controls in place of Connect and Message: the "Open to" menu, the section
 * pencils and the top card's link into /edit/intro/. Their ids and hrefs do not change with the interface
 * language, so they decide; the English "Edit intro" label only backs them up. The intro form is a dialog
 * whose field ids all carry "profileEditFormElement-TOP-CARD" (profile-editing scripts fill them by these
 * ids), and only one's own intro can be edited. Evidence in tests/fixtures/sites/linkedin-own-profile.html.
 */
export const SELECTORS = {
  /** Owner-only in the dump: the "Open to" goals menu (button#top-card-ctas-add-goals-trigger). */
  OPEN_TO: '#top-card-ctas-add-goals-trigger',
  /** Owner-only in the dump: the About, Experience and Education pencils (a#navigation-…), absent on others' profiles. */
  SECTION_EDIT: '#navigation-index-edit-position, #navigation-index-edit-education, #navigation-add-edit-deeplink-edit-about, #navigation-add-edit-deeplink-add-education',
  /** The top card's pencil: <a href="/in/<slug>/edit/intro/…"> around button "Edit intro" (the label is English only). */
  EDIT_INTRO: 'a[href*="/edit/intro/"], button[aria-label="Edit intro"]',
  /** The top card: section.artdeco-card[data-member-id] in the dump. */
  TOP_CARD: 'section[data-member-id]',
  /** In the top card: h1.text-heading-xlarge (scrapers read "main h1"). */
  NAME: 'h1',
  /** In the top card: div.text-body-medium.break-words (scrapers' headline selector). */
  HEADLINE: '.text-body-medium.break-words',
  /** In the top card: span.text-body-small.inline.t-black--light, next to "Contact info". */
  LOCATION: '.text-body-small.inline.t-black--light',
  /** Section cards are found by their anchors div.pv-profile-card__anchor#about / #experience / #education (dump). */
  ABOUT: '#about',
  EXPERIENCE: '#experience',
  EDUCATION: '#education',
  /** A section entry: [data-view-name="profile-component-entity"] (dump; scrapers iterate these). */
  ENTRY: '[data-view-name="profile-component-entity"]',
  /** An entry's first line (job title, school) in .t-bold (dump). */
  ENTRY_TITLE: '.t-bold',
  /** Its second line ("Oakfield Primary School · Full-time", a degree) in .t-14.t-normal; dates and place are .t-black--light (dump). */
  ENTRY_SUBTITLE: '.t-14.t-normal:not(.t-black--light)',
  /** The About text: .inline-show-more-text, clamped by CSS but whole in the markup (dump). */
  ABOUT_TEXT: '.inline-show-more-text',
  /** Every section string is doubled: span[aria-hidden="true"] as shown, then span.visually-hidden for screen readers (dump). */
  SHOWN: 'span[aria-hidden="true"]',
  /** A field of the Edit intro dialog: ids "…-profileEditFormElement-TOP-CARD-profile-<urn>-<field>" (scripts fill them by id). */
  INTRO_FIELD: '[role="dialog"] [id*="profileEditFormElement-TOP-CARD"]',
  /** "First name*", "Last name*" and "Additional name": ids ending -firstName, -lastName, -maidenName (the same scripts). */
  FIRST_NAME: '[id$="-firstName"]',
  LAST_NAME: '[id$="-lastName"]',
  ADDITIONAL_NAME: '[id$="-maidenName"]',
  /** The headline: once an input, then textarea "gai-text-form-component-…-headline" (2024), now the dialog's only contenteditable (Tiptap; 2025–26 scripts, no accessible name). */
  INTRO_HEADLINE: '[id$="-headline"], [contenteditable="true"]',
  /** "Position*" under Current position (LinkedIn Help's wording; options "<Title> at <Company>" modelled). */
  POSITION: 'select[id$="-position"]',
  /** "School*" under Education (LinkedIn Help's wording). */
  SCHOOL: 'select[id$="-school"]',
  /** "City": the typeahead "…-geoLocation-cityTypeaheadField" (profile-editing scripts). */
  CITY: '[id$="-cityTypeaheadField"]',
} as const;

/** Every profile, one's own included, lives under /in/; nothing else is read. */
const PROFILE_PATH = /^\/in\/[^/]/;
/** /in/me/ is always one's own profile (LinkedIn replaces it with the slug; scripts rely on it). */
const ME_PATH = /^\/in\/me(\/|$)/;
/** Any one of them marks the profile as one's own: a redesign that drops some ids still leaves the others. */
const OWNER_CONTROLS = [SELECTORS.OPEN_TO, SELECTORS.SECTION_EDIT, SELECTORS.EDIT_INTRO].join(', ');

/** A line as the page shows it: the aria-hidden copy when the string is doubled, else its visible text. */
const shown = (el: Element | null | undefined): string => (el ? (textOf(el, SELECTORS.SHOWN) ?? visibleText(el)) : '');

/** The section card holding a section anchor. */
const section = (doc: Document, anchor: string) => doc.querySelector(anchor)?.closest('section') ?? null;

/** Each entry's title and second line, as separate lines: they read as shown ("Class Teacher", "Oakfield Primary School · Full-time"). */
function entries(doc: Document, anchor: string): string[] {
  const card = section(doc, anchor);
  if (!card) return [];
  return [...card.querySelectorAll(SELECTORS.ENTRY)].flatMap((entry) => [shown(entry.querySelector(SELECTORS.ENTRY_TITLE)), shown(entry.querySelector(SELECTORS.ENTRY_SUBTITLE))]);
}

/** The chosen option's text of a select in the dialog, or ''. */
function chosen(root: ParentNode, selector: string): string {
  const select = root.querySelector<HTMLSelectElement>(selector);
  if (!select) return '';
  // selectedIndex is the live choice; a DOM that has not yet computed it (-1) still marks the default as selected.
  const option = select.options[select.selectedIndex] ?? select.selectedOptions[0];
  return option?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** LinkedIn's own-profile reader: the top card and sections on one's own profile, the intro dialog's live values while it is open. */
export const profile: ProfileReader = {
  network: 'linkedin',
  SELECTORS,
  ownProfile(doc, url) {
    if (!PROFILE_PATH.test(url.pathname)) return null;
    const dialog = doc.querySelector(SELECTORS.INTRO_FIELD)?.closest('[role="dialog"]');
    // While the intro form is open, its live values are what the person is about to save.
    if (dialog) {
      return fieldsOf([
        ['name', `${valueOf(dialog, SELECTORS.FIRST_NAME)} ${valueOf(dialog, SELECTORS.LAST_NAME)}`],
        ['name', valueOf(dialog, SELECTORS.ADDITIONAL_NAME)],
        ['headline', valueOf(dialog, SELECTORS.INTRO_HEADLINE)],
        ['work', chosen(dialog, SELECTORS.POSITION)],
        ['education', chosen(dialog, SELECTORS.SCHOOL)],
        ['location', valueOf(dialog, SELECTORS.CITY)],
      ]);
    }
    if (!ME_PATH.test(url.pathname) && !doc.querySelector(OWNER_CONTROLS)) return null;
    const top = doc.querySelector(SELECTORS.TOP_CARD);
    const handle = handleFromHref(url.pathname);
    return fieldsOf([
      ['name', visibleText(top?.querySelector(SELECTORS.NAME))],
      ['handle', handle && handle !== 'me' ? handle : ''],
      ['headline', visibleText(top?.querySelector(SELECTORS.HEADLINE))],
      ['location', visibleText(top?.querySelector(SELECTORS.LOCATION))],
      ['bio', shown(section(doc, SELECTORS.ABOUT)?.querySelector(SELECTORS.ABOUT_TEXT))],
      ...entries(doc, SELECTORS.EXPERIENCE).map((text) => ['work', text] as const),
      ...entries(doc, SELECTORS.EDUCATION).map((text) => ['education', text] as const),
    ]);
  },
};
