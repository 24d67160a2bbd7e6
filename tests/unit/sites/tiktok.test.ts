// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapter, selectors } from '@/utils/sites/tiktok/contact';
import { loadFixture } from './load-fixture';

const at = (doc: Document, selector: string, index = 0) => doc.querySelectorAll(selector)[index] as HTMLElement;

/** Hovers a suggested account, as the page's own (React-style) mouseover handler expects. */
function hover(doc: Document, handle: string) {
  const title = [...doc.querySelectorAll('[data-e2e="suggest-user-title"]')].find((t) => t.textContent === handle)!;
  const MouseEvent = (doc.defaultView as unknown as typeof globalThis).MouseEvent;
  title.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
}

describe('TikTok adapter', () => {
  it('reads a profile header: Follow and Message on the profile shown', async () => {
    const doc = await loadFixture('tiktok-profile.html', 'https://www.tiktok.com/@ellie.smith09');
    const follow = at(doc, selectors.FOLLOW_BUTTON);
    const inner = follow.querySelector('.TUXButton-label')!;
    expect(adapter.contactTarget(inner)).toMatchObject({
      action: 'follow',
      button: follow,
      person: { name: 'Ellie Smith', handle: 'ellie.smith09', bio: 'Netball, netflix and my dog Biscuit 🐶' },
    });
    const dm = at(doc, selectors.MESSAGE_BUTTON);
    expect(adapter.contactTarget(dm.querySelector('.TUXButton-label')!)).toMatchObject({ action: 'message', button: dm, person: { handle: 'ellie.smith09' } });
  });

  it('reads the person from the hovered account\'s card, not from another row', async () => {
    const doc = await loadFixture('tiktok-suggested.html', 'https://www.tiktok.com/foryou');
    expect(doc.querySelector(selectors.CARD_FOLLOW_BUTTON)).toBeNull();
    hover(doc, 'gracepatel');
    expect(adapter.contactTarget(at(doc, selectors.CARD_FOLLOW_BUTTON))).toMatchObject({
      action: 'follow',
      person: { name: 'Grace Patel', handle: 'gracepatel', bio: 'Mum, runner, tea drinker' },
    });
    hover(doc, 'jordanrivers');
    expect(adapter.contactTarget(at(doc, selectors.CARD_FOLLOW_BUTTON))).toMatchObject({ action: 'follow', person: { name: 'Jordan Rivers', handle: 'jordanrivers' } });
  });

  it('leaves Following, Friends, links, counts, the bio and blank space alone', async () => {
    const doc = await loadFixture('tiktok-profile.html', 'https://www.tiktok.com/@jordanrivers');
    const follow = at(doc, selectors.FOLLOW_BUTTON);
    for (const state of ['Following', 'Friends', 'Requested']) {
      follow.querySelector('.TUXButton-label')!.textContent = state;
      expect(adapter.contactTarget(follow), state).toBeNull();
    }
    expect(adapter.contactTarget(at(doc, '[data-e2e="user-post-item"] a'))).toBeNull();
    expect(adapter.contactTarget(at(doc, '[data-e2e="followers-count"]'))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_BIO))).toBeNull();
    expect(adapter.contactTarget(doc.body)).toBeNull();

    const suggested = await loadFixture('tiktok-suggested.html', 'https://www.tiktok.com/foryou');
    hover(suggested, 'ellie.smith09');
    const cardFollow = at(suggested, selectors.CARD_FOLLOW_BUTTON);
    cardFollow.textContent = 'Following';
    expect(adapter.contactTarget(cardFollow)).toBeNull();
    expect(adapter.contactTarget(at(suggested, '[data-e2e="suggest-user-avatar"]'))).toBeNull();
    expect(adapter.contactTarget(at(suggested, selectors.CARD_NAME))).toBeNull();
  });

  it('reads Accept on a follow request, and leaves Delete and the Activity button alone', async () => {
    const doc = await loadFixture('tiktok-requests.html', 'https://www.tiktok.com/messages?lang=en');
    const item = doc.querySelectorAll(selectors.INBOX_ITEM)[1]!;
    const [accept, del] = item.querySelectorAll<HTMLElement>('button');
    expect(adapter.contactTarget(accept!.querySelector('.TUXButton-label')!)).toMatchObject({ action: 'accept', button: accept, person: { name: 'Grace Patel', handle: 'gracepatel' } });
    expect(adapter.contactTarget(del!)).toBeNull();
    expect(adapter.contactTarget(at(doc, '[data-e2e="nav-activity"]'))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.INBOX_TITLE))).toBeNull();
  });

  it('every selector matches something in the fixture pages', async () => {
    const suggested = await loadFixture('tiktok-suggested.html', 'https://www.tiktok.com/foryou');
    hover(suggested, 'ellie.smith09');
    const docs = [
      await loadFixture('tiktok-profile.html', 'https://www.tiktok.com/@ellie.smith09'),
      suggested,
      await loadFixture('tiktok-requests.html', 'https://www.tiktok.com/messages?lang=en'),
    ];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
