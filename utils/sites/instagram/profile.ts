import type { ProfileReader } from '../adapter';
import { fieldsOf, valueOf, visibleText } from '../profile-text';

/**
 * Instagram's own profile and its edit form. Instagram has no test ids and generates its class names,
 * so the reader rests on links and form ids that automation has used for years. In place of Follow and
 * Message, one's own profile header links to the edit form (/accounts/edit/): that link is what marks
 * the profile as one's own, cross-checked against the side navigation's link to the signed-in person's
 * profile. The edit form (always one's own) keeps the Bio in textarea#pepBio and the Website in
 * input#pepWebsite. Evidence in tests/fixtures/sites/instagram-own-profile.html.
 */
export const SELECTORS = {
  /** Only on one's own profile, where Follow / Message would be (Mask Network searchInstagramProfileEditButton; isOwnProfile() checks). */
  EDIT_PROFILE: 'main header a[href="/accounts/edit/"]',
  /** The side navigation's link to the signed-in person's profile, around their picture (Mask searchInstagramHandleSelector). */
  OWN_PROFILE_LINK: 'a[role="link"]:has(img[alt$=" profile picture"])',
  /** The username heading of the profile header (scrapers read "header section h2"). */
  USERNAME: 'main header h2',
  /** The display name, before the bio (Mask searchNickNameSelector "… > div:last-child > div > span"). */
  NAME: 'main header section > div:last-child > div > span[dir="auto"]',
  /** The bio, @mentions included as links (Mask bioDescriptionSelector "… header section > div:last-child h1"). */
  BIO: 'main header h1',
  /** The website, through Instagram's link shim (scrapers read header a[href*="l.instagram.com"]). */
  WEBSITE: 'main header a[href*="l.instagram.com"]',
  /** The edit form's Bio (automation from 2019 to 2025 fills #pepBio). */
  EDIT_BIO: 'textarea#pepBio',
  /** The edit form's Website, shown disabled on the web ("Editing your links is only available on mobile"). */
  EDIT_WEBSITE: 'input#pepWebsite',
  /** Username, then name, beside the own picture at the top of the edit form (img alt "Change profile photo", checked by automation). */
  EDIT_IDENTITY: 'main div:has(> img[alt="Change profile photo"]) > div > [dir="auto"]',
} as const;

const EDIT_PATH = '/accounts/edit/';

/** The first segment of a path ("/alexmorgan.teach/saved/" → "alexmorgan.teach"), lower-case: usernames are. */
function firstSegment(path: string): string {
  const segment = path.split('/')[1] ?? '';
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/**
 * The website as the link shows it. Its icon is an svg whose <title> ("Link icon") is text too, so only
 * text outside svg counts; failing that, the address the shim forwards to (its `u` parameter).
 */
function websiteText(link: HTMLAnchorElement | null): string {
  if (!link) return '';
  let shown = '';
  const walker = link.ownerDocument.createTreeWalker(link, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('svg')) shown += node.nodeValue ?? '';
  shown = shown.replace(/\s+/g, ' ').trim();
  if (shown) return shown;
  try {
    return new URL(link.href).searchParams.get('u') ?? '';
  } catch {
    return '';
  }
}

/** Instagram's own-profile reader: the profile view (/<username>/ and its tabs) and /accounts/edit/. */
export const profile: ProfileReader = {
  network: 'instagram',
  SELECTORS,
  ownProfile(doc, url) {
    // The edit form only ever edits the signed-in person's profile; its live values are what they are about to save.
    if (url.pathname.startsWith(EDIT_PATH)) {
      if (!doc.querySelector(SELECTORS.EDIT_BIO)) return null;
      const [handle, name] = [...doc.querySelectorAll(SELECTORS.EDIT_IDENTITY)].map((el) => visibleText(el));
      return fieldsOf([
        ['name', name ?? ''],
        ['handle', handle ?? ''],
        ['bio', valueOf(doc, SELECTORS.EDIT_BIO)],
        ['website', valueOf(doc, SELECTORS.EDIT_WEBSITE)],
      ]);
    }
    const segment = firstSegment(url.pathname);
    if (!segment || !doc.querySelector(SELECTORS.EDIT_PROFILE)) return null;
    // A page that is not the one the navigation calls one's own (an edit link left over mid-navigation, a
    // feed) says nothing; where the navigation is missing, the edit link alone decides.
    const own = doc.querySelector(SELECTORS.OWN_PROFILE_LINK)?.getAttribute('href');
    if (own && firstSegment(new URL(own, url).pathname) !== segment) return null;
    return fieldsOf([
      ['name', visibleText(doc.querySelector(SELECTORS.NAME))],
      ['handle', visibleText(doc.querySelector(SELECTORS.USERNAME)) || segment],
      ['bio', visibleText(doc.querySelector(SELECTORS.BIO))],
      ['website', websiteText(doc.querySelector<HTMLAnchorElement>(SELECTORS.WEBSITE))],
    ]);
  },
};
