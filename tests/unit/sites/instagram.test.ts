// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapter, selectors } from '@/utils/sites/instagram/contact';
import { loadFixture } from './load-fixture';

/** Instagram's controls have no test ids: find one by its word, as a person sees it. */
const button = (root: ParentNode, word: string, index = 0) =>
  [...root.querySelectorAll<HTMLElement>(selectors.BUTTON)].filter((b) => b.textContent?.trim() === word)[index]!;

describe('Instagram adapter', () => {
  it('reads a profile header: Follow and Message on the profile shown', async () => {
    const doc = await loadFixture('instagram-profile.html', 'https://www.instagram.com/ellie.smith09/');
    const header = doc.querySelector('main header')!;
    const follow = button(header, 'Follow');
    const inner = follow.querySelector('div[dir="auto"]')!;
    expect(adapter.contactTarget(inner)).toMatchObject({
      action: 'follow',
      button: follow,
      person: { name: 'Ellie Smith', handle: 'ellie.smith09', bio: 'Netball, netflix and my dog Biscuit 🐶' },
    });
    expect(adapter.contactTarget(button(header, 'Message'))).toMatchObject({ action: 'message', person: { name: 'Ellie Smith', handle: 'ellie.smith09' } });
  });

  it('reads the person from their own "Suggested for you" card, not from the profile header', async () => {
    const doc = await loadFixture('instagram-profile.html', 'https://www.instagram.com/ellie.smith09/');
    const cards = doc.querySelector('.cards')!;
    const grace = button(cards, 'Follow', 0);
    expect(adapter.contactTarget(grace.querySelector('div[dir="auto"]')!)).toMatchObject({ action: 'follow', person: { name: 'Grace Patel', handle: 'gracepatel' } });
    const jordan = button(cards, 'Follow', 1);
    expect(adapter.contactTarget(jordan)).toMatchObject({ action: 'follow', person: { name: 'Jordan Rivers', handle: 'jordanrivers' } });
  });

  it('leaves Following, Requested, Options, Dismiss, links, the bio and blank space alone', async () => {
    const doc = await loadFixture('instagram-profile.html', 'https://www.instagram.com/jordanrivers/');
    const header = doc.querySelector('main header')!;
    const follow = button(header, 'Follow');
    for (const state of ['Following', 'Requested']) {
      follow.querySelector('div[dir="auto"]')!.textContent = state;
      expect(adapter.contactTarget(follow), state).toBeNull();
    }
    expect(adapter.contactTarget(header.querySelector('svg[aria-label="Options"]')!)).toBeNull();
    expect(adapter.contactTarget(doc.querySelector('svg[aria-label="Dismiss"]')!)).toBeNull();
    expect(adapter.contactTarget(doc.querySelector('a[href="/jordanrivers/followers/"]')!)).toBeNull();
    expect(adapter.contactTarget(doc.querySelector('a[href^="/p/"]')!)).toBeNull();
    expect(adapter.contactTarget(doc.querySelector(selectors.PROFILE_BIO)!)).toBeNull();
    expect(adapter.contactTarget(doc.body)).toBeNull();
  });

  it('reads Follow on the "Suggested for you" page from each row', async () => {
    const doc = await loadFixture('instagram-suggestions.html', 'https://www.instagram.com/explore/people/');
    expect(adapter.contactTarget(button(doc, 'Follow', 0).querySelector('div[dir="auto"]')!)).toMatchObject({ action: 'follow', person: { name: 'Ellie Smith', handle: 'ellie.smith09' } });
    expect(adapter.contactTarget(button(doc, 'Follow', 2))).toMatchObject({ action: 'follow', person: { name: 'Jordan Rivers', handle: 'jordanrivers' } });
    expect(adapter.contactTarget(doc.querySelector('a[href="/gracepatel/"] img')!)).toBeNull();
  });

  it('reads Confirm on a follow request, and leaves Delete alone', async () => {
    const doc = await loadFixture('instagram-requests.html', 'https://www.instagram.com/accounts/activity/?followRequests=1');
    const confirm = button(doc, 'Confirm', 1);
    expect(adapter.contactTarget(confirm.querySelector('div[dir="auto"]')!)).toMatchObject({ action: 'accept', button: confirm, person: { name: 'Grace Patel', handle: 'gracepatel' } });
    expect(adapter.contactTarget(button(doc, 'Delete', 1))).toBeNull();
    expect(adapter.contactTarget(doc.querySelector('h1')!)).toBeNull();
  });

  it('every selector matches something in the fixture pages', async () => {
    const docs = [
      await loadFixture('instagram-profile.html', 'https://www.instagram.com/ellie.smith09/'),
      await loadFixture('instagram-suggestions.html', 'https://www.instagram.com/explore/people/'),
      await loadFixture('instagram-requests.html', 'https://www.instagram.com/accounts/activity/?followRequests=1'),
    ];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
