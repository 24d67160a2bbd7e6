import type { ProfileFieldName } from '@/utils/profile/audit';
import type { ProfileReader } from '../adapter';
import { fieldsOf, visibleText } from '../profile-text';

/**
 * Facebook's own profile, its About → Work and education page and their editors. Facebook has no test
 * ids and generates its class names, so the reader rests on the page's own data and on markup that
 * extensions and scrapers have relied on for years. Who is signed in is in the page's embedded JSON
 * (the search bootstrap's "You" entry links to the viewer's profile); the address says whose profile
 * is shown. Both must agree, and the page must show something only the owner gets (the cover and
 * picture file inputs, or the owner's name in the h1): the address changes before Facebook redraws,
 * so for a moment the one can show without the other. Labels such as "Edit profile" are English and
 * translated elsewhere, so they only stand in when the file inputs are missing.
 * Evidence in tests/fixtures/sites/facebook-own-profile.html.
 */
export const SELECTORS = {
  /** The page body; the banner, chat column and dialogs lie outside it (UTags and Mask scope to div[role="main"]). */
  MAIN: '[role="main"]',
  /** Owner-only: the cover and profile picture pickers (Mask: '[role="main"] … input[accept*="image"] + div[role="button"]'). */
  OWNER_FILE_INPUT: 'input[type="file"][accept*="image"]',
  /** Owner-only, English: "Edit profile" / "Add to story" where others' profiles have "Add friend" / "Message" (ProfileActions, Mask and scrapers). */
  OWNER_ACTIONS: '[data-pagelet="ProfileActions"] [role="button"][aria-label="Edit profile"], [data-pagelet="ProfileActions"] [role="button"][aria-label="Add to story"]',
  /** Facebook's embedded data blobs (TrustAHuman's profile detector reads the viewer from these). */
  PAGE_DATA: 'script[type="application/json"][data-sjs]',
  /** The profile's name: the h1 in the main column (UTags, Mask); the banner has headings such as "Notifications". */
  NAME: 'h1',
  /** The Intro tile (scrapers read its spans; Mask reads '[data-pagelet="ProfileTilesFeed_0"] ul a span[dir="auto"]'). */
  INTRO: '[data-pagelet="ProfileTilesFeed_0"]',
  /** Intro's details, one per list item: "Works at …", "Studied at …", "Went to …", "Lives in …", "From …" (Mask's `ul`). */
  INTRO_DETAIL: 'ul > li',
  /** Intro's text, of which the bio is the first outside the heading, the details and the buttons (scrapers read these spans). */
  TEXT: 'span[dir="auto"]',
  /** An About section's content (data-pagelet="ProfileAppSection_0", Mask's intro-section selector). */
  ABOUT: '[data-pagelet="ProfileAppSection_0"]',
  /** An About entry's line, which links to the workplace, school or place ("Works at <a>…</a>"); headings, dates and the section list do not. */
  ABOUT_DETAIL: 'span[dir="auto"]:has(a[href])',
  /** The bio editor in Intro or the Edit profile dialog: a textarea limited to 101 characters, placeholder "Describe who you are". */
  BIO_EDITOR: 'textarea[maxlength="101"], textarea[placeholder="Describe who you are"]',
  /** The Edit profile dialog (outside the main column), which has its own bio editor; it only ever edits one's own profile. */
  EDIT_DIALOG: '[role="dialog"]:has(textarea)',
  /** An open About editor's text fields (the workplace form: Company, Position, City/Town, Description; modelled on the Help Centre). */
  ABOUT_EDITOR_FIELD: 'input[type="text"], input:not([type]), textarea',
} as const;

/** The profile an address names: a vanity name, a number (profile.php?id=), or /me (always one's own). */
type PageProfile = { slug?: string; id?: string; me?: boolean; section: string };
/** The signed-in person, as the page's data gives them. */
type Viewer = { slug?: string; id?: string; name?: string };

/** A path's segments, decoded and lower-case (Facebook's vanity names are case-insensitive). */
function segments(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        return s.toLowerCase();
      }
    });
}

/** Whose profile the address shows and which of its pages, or null where it names no profile (the feed). */
function pageProfile(url: URL): PageProfile | null {
  const [first, section = ''] = segments(url.pathname);
  if (!first) return null;
  if (first === 'profile.php') {
    const id = url.searchParams.get('id');
    return id ? { id, section: url.searchParams.get('sk') ?? '' } : null;
  }
  if (first === 'me') return { me: true, section };
  return { slug: first, section };
}

/**
 * The search bootstrap's entry for the viewer: "direct_nav_result" objects are flat, so a brace-free
 * match is the whole object; the viewer's is the one whose snippet is "You" (an English word: in other
 * languages nothing is found and the owner-only file inputs decide alone).
 */
const NAV_RESULT = /"direct_nav_result"\s*:\s*(\{[^{}]*\})/g;

