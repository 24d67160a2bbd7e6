// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapter, selectors } from '@/utils/sites/x/contact';
import { loadFixture } from './load-fixture';

const at = (doc: Document, selector: string, index = 0) => doc.querySelectorAll(selector)[index] as HTMLElement;

describe('X adapter', () => {
  it('reads a profile header: Follow and Message on the profile shown', async () => {
    const doc = await loadFixture('x-profile.html', 'https://x.com/ellie.smith09');
    const follow = at(doc, '[data-testid="primaryColumn"] [data-testid$="-follow"]');
    const inner = follow.querySelector('span span')!;
    expect(adapter.contactTarget(inner)).toMatchObject({
      action: 'follow',
      button: follow,
      person: { name: 'Ellie Smith', handle: 'ellie.smith09', bio: 'Netball, netflix and my dog Biscuit 🐶' },
    });
    const dm = at(doc, selectors.MESSAGE_BUTTON);
    expect(adapter.contactTarget(dm.querySelector('path')!)).toMatchObject({ action: 'message', person: { handle: 'ellie.smith09' } });
  });

  it('reads the person from their own cell in "Who to follow", not from the profile header', async () => {
    const doc = await loadFixture('x-profile.html', 'https://x.com/ellie.smith09');
    const cells = doc.querySelectorAll(selectors.USER_CELL);
    expect(cells).toHaveLength(2);
    const grace = cells[0]!.querySelector<HTMLElement>('[data-testid$="-follow"]')!;
    expect(adapter.contactTarget(grace)).toMatchObject({ action: 'follow', person: { name: 'Grace Patel', handle: 'gracepatel' } });
  });

  it('leaves Following, links, the bio and blank space alone', async () => {
    const doc = await loadFixture('x-profile.html', 'https://x.com/jordanrivers');
    const follow = at(doc, '[data-testid="primaryColumn"] [data-testid$="-follow"]');
    follow.setAttribute('data-testid', '1003-unfollow');
    expect(adapter.contactTarget(follow)).toBeNull();
    expect(adapter.contactTarget(at(doc, 'nav a'))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_BIO))).toBeNull();
    expect(adapter.contactTarget(doc.body)).toBeNull();
  });

  it('reads Accept on a follower request, and leaves Decline alone', async () => {
    const doc = await loadFixture('x-requests.html', 'https://x.com/follower_requests');
    const cell = doc.querySelectorAll(selectors.USER_CELL)[1]!;
    const [accept, decline] = cell.querySelectorAll<HTMLElement>('[role="button"]');
    expect(adapter.contactTarget(accept!.querySelector('span')!)).toMatchObject({ action: 'accept', person: { name: 'Grace Patel', handle: 'gracepatel' } });
    expect(adapter.contactTarget(decline!)).toBeNull();
  });

  it('every selector matches something in the fixture pages', async () => {
    const docs = [await loadFixture('x-profile.html', 'https://x.com/ellie.smith09'), await loadFixture('x-requests.html', 'https://x.com/follower_requests')];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
