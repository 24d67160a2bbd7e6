// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapter, selectors } from '@/utils/sites/linkedin/contact';
import { loadFixture } from './load-fixture';

const at = (doc: Document, selector: string, index = 0) => doc.querySelectorAll(selector)[index] as HTMLElement;
const profile = (slug = 'ellie-smith-09') => loadFixture('linkedin-profile.html', `https://www.linkedin.com/in/${slug}/`);
const ELLIE = { name: 'Ellie Smith', handle: 'ellie-smith-09', bio: 'Football, friends and revision ⚽' };

describe('LinkedIn adapter', () => {
  it('reads a profile top card: Connect, Message and Follow on the profile shown', async () => {
    const doc = await profile();
    const connect = at(doc, `main ${selectors.CONNECT_BUTTON}`);
    expect(adapter.contactTarget(connect.querySelector('.artdeco-button__text')!)).toMatchObject({ action: 'connect', button: connect, person: ELLIE });
    expect(adapter.contactTarget(connect.querySelector('use')!)).toMatchObject({ action: 'connect', button: connect });
    const message = at(doc, selectors.MESSAGE_BUTTON);
    expect(adapter.contactTarget(message.querySelector('span')!)).toMatchObject({ action: 'message', button: message, person: ELLIE });
    const follow = at(doc, `main ${selectors.FOLLOW_BUTTON}`);
    expect(adapter.contactTarget(follow.querySelector('svg')!)).toMatchObject({ action: 'follow', button: follow, person: ELLIE });
  });

  it('opening the More menu is not a contact; Recommend inside it is, and its other entries are not', async () => {
    const doc = await profile('jordanrivers');
    const more = at(doc, selectors.MORE_BUTTON);
    expect(adapter.contactTarget(more.querySelector('span')!)).toBeNull();
    const items = [...doc.querySelectorAll<HTMLElement>(selectors.MENU_ITEM)];
    const recommend = items.find((i) => i.textContent!.trim() === 'Recommend')!;
    expect(adapter.contactTarget(recommend.querySelector('span')!)).toMatchObject({
      action: 'recommend',
      button: recommend,
      person: { name: 'Jordan Rivers', handle: 'jordanrivers', bio: 'Gardener and cyclist' },
    });
    // "Send Jordan Rivers’s profile via message" shares the profile; it messages nobody about them.
    for (const other of items.filter((i) => i !== recommend)) expect(adapter.contactTarget(other)).toBeNull();
  });

  it('reads a Recommend entry that carries only its visible word', async () => {
    const doc = await profile();
    const recommend = [...doc.querySelectorAll<HTMLElement>(selectors.MENU_ITEM)].find((i) => i.textContent!.trim() === 'Recommend')!;
    recommend.removeAttribute('aria-label');
    recommend.insertAdjacentHTML('beforeend', '<span class="a11y-text">Recommend</span>');
    expect(adapter.contactTarget(recommend.querySelector('span')!)).toMatchObject({ action: 'recommend', person: ELLIE });
  });

  it('reads the person from their own row in "People also viewed", not from the top card', async () => {
    const doc = await profile();
    const rows = doc.querySelectorAll(`aside ${selectors.PERSON_CARD}`);
    expect(rows).toHaveLength(2);
    const grace = rows[0]!.querySelector<HTMLElement>(selectors.CONNECT_BUTTON)!;
    expect(adapter.contactTarget(grace.querySelector('span')!)).toMatchObject({
      action: 'connect',
      person: { name: 'Grace Patel', handle: 'gracepatel', bio: 'Pharmacist, runner, tea drinker' },
    });
    const jordan = rows[1]!.querySelector<HTMLElement>(selectors.FOLLOW_BUTTON)!;
    expect(adapter.contactTarget(jordan)).toMatchObject({ action: 'follow', person: { name: 'Jordan Rivers', handle: 'jordanrivers' } });
  });

  it('leaves Pending, Following, Like, links, the headline and blank space alone', async () => {
    const doc = await profile();
    at(doc, `main ${selectors.CONNECT_BUTTON}`).click();
    at(doc, `main ${selectors.FOLLOW_BUTTON}`).click();
    const pending = at(doc, 'main [aria-label^="Pending"]');
    expect(pending.textContent).toContain('Pending');
    expect(adapter.contactTarget(pending.querySelector('span')!)).toBeNull();
    expect(adapter.contactTarget(at(doc, 'main [aria-label^="Following"]'))).toBeNull();
    expect(adapter.contactTarget(at(doc, '[aria-label="React Like"]'))).toBeNull();
    expect(adapter.contactTarget(at(doc, '#global-nav a[href="/messaging/"]'))).toBeNull();
    expect(adapter.contactTarget(at(doc, 'aside a[href*="/in/gracepatel/"]', 1))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_NAME))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_HEADLINE))).toBeNull();
    expect(adapter.contactTarget(doc.body)).toBeNull();
  });

  it('reads Accept on an invitation row, and leaves Ignore alone', async () => {
    const doc = await loadFixture('linkedin-invitations.html', 'https://www.linkedin.com/mynetwork/invitation-manager/');
    const row = doc.querySelectorAll(selectors.PERSON_CARD)[1]!;
    const accept = row.querySelector<HTMLElement>(selectors.ACCEPT_BUTTON)!;
    expect(adapter.contactTarget(accept.querySelector('span')!)).toMatchObject({
      action: 'accept',
      button: accept,
      person: { name: 'Grace Patel', handle: 'gracepatel', bio: 'Pharmacist, runner, tea drinker' },
    });
    expect(adapter.contactTarget(row.querySelector('[aria-label^="Ignore"]')!)).toBeNull();
    expect(adapter.contactTarget(row.querySelector('.time-badge')!)).toBeNull();
  });

  it('reads Accept in the newer invitation manager, whose rows are role="listitem" with unnamed classes', () => {
    document.body.innerHTML = `<main><div role="list"><div role="listitem" class="a1b2">
      <a href="https://www.linkedin.com/in/gracepatel/"><img alt=""></a>
      <div><a href="https://www.linkedin.com/in/gracepatel/"><strong>Grace Patel</strong></a><p>Pharmacist</p></div>
      <button aria-label="Ignore an invitation to connect from Grace Patel"><span>Ignore</span></button>
      <button aria-label="Accept Grace Patel’s invitation"><span>Accept</span></button></div></div></main>`;
    const accept = document.querySelector<HTMLElement>(selectors.ACCEPT_BUTTON)!;
    expect(adapter.contactTarget(accept.firstElementChild!)).toMatchObject({ action: 'accept', person: { name: 'Grace Patel', handle: 'gracepatel' } });
  });

  it('reads Connect on a "People you may know" card, and leaves Dismiss alone', async () => {
    const doc = await loadFixture('linkedin-pymk.html', 'https://www.linkedin.com/mynetwork/');
    const cards = doc.querySelectorAll(selectors.PERSON_CARD);
    expect(cards).toHaveLength(3);
    const connect = cards[0]!.querySelector<HTMLElement>(selectors.CONNECT_BUTTON)!;
    expect(adapter.contactTarget(connect.querySelector('span')!)).toMatchObject({ action: 'connect', person: ELLIE });
    expect(adapter.contactTarget(cards[2]!.querySelector('[aria-label="Dismiss"]')!)).toBeNull();
  });

  it('falls back to the name in the button’s own label when no card surrounds it', () => {
    document.body.innerHTML = '<button aria-label="Invite Jordan Rivers to connect"><span>Connect</span></button><button><span>Share</span></button>';
    const [connect, share] = document.querySelectorAll('button');
    expect(adapter.contactTarget(connect!.firstElementChild!)).toMatchObject({ action: 'connect', person: { name: 'Jordan Rivers' } });
    expect(adapter.contactTarget(share!)).toBeNull();
  });

  it('every selector matches something in the fixture pages', async () => {
    const docs = [
      await profile(),
      await loadFixture('linkedin-invitations.html', 'https://www.linkedin.com/mynetwork/invitation-manager/'),
      await loadFixture('linkedin-pymk.html', 'https://www.linkedin.com/mynetwork/'),
    ];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