/**
 * Viewer per data blob. The blobs never change once in the page but can be large, and the reader may
 * run every frame: each is searched once. Weak, so blobs Facebook removes are forgotten with them.
 */
const viewerIn = new WeakMap<Element, Viewer | null>();

function viewerOfBlob(script: Element): Viewer | null {
  const text = script.textContent ?? '';
  if (!text.includes('"direct_nav_result"')) return null;
  for (const [, json] of text.matchAll(NAV_RESULT)) {
    try {
      const nav = JSON.parse(json!) as { snippet?: unknown; link_url?: unknown; ent_id?: unknown; title?: unknown };
      if (nav.snippet !== 'You' || typeof nav.link_url !== 'string') continue;
      const link = new URL(nav.link_url, 'https://www.facebook.com/');
      const page = pageProfile(link);
      const id = typeof nav.ent_id === 'string' && nav.ent_id ? nav.ent_id : page?.id;
      return { slug: page?.slug, id, name: typeof nav.title === 'string' ? nav.title : undefined };
    } catch {
      // Not the JSON we expect: look at the next one.
    }
  }
  return null;
}

/** The signed-in person from the page's data, or null when the page does not say. */
function viewerOf(doc: Document): Viewer | null {
  for (const script of doc.querySelectorAll(SELECTORS.PAGE_DATA)) {
    let viewer = viewerIn.get(script);
    if (viewer === undefined) viewerIn.set(script, (viewer = viewerOfBlob(script)));
    if (viewer) return viewer;
  }
  return null;
}

const isViewer = (page: PageProfile, viewer: Viewer): boolean => !!(page.me || (page.slug && page.slug === viewer.slug) || (page.id && page.id === viewer.id));

/**
 * Which field a detail line belongs to, by Facebook's English wording. A line in words not listed here
 * (another language, a new kind of detail) counts as work: workplaces are where a school's name turns up.
 */
const DETAIL_FIELDS: readonly (readonly [RegExp, ProfileFieldName])[] = [
  [/^(studied|studies|went to|goes to)\b/i, 'education'],
  [/^(lives in|lived in|from)\b/i, 'location'],
];
const detailField = (line: string): ProfileFieldName => DETAIL_FIELDS.find(([re]) => re.test(line))?.[1] ?? 'work';

/** The Intro's bio: its first text that is not the tile's heading, a detail line or a button's words. */
function introBio(intro: Element): string {
  for (const span of intro.querySelectorAll(SELECTORS.TEXT)) {
    if (span.closest('h1, h2, h3, ul, [role="button"]')) continue;
    const text = visibleText(span);
    if (text) return text;
  }
  return '';
}

/** Facebook's own-profile reader: the profile's Posts tab (Intro), its About pages and their editors. */
export const profile: ProfileReader = {
  network: 'facebook',
  SELECTORS,
  ownProfile(doc, url) {
    // Cheapest first: the address, then the page body; the page's data is searched once per blob.
    const page = pageProfile(url);
    if (!page) return null;
    const main = doc.querySelector(SELECTORS.MAIN);
    if (!main) return null;
    const viewer = viewerOf(doc);
    if (viewer && !isViewer(page, viewer)) return null;
    const name = visibleText(main.querySelector(SELECTORS.NAME));
    const ownerShown = !!main.querySelector(SELECTORS.OWNER_FILE_INPUT) || (!!viewer?.name && name === viewer.name) || !!main.querySelector(SELECTORS.OWNER_ACTIONS);
    if (!ownerShown) return null;

    const intro = main.querySelector(SELECTORS.INTRO);
    const about = main.querySelector(SELECTORS.ABOUT);
    // An open bio editor holds what the person is about to save; read it live (its textContent is the old bio).
    const bioEditor = main.querySelector<HTMLTextAreaElement>(SELECTORS.BIO_EDITOR) ?? doc.querySelector(SELECTORS.EDIT_DIALOG)?.querySelector<HTMLTextAreaElement>(SELECTORS.BIO_EDITOR);
    const bio = bioEditor ? bioEditor.value : intro ? introBio(intro) : '';
    const details = [
      ...(intro ? [...intro.querySelectorAll(SELECTORS.INTRO_DETAIL)] : []),
      ...(about ? [...about.querySelectorAll(SELECTORS.ABOUT_DETAIL)] : []),
    ].map((el) => visibleText(el));
    // Only the Work and education page's editors are known (the workplace form); its every field is about the job.
    const editing = about && page.section === 'about_work_and_education' ? [...about.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(SELECTORS.ABOUT_EDITOR_FIELD)].map((f) => f.value) : [];
    return fieldsOf([
      ['name', name],
      ['handle', page.slug ?? viewer?.slug ?? ''],
      ['bio', bio],
      ...details.map((line) => [detailField(line), line] as const),
      ...editing.map((value) => ['work', value] as const),
    ]);
  },
};
