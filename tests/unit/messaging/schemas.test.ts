import { describe, expect, it } from 'vitest';
import { isTrustedContentSender, parseContentMessage, type SenderInfo } from '@/utils/messaging/schemas';
import { hostMatchPatterns, NETWORKS, networkForUrl } from '@/utils/sites/networks';

const OWN_ID = 'aeagdcbcfnphppfdjfeakbcainknccdd';
const sender = (url: string | undefined, extra: Partial<SenderInfo> = {}): SenderInfo => ({
  id: OWN_ID,
  url,
  tab: { id: 7, url },
  ...extra,
});

describe('isTrustedContentSender', () => {
  it.each([
    'https://x.com/home',
    'https://twitter.com/someone',
    'https://www.facebook.com/profile.php?id=1',
    'https://m.facebook.com/',
    'https://web.whatsapp.com/',
    'https://www.linkedin.com/in/someone',
    'https://www.tiktok.com/@someone',
    'https://www.instagram.com/someone/',
    'https://www.messenger.com/t/1',
    'https://WWW.FACEBOOK.COM/',
  ])('accepts our own content script on %s', (url) => {
    expect(isTrustedContentSender(sender(url), OWN_ID)).toBe(true);
  });

  it('uses the tab URL when the sender has no frame URL', () => {
    expect(isTrustedContentSender({ id: OWN_ID, tab: { id: 3, url: 'https://x.com/' } }, OWN_ID)).toBe(true);
    expect(isTrustedContentSender({ id: OWN_ID, tab: { id: 3, url: 'https://example.com/' } }, OWN_ID)).toBe(false);
  });

  it('judges a frame by its own URL, not the tab’s', () => {
    const s = { id: OWN_ID, url: 'https://ads.example.net/frame', tab: { id: 3, url: 'https://x.com/' } };
    expect(isTrustedContentSender(s, OWN_ID)).toBe(false);
  });

  it('refuses another extension’s id, or none', () => {
    expect(isTrustedContentSender(sender('https://x.com/', { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' }), OWN_ID)).toBe(false);
    expect(isTrustedContentSender(sender('https://x.com/', { id: undefined }), OWN_ID)).toBe(false);
  });

  it('refuses a sender with no tab, or no real tab id (extension pages, devtools)', () => {
    expect(isTrustedContentSender({ id: OWN_ID, url: 'https://x.com/' }, OWN_ID)).toBe(false);
    expect(isTrustedContentSender(sender('https://x.com/', { tab: { url: 'https://x.com/' } }), OWN_ID)).toBe(false);
    expect(isTrustedContentSender(sender('https://x.com/', { tab: { id: -1, url: 'https://x.com/' } }), OWN_ID)).toBe(false);
  });

  it.each([
    ['plain http', 'http://x.com/home'],
    ['a host we do not guard', 'https://example.com/'],
    ['the WhatsApp marketing site', 'https://whatsapp.com/'],
    ['www.whatsapp.com', 'https://www.whatsapp.com/download'],
    ['a look-alike prefix', 'https://evil-facebook.com/'],
    ['a look-alike suffix', 'https://facebook.com.evil.net/'],
    ['user-info trickery', 'https://x.com@evil.net/'],
    ['an extension page', `chrome-extension://${OWN_ID}/popup.html`],
    ['no URL at all', undefined],
    ['not a URL', 'x.com'],
  ])('refuses %s', (_what, url) => {
    expect(isTrustedContentSender(sender(url), OWN_ID)).toBe(false);
  });
});

describe('parseContentMessage', () => {
  it('accepts every guarded network and strips unknown keys', () => {
    for (const n of NETWORKS) {
      expect(parseContentMessage('contentReady', { network: n.id, roster: ['leak'], __proto__x: 1 })).toEqual({ network: n.id });
    }
  });

  it('refuses an unknown network with an error naming the message and field', () => {
    expect(() => parseContentMessage('contentReady', { network: 'myspace' })).toThrow(/^Refused contentReady: network: .*"facebook"/);
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['a missing network', {}],
    ['a number for the network', { network: 1 }],
  ])('refuses %s', (_what, data) => {
    expect(() => parseContentMessage('contentReady', data)).toThrow(/^Refused contentReady: (data|network): /);
  });
});

describe('networkForUrl', () => {
  it('finds the network for every domain of every network, and its subdomains', () => {
    for (const n of NETWORKS) {
      for (const d of n.domains) {
        expect(networkForUrl(`https://${d}/path`)?.id, d).toBe(n.id);
        if (d !== 'web.whatsapp.com') expect(networkForUrl(`https://www.${d}/`)?.id, `www.${d}`).toBe(n.id);
      }
      expect(networkForUrl(n.home)?.id, n.home).toBe(n.id);
    }
  });

  it('accepts URL objects and refuses non-https and unguarded hosts', () => {
    expect(networkForUrl(new URL('https://www.linkedin.com/feed/'))?.id).toBe('linkedin');
    for (const url of ['http://www.facebook.com/', 'wss://x.com/', 'https://notfacebook.com/', 'https://api.whatsapp.com/', 'garbage']) {
      expect(networkForUrl(url), url).toBeUndefined();
    }
  });
});

describe('hostMatchPatterns', () => {
  const patterns = hostMatchPatterns();
  /** A minimal Chrome match-pattern matcher for https host patterns. */
  const matches = (pattern: string, url: string) => {
    const m = /^https:\/\/(\*\.)?([^/*]+)\/\*$/.exec(pattern);
    if (!m) throw new Error(`not a pattern this test understands: ${pattern}`);
    const u = new URL(url);
    return u.protocol === 'https:' && (u.hostname === m[2] || (m[1] !== undefined && u.hostname.endsWith(`.${m[2]}`)));
  };

  it('never asks for every site, and is https only', () => {
    expect(patterns).not.toContain('<all_urls>');
    for (const p of patterns) {
      expect(p, p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
      expect(p).not.toMatch(/^https:\/\/\*\/|^\*:|^http:/);
    }
  });

  it('covers every domain of every network, and nothing networkForUrl would refuse', () => {
    for (const n of NETWORKS) {
      for (const d of n.domains) expect(patterns.some((p) => matches(p, `https://${d}/`)), d).toBe(true);
    }
    const probes = ['https://x.com/', 'https://mobile.twitter.com/', 'https://www.facebook.com/', 'https://web.whatsapp.com/',
      'https://whatsapp.com/', 'https://www.whatsapp.com/', 'https://example.com/', 'https://facebook.com.evil.net/'];
    for (const url of probes) {
      expect(patterns.some((p) => matches(p, url)), url).toBe(networkForUrl(url) !== undefined);
    }
  });

  it('has one pattern per domain', () => {
    expect(patterns).toHaveLength(NETWORKS.flatMap((n) => n.domains).length);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
