// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileProfileAuditor } from '@/utils/profile/audit';
import { profile } from '@/utils/sites/facebook/profile';
import { loadFixture } from './load-fixture';

const FIXTURE = 'facebook-own-profile.html';
const OWN = 'https://www.facebook.com/alex.morgan.5';
const WORK_AND_EDUCATION = `${OWN}/about_work_and_education`;
const OTHER = 'https://www.facebook.com/oakfield.parent';

const load = (url: string) => loadFixture(FIXTURE, url);
const read = async (url: string) => profile.ownProfile(await load(url), new URL(url));
/** Clicks a fixture control by its aria-label, as the page's delegated listener expects. */
const click = (root: ParentNode, label: string) => root.querySelector<HTMLElement>(`[role="button"][aria-label="${label}"]`)!.click();

const OWN_FIELDS = [
  { field: 'name', text: 'Alex Morgan' },
  { field: 'handle', text: 'alex.morgan.5' },
  { field: 'bio', text: 'Year 4 teacher 🍎 Tea, books and the Yorkshire Dales. Views my own.' },
  { field: 'work', text: 'Works at Oakfield Primary School' },
  { field: 'education', text: 'Studied at University of Leeds' },
  { field: 'education', text: 'Went to Harrogate Grammar School' },
  { field: 'location', text: 'Lives in Leeds, United Kingdom' },
  { field: 'location', text: 'From Harrogate, United Kingdom' },
];

describe('Facebook own-profile reader', () => {
  it('reads the own profile: name, username, bio and the Intro details by kind', async () => {
    expect(await read(OWN)).toEqual(OWN_FIELDS);
  });

  it('reads /me and the numeric address as one’s own', async () => {
    expect(await read('https://www.facebook.com/me')).toEqual(OWN_FIELDS);
    expect(await read('https://www.facebook.com/profile.php?id=100000000000005')).toEqual(OWN_FIELDS);
  });

  it('reads About → Work and education', async () => {
    const expected = [
      { field: 'name', text: 'Alex Morgan' },
      { field: 'handle', text: 'alex.morgan.5' },
      { field: 'work', text: 'Works at Oakfield Primary School' },
      { field: 'education', text: 'Studied Primary Education (QTS) at University of Leeds' },
      { field: 'education', text: 'Went to Harrogate Grammar School' },
    ];
    expect(await read(WORK_AND_EDUCATION)).toEqual(expected);
    expect(await read('https://www.facebook.com/profile.php?id=100000000000005&sk=about_work_and_education')).toEqual(expected);
  });

  it('reads the Intro bio editor as typed', async () => {
    const doc = await load(OWN);
    click(doc, 'Edit bio');
    const bio = doc.querySelector<HTMLTextAreaElement>('textarea[placeholder="Describe who you are"]')!;
    bio.value = 'Tea, books and hills.';
    const fields = profile.ownProfile(doc, new URL(OWN))!;
    expect(fields.find((f) => f.field === 'bio')).toEqual({ field: 'bio', text: 'Tea, books and hills.' });
    bio.value = '';
    expect(profile.ownProfile(doc, new URL(OWN))!.some((f) => f.field === 'bio')).toBe(false);
  });

  it('reads the Edit profile dialog’s bio editor as typed', async () => {
    const doc = await load(OWN);
    click(doc, 'Edit profile');
    const dialog = () => doc.querySelector('[role="dialog"][aria-label="Edit profile"]')!;
    click(dialog(), 'Edit bio');
    // Each click re-renders the page: find the dialog again.
    const bio = dialog().querySelector<HTMLTextAreaElement>('textarea')!;
    bio.value = 'SENCo at OPS.';
    expect(profile.ownProfile(doc, new URL(OWN))!.find((f) => f.field === 'bio')).toEqual({ field: 'bio', text: 'SENCo at OPS.' });
  });

  it('reads the workplace form from its fields, as typed', async () => {
    const doc = await load(WORK_AND_EDUCATION);
    click(doc, 'Edit workplace');
    const company = doc.querySelector<HTMLInputElement>('[role="group"] input[name="company"]')!;
    expect(profile.ownProfile(doc, new URL(WORK_AND_EDUCATION))!.filter((f) => f.field === 'work')).toEqual([
      { field: 'work', text: 'Oakfield Primary School' },
      { field: 'work', text: 'Leeds' },
    ]);
    company.value = 'Leeds City Council';
    doc.querySelector<HTMLInputElement>('[role="group"] input[name="position"]')!.value = 'Librarian';
    expect(profile.ownProfile(doc, new URL(WORK_AND_EDUCATION))!.filter((f) => f.field === 'work')).toEqual([
      { field: 'work', text: 'Leeds City Council' },
      { field: 'work', text: 'Librarian' },
      { field: 'work', text: 'Leeds' },
    ]);
  });

  it("is silent on someone else's profile (even one naming the school), its About page, and the feed", async () => {
    expect(await read(OTHER)).toBeNull();
    expect(await read(`${OTHER}/about_work_and_education`)).toBeNull();
    expect(await read('https://www.facebook.com/')).toBeNull();
    // The fixture draws the own profile for unknown paths; the address still says it is not a profile of the viewer.
    expect(await read('https://www.facebook.com/friends/')).toBeNull();
  });

  it('is silent while the address and the page disagree (Facebook redraws after pushState)', async () => {
    // The own profile still drawn, the address already someone else's.
    expect(profile.ownProfile(await load(OWN), new URL(OTHER))).toBeNull();
    // Someone else's profile still drawn, the address already one's own.
    expect(profile.ownProfile(await load(OTHER), new URL(OWN))).toBeNull();
  });

  it('falls back to the owner-only file inputs when the page data does not name the viewer', async () => {
    const own = await load(OWN);
    own.querySelector('script[data-sjs]')!.remove();
    expect(profile.ownProfile(own, new URL(OWN))).toEqual(OWN_FIELDS);
    const other = await load(OTHER);
    other.querySelector('script[data-sjs]')!.remove();
    expect(profile.ownProfile(other, new URL(OTHER))).toBeNull();
  });

  it('finds the school (and the job) in the own profile, as the end-to-end card will say', async () => {
    const auditor = compileProfileAuditor({ schoolName: 'Oakfield Primary School', schoolAliases: ['OPS'], schoolWebsite: 'oakfield.sch.uk' });
    const texts = (fields: Parameters<typeof auditor.audit>[0] | null) => auditor.audit(fields ?? []).map((f) => [f.field, f.what, f.text]);
    expect(texts(await read(OWN))).toEqual([
      ['bio', 'profession', 'Year 4 teacher'],
      ['work', 'name', 'Oakfield Primary School'],
    ]);
    expect(texts(await read(WORK_AND_EDUCATION))).toEqual([['work', 'name', 'Oakfield Primary School']]);
    // The workplace form, once the company no longer names the school, leaves nothing to say.
    const doc = await load(WORK_AND_EDUCATION);
    click(doc, 'Edit workplace');
    doc.querySelector<HTMLInputElement>('[role="group"] input[name="company"]')!.value = 'Leeds City Council';
    expect(texts(profile.ownProfile(doc, new URL(WORK_AND_EDUCATION)))).toEqual([]);
    doc.querySelector<HTMLInputElement>('[role="group"] input[name="company"]')!.value = 'OPS';
    expect(texts(profile.ownProfile(doc, new URL(WORK_AND_EDUCATION)))).toEqual([['work', 'alias', 'OPS']]);
  });
});
