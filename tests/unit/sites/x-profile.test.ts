// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { profile } from '@/utils/sites/x/profile';
import { loadFixture } from './load-fixture';

const read = async (url: string) => profile.ownProfile(await loadFixture('x-own-profile.html', url), new URL(url));

describe('X own-profile reader', () => {
  it('reads the own profile: name, handle, bio with its emoji, location and website', async () => {
    expect(await read('https://x.com/alexmorgan')).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'handle', text: 'alexmorgan' },
      { field: 'bio', text: 'Year 4 teacher at Oakfield Primary 🍎 Views my own.' },
      { field: 'location', text: 'Leeds, England' },
      { field: 'website', text: 'alexmorgan.blog' },
    ]);
  });

  it('reads the edit form from its inputs, as typed', async () => {
    const doc = await loadFixture('x-own-profile.html', 'https://x.com/settings/profile');
    const bio = doc.querySelector<HTMLTextAreaElement>('textarea[name="description"]')!;
    bio.value = 'SENCo. Tea, books, hills.';
    expect(profile.ownProfile(doc, new URL('https://x.com/settings/profile'))).toEqual([
      { field: 'name', text: 'Alex Morgan' },
      { field: 'bio', text: 'SENCo. Tea, books, hills.' },
      { field: 'location', text: 'Leeds, England' },
      { field: 'website', text: 'https://alexmorgan.blog/' },
    ]);
  });

  it("is silent on someone else's profile (even one naming the school) and on the timeline", async () => {
    expect(await read('https://x.com/oakfieldfan')).toBeNull();
    expect(await read('https://x.com/home')).toBeNull();
  });
});
