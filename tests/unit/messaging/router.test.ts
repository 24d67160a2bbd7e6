import { fakeBrowser } from 'wxt/testing';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { groupOf, handle } from '@/utils/messaging/router';
import { CONTENT_MESSAGES, HINT_MESSAGES, HOURS_BANNER_MESSAGES, INTERSTITIAL_MESSAGES, PAGE_MESSAGES, type SenderInfo } from '@/utils/messaging/schemas';

let nextId = 1;
async function send(type: string, data: unknown, sender: SenderInfo): Promise<unknown> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ id: nextId++, type, data, timestamp: Date.now() }, sender as never)) as ({ res?: unknown; err?: { message: string } } | undefined)[];
  const reply = replies.find(Boolean);
  if (!reply) throw new Error(`no listener answered ${type}`);
  if (reply.err) throw new Error(reply.err.message);
  return reply.res;
}
const ID = () => fakeBrowser.runtime.id;

describe('the message router', () => {
  it('puts every message type in exactly one group of senders', () => {
    const all = [CONTENT_MESSAGES, INTERSTITIAL_MESSAGES, HOURS_BANNER_MESSAGES, HINT_MESSAGES, PAGE_MESSAGES].flatMap((g) => Object.keys(g));
    expect(new Set(all).size).toBe(all.length);
    for (const type of all) expect(() => groupOf(type)).not.toThrow();
    expect(() => groupOf('notAMessage')).toThrow(/exactly one group/);
  });

  describe('runs a handler only for its own senders, with parsed data', () => {
    const contact = vi.fn(async () => ({ verdict: 'allow' as const }));
    beforeAll(() => {
      fakeBrowser.reset();
      handle('checkContact', contact);
    });
    const page = { id: ID(), url: 'https://x.com/ellie', tab: { id: 4, url: 'https://x.com/ellie' } };

    it('a guarded page is answered, with unknown keys stripped', async () => {
      await send('checkContact', { network: 'x', action: 'follow', person: { name: 'Ellie Smith', extra: 1 }, roster: 'leak' }, page);
      expect(contact).toHaveBeenLastCalledWith({ network: 'x', action: 'follow', person: { name: 'Ellie Smith' } }, page);
    });

    it('anyone else is refused before the handler runs', async () => {
      contact.mockClear();
      await expect(send('checkContact', { network: 'x', action: 'follow', person: {} }, { ...page, url: 'https://example.com/', tab: { id: 4, url: 'https://example.com/' } })).rejects.toThrow('Refused checkContact: not from a guarded page');
      await expect(send('checkContact', { network: 'x', action: 'follow', person: {} }, { ...page, id: 'another-extension' })).rejects.toThrow(/Refused checkContact/);
      await expect(send('checkContact', { network: 'myspace', action: 'follow', person: {} }, page)).rejects.toThrow(/^Refused checkContact: network/);
      expect(contact).not.toHaveBeenCalled();
    });
  });

  describe("Chalkline's own pages: standalone only, and the roster and log for the options page alone", () => {
    const rosterStatus = vi.fn(async () => ({}) as never);
    const listReports = vi.fn(async () => []);
    // No reset here: the messaging library listens once per context, and the first describe's reset already ran.
    beforeAll(() => {
      handle('rosterStatus', rosterStatus);
      handle('listReports', listReports);
    });
    const own = (path: string, tabUrl?: string) => ({ id: ID(), url: `chrome-extension://${ID()}${path}`, ...(tabUrl ? { tab: { id: 9, url: tabUrl } } : {}) });

    it('the options page may ask for the roster; the popup and the review page may not', async () => {
      await send('rosterStatus', {}, own('/options.html', `chrome-extension://${ID()}/options.html`));
      expect(rosterStatus).toHaveBeenCalledTimes(1);
      await expect(send('rosterStatus', {}, own('/popup.html'))).rejects.toThrow('Refused rosterStatus: only the options page may ask this');
      await expect(send('rosterStatus', {}, own('/review.html', `chrome-extension://${ID()}/review.html`))).rejects.toThrow(/only the options page/);
      expect(rosterStatus).toHaveBeenCalledTimes(1);
    });

    it('an extension page framed inside a guarded site is not one of our pages, whatever its address', async () => {
      await send('listReports', {}, own('/popup.html'));
      expect(listReports).toHaveBeenCalledTimes(1);
      await expect(send('listReports', {}, own('/options.html', 'https://x.com/ellie'))).rejects.toThrow(/Refused listReports/);
      await expect(send('rosterStatus', {}, own('/interstitial.html', 'https://x.com/ellie'))).rejects.toThrow(/Refused rosterStatus/);
      await expect(send('listReports', {}, own('/interstitial.html', `chrome-extension://${ID()}/interstitial.html`))).rejects.toThrow(/Refused listReports/);
      expect(listReports).toHaveBeenCalledTimes(1);
    });
  });
});
