// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapter, facebookHandle, selectors } from '@/utils/sites/facebook/contact';
import { loadFixture } from './load-fixture';

const at = (doc: Document, selector: string, index = 0) => doc.querySelectorAll(selector)[index] as HTMLElement;
/** The row or card in a Friends list that shows `name`. */
const rowOf = (doc: Document, name: string) =>
  [...doc.querySelectorAll('[role="navigation"] a[role="link"]')].find((a) => a.textContent?.trim() === name)!.closest('.row, .card')!;
const button = (root: ParentNode, label: string) => root.querySelector<HTMLElement>(`[role="button"][aria-label="${label}"]`)!;

describe('Facebook adapter', () => {
  it('reads a profile header: Add friend and Message on the profile shown', async () => {
    const doc = await loadFixture('facebook-profile.html', 'https://www.facebook.com/ellie.smith09');
    const add = at(doc, selectors.ADD_FRIEND_BUTTON);
    const inner = add.querySelector('span span')!;
    expect(adapter.contactTarget(inner)).toMatchObject({
      action: 'friend',
      button: add,
      person: { name: 'Ellie Smith', handle: 'ellie.smith09', bio: 'Netball, netflix and my dog Biscuit 🐶' },
    });
    const message = at(doc, selectors.MESSAGE_BUTTON);
    expect(adapter.contactTarget(message.querySelector('i')!)).toMatchObject({ action: 'message', button: message, person: { handle: 'ellie.smith09' } });
  });

  it('reads the person from their own card in People you may know, not from the page', async () => {
    const doc = await loadFixture('facebook-suggestions.html', 'https://www.facebook.com/friends/suggestions');
    const grace = button(rowOf(doc, 'Grace Patel'), 'Add friend');
    expect(adapter.contactTarget(grace.querySelector('span span')!)).toMatchObject({ action: 'friend', button: grace, person: { name: 'Grace Patel', handle: 'gracepatel' } });
    const jordan = button(rowOf(doc, 'Jordan Rivers'), 'Add friend');
    expect(adapter.contactTarget(jordan)).toMatchObject({ action: 'friend', person: { name: 'Jordan Rivers', handle: 'jordanrivers' } });
  });

  it('leaves Cancel request, Remove, links, the bio and blank space alone', async () => {
    const doc = await loadFixture('facebook-profile.html', 'https://www.facebook.com/jordanrivers');
    // Facebook's own click listener sends the request and re-renders the button as "Cancel request".
    at(doc, selectors.ADD_FRIEND_BUTTON).click();
    expect(doc.querySelector(selectors.ADD_FRIEND_BUTTON)).toBeNull();
    expect(adapter.contactTarget(button(doc, 'Cancel request').querySelector('span')!)).toBeNull();
    expect(adapter.contactTarget(button(doc, 'Like'))).toBeNull();
    expect(adapter.contactTarget(button(doc, 'More'))).toBeNull();
    expect(adapter.contactTarget(at(doc, '[data-pagelet="ProfileTabs"] a'))).toBeNull();
    expect(adapter.contactTarget(at(doc, '[data-pagelet="ProfileTilesFeed_1"] a span'))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_BIO))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_NAME))).toBeNull();
    expect(adapter.contactTarget(doc.body)).toBeNull();
    // Message opens a chat: its composer (a textbox also labelled "Message") is not a contact button.
    button(doc, 'Message').click();
    expect(adapter.contactTarget(at(doc, '[role="textbox"][aria-label="Message"]'))).toBeNull();

    const suggestions = await loadFixture('facebook-suggestions.html', 'https://www.facebook.com/friends/suggestions');
    expect(adapter.contactTarget(button(rowOf(suggestions, 'Ellie Smith'), 'Remove'))).toBeNull();
  });

  it('reads Confirm on a friend request, and leaves Delete alone', async () => {
    const doc = await loadFixture('facebook-requests.html', 'https://www.facebook.com/friends/requests');
    const row = rowOf(doc, 'Grace Patel');
    const confirm = button(row, 'Confirm');
    expect(adapter.contactTarget(confirm.querySelector('span span')!)).toMatchObject({ action: 'accept', button: confirm, person: { name: 'Grace Patel', handle: 'gracepatel' } });
    expect(adapter.contactTarget(button(rowOf(doc, 'Ellie Smith'), 'Confirm'))).toMatchObject({ action: 'accept', person: { handle: 'ellie.smith09' } });
    expect(adapter.contactTarget(button(row, 'Delete'))).toBeNull();
    expect(adapter.contactTarget(at(doc, selectors.PROFILE_NAME.replace('[role="main"] ', '')))).toBeNull();
  });

  it('claims nobody for a bare Confirm outside a request, or a card that links to two people', () => {
    document.body.innerHTML = `
      <div role="dialog"><span>Remove Ellie Smith as your friend?</span><a href="https://www.facebook.com/ellie.smith09">Ellie Smith</a>
        <div role="button" aria-label="Confirm"><span>Confirm</span></div></div>
      <div role="navigation"><div><a href="/gracepatel">Grace Patel</a><a href="/jordanrivers">Jordan Rivers</a>
        <div><div role="button" aria-label="Add friend"><span>Add friend</span></div></div></div></div>`;
    expect(adapter.contactTarget(document.querySelector('[aria-label="Confirm"] span')!)).toBeNull();
    expect(adapter.contactTarget(document.querySelector('[aria-label="Add friend"]')!)).toMatchObject({ action: 'friend', person: null });
  });

  it('reads a control by its visible word when it has no aria-label', () => {
    document.body.innerHTML = `
      <div role="navigation"><div><a href="/friends/requests/?profile_id=100012345678901"><span>Grace Patel</span></a>
        <div role="button"><span><span>Confirm</span></span></div><div role="button"><span>Delete</span></div></div>
        <div><a href="https://www.facebook.com/profile.php?id=100098765432101"><span>Jordan Rivers</span></a>
        <div role="button"><span>Add friend</span></div><div role="button"><span>Remove</span></div></div></div>`;
    const [confirm, del, add, remove] = document.querySelectorAll<HTMLElement>('[role="button"]');
    expect(adapter.contactTarget(confirm!.querySelector('span span')!)).toMatchObject({ action: 'accept', person: { name: 'Grace Patel', handle: '100012345678901' } });
    expect(adapter.contactTarget(del!)).toBeNull();
    expect(adapter.contactTarget(add!)).toMatchObject({ action: 'friend', person: { name: 'Jordan Rivers', handle: '100098765432101' } });
    expect(adapter.contactTarget(remove!)).toBeNull();
  });

  it('reads people from every kind of Facebook address', () => {
    expect(facebookHandle('https://www.facebook.com/ellie.smith09')).toBe('ellie.smith09');
    expect(facebookHandle('/profile.php?id=100012345678901')).toBe('100012345678901');
    expect(facebookHandle('https://www.facebook.com/friends/requests/?profile_id=100012345678901')).toBe('100012345678901');
    expect(facebookHandle('https://www.facebook.com/ellie.smith09/friends')).toBeUndefined();
    expect(facebookHandle('https://www.facebook.com/ellie.smith09/about', false)).toBe('ellie.smith09');
    expect(facebookHandle('https://www.facebook.com/profile.php?id=1&sk=friends')).toBeUndefined();
    for (const page of ['/friends/requests', '/groups/123', '/watch', '/permalink.php?id=1', 'https://example.com/ellie']) expect(facebookHandle(page)).toBeUndefined();
  });

  it('every selector matches something in the fixture pages', async () => {
    const docs = [
      await loadFixture('facebook-profile.html', 'https://www.facebook.com/ellie.smith09'),
      await loadFixture('facebook-requests.html', 'https://www.facebook.com/friends/requests'),
      await loadFixture('facebook-suggestions.html', 'https://www.facebook.com/friends/suggestions'),
    ];
    for (const [role, selector] of Object.entries(selectors)) {
      expect(docs.some((d) => d.querySelector(selector)), role).toBe(true);
    }
  });
});
