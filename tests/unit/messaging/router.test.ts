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
});
