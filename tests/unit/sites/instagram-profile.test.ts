// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileProfileAuditor } from '@/utils/profile/audit';
import { profile } from '@/utils/sites/instagram/profile';
import { loadFixture } from './load-fixture';

const FIXTURE = 'instagram-own-profile.html';
const EDIT = 'https://www.instagram.com/accounts/edit/';
const read = async (url: string) => profile.ownProfile(await loadFixture(FIXTURE, url), new URL(url));
// The school the e2e settings name (tests/e2e/support/profile-steps.ts oakfieldSchool).
const auditor = compileProfileAuditor({ schoolName: 'Oakfield Primary School', schoolAliases: ['OPS'], schoolWebsite: 'oakfield.sch.uk' });
const found = (fields: Parameters<typeof auditor.audit>[0]) => auditor.audit(fields).map((f) => `${f.field}: ${f.text}`);

/** Sets the edit form's Bio as typing would (the value, not the markup). */
async function editWith(bio: string) {
  const doc = await loadFixture(FIXTURE, EDIT);
  doc.querySelector<HTMLTextAreaElement>('textarea#pepBio')!.value = bio;
  return profile.ownProfile(doc, new URL(EDIT));
}

describe('Instagram own-profile reader', () => {
  it('reads the own profile: name, username, bio with its emoji and @mention, and the website without its icon', async () => {
    const fields = await read('https://www.instagram.com/alexmorgan.teach/');
    expect(fields).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'handle', text: 'alexmorgan.teach' },
      { field: 'bio', text: 'Teacher 🍎 @oakfieldprimary' },
      { field: 'website', text: 'alexmorgan.blog' },
    ]);
    // What the e2e card shows: the @mention names the school; a bare "Teacher" in a bio is not flagged.
    expect(found(fields!)).toEqual(['bio: @oakfieldprimary']);
  });

  it('falls back to the address the link shim forwards to when the link shows no words', async () => {
    const url = 'https://www.instagram.com/alexmorgan.teach/';
    const doc = await loadFixture(FIXTURE, url);
    doc.querySelector('main header a[href*="l.instagram.com"] span[dir="auto"]')!.remove();
    expect(profile.ownProfile(doc, new URL(url))?.find((f) => f.field === 'website')).toEqual({ field: 'website', text: 'https://alexmorgan.blog/' });
  });

  it("reads the own profile's tabs too", async () => {
    expect(await read('https://www.instagram.com/alexmorgan.teach/saved/')).toEqual(await read('https://www.instagram.com/alexmorgan.teach/'));
  });

  it('reads the edit form from its fields as typed, the disabled website included', async () => {
    expect(await read(EDIT)).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'handle', text: 'alexmorgan.teach' },
      { field: 'bio', text: 'Teacher 🍎 @oakfieldprimary' },
      { field: 'website', text: 'https://alexmorgan.blog/' },
    ]);
    const clean = await editWith('Tea, books and hills.');
    expect(clean).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'handle', text: 'alexmorgan.teach' },
      { field: 'bio', text: 'Tea, books and hills.' },
      { field: 'website', text: 'https://alexmorgan.blog/' },
    ]);
    expect(found(clean!)).toEqual([]);
    expect(found((await editWith('Year 4 teacher at Oakfield Primary 🍎'))!)).toEqual(['bio: Year 4 teacher at Oakfield Primary']);
  });

  it("is silent on someone else's profile, the school's account and pages that are not the own profile", async () => {
    expect(await read('https://www.instagram.com/oakfield.mum/')).toBeNull();
    expect(await read('https://www.instagram.com/oakfieldprimary/')).toBeNull();
    // The fixture draws the own profile on any other path; the navigation's own link says it is not this one.
    expect(await read('https://www.instagram.com/')).toBeNull();
    expect(await read('https://www.instagram.com/explore/')).toBeNull();
  });
});
