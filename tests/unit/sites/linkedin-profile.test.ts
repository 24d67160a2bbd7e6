// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileProfileAuditor } from '@/utils/profile/audit';
import { profile } from '@/utils/sites/linkedin/profile';
import { loadFixture } from './load-fixture';

const OWN = 'https://www.linkedin.com/in/alex-morgan-teach/';
const EDIT = 'https://www.linkedin.com/in/alex-morgan-teach/edit/intro/';
const read = async (url: string) => profile.ownProfile(await loadFixture('linkedin-own-profile.html', url), new URL(url));

/** The own profile's fields below the top card, as the fixture shows them. */
const SECTIONS = [
  { field: 'bio', text: 'Primary teacher who loves a reading corner, forest school and a well-made spreadsheet.' },
  { field: 'work', text: 'Class Teacher' },
  { field: 'work', text: 'Oakfield Primary School · Full-time' },
  { field: 'work', text: 'Teaching Assistant' },
  { field: 'work', text: 'Meadowbank Infant School · Part-time' },
  { field: 'education', text: 'University of Leeds' },
  { field: 'education', text: 'BA (Hons), Primary Education with QTS' },
];

describe('LinkedIn own-profile reader', () => {
  it('reads the own profile: top card, About, each Experience and Education line once (not the screen-reader copy)', async () => {
    expect(await read(OWN)).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'handle', text: 'alex-morgan-teach' },
      { field: 'headline', text: 'Class Teacher at Oakfield Primary School' },
      { field: 'location', text: 'Leeds, England, United Kingdom' },
      ...SECTIONS,
    ]);
  });

  it('/in/me/ is one’s own profile (no handle to read from the address)', async () => {
    expect(await read('https://www.linkedin.com/in/me/')).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'headline', text: 'Class Teacher at Oakfield Primary School' },
      { field: 'location', text: 'Leeds, England, United Kingdom' },
      ...SECTIONS,
    ]);
  });

  it('knows its own profile by ids and links, not by English labels', async () => {
    const doc = await loadFixture('linkedin-own-profile.html', OWN);
    for (const el of doc.querySelectorAll('[aria-label]')) el.setAttribute('aria-label', 'Modifier');
    expect(profile.ownProfile(doc, new URL(OWN))).toHaveLength(11);
  });

  it.each([
    ['the Tiptap editor', EDIT],
    ['the 2024 textarea', `${EDIT}?headline=textarea`],
  ])('reads the Edit intro dialog as typed, with the headline in %s', async (_, url) => {
    const doc = await loadFixture('linkedin-own-profile.html', url);
    expect(profile.ownProfile(doc, new URL(url))).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'headline', text: 'Class Teacher at Oakfield Primary School' },
      { field: 'work', text: 'Class Teacher at Oakfield Primary School' },
      { field: 'education', text: 'University of Leeds' },
      { field: 'location', text: 'Leeds, England, United Kingdom' },
    ]);
    const dialog = doc.querySelector('[role="dialog"]')!;
    dialog.querySelector<HTMLInputElement>('[id$="-firstName"]')!.value = 'Alexandra';
    dialog.querySelector<HTMLInputElement>('[id$="-maidenName"]')!.value = 'Reed';
    const textarea = dialog.querySelector<HTMLTextAreaElement>('textarea[id$="-headline"]');
    if (textarea) textarea.value = 'Reader, walker and spreadsheet fan';
    else dialog.querySelector('[contenteditable="true"]')!.innerHTML = '<p>Reader, walker and spreadsheet fan</p>';
    dialog.querySelector<HTMLSelectElement>('select[id$="-position"]')!.selectedIndex = 1;
    dialog.querySelector<HTMLInputElement>('[id$="-cityTypeaheadField"]')!.value = 'Harrogate, England, United Kingdom';
    expect(profile.ownProfile(doc, new URL(url))).toEqual([
      { field: 'name', text: 'Alexandra Morgan' },
      { field: 'name', text: 'Reed' },
      { field: 'headline', text: 'Reader, walker and spreadsheet fan' },
      { field: 'work', text: 'Teaching Assistant at Meadowbank Infant School' },
      { field: 'education', text: 'University of Leeds' },
      { field: 'location', text: 'Harrogate, England, United Kingdom' },
    ]);
  });

  it("is silent on someone else's profile (even one naming the school) and on pages that are not profiles", async () => {
    expect(await read('https://www.linkedin.com/in/oakfield-governor/')).toBeNull();
    // The fixture draws the own profile at any address; off /in/ nothing is read.
    expect(await read('https://www.linkedin.com/feed/')).toBeNull();
  });

  it('the auditor finds the school and the job in what it reads (texts as the card will quote them)', async () => {
    const auditor = compileProfileAuditor({ schoolName: 'Oakfield Primary School', schoolAliases: ['OPS'], schoolWebsite: 'oakfield.sch.uk' });
    const found = (fields: Awaited<ReturnType<typeof read>>) => auditor.audit(fields!).map((f) => [f.field, f.what, f.text]);
    expect(found(await read(OWN))).toEqual([
      ['headline', 'name', 'Class Teacher at Oakfield Primary School'],
      ['bio', 'profession', 'Primary teacher'],
      ['work', 'profession', 'Class Teacher'],
      ['work', 'name', 'Oakfield Primary School'],
      ['work', 'profession', 'Teaching Assistant'],
    ]);
    const intro = await loadFixture('linkedin-own-profile.html', EDIT);
    intro.querySelector('[contenteditable="true"]')!.innerHTML = '<p>Reader, walker and spreadsheet fan</p>';
    // A clean headline leaves the position, which no option of the fixture's select can make clean.
    expect(found(profile.ownProfile(intro, new URL(EDIT)))).toEqual([['work', 'name', 'Class Teacher at Oakfield Primary School']]);
    intro.querySelector<HTMLSelectElement>('select[id$="-position"]')!.selectedIndex = 1;
    expect(found(profile.ownProfile(intro, new URL(EDIT))).map(([, , text]) => text)).toEqual(['Teaching Assistant']);
  });
});
