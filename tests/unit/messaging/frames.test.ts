import { describe, expect, it } from 'vitest';
import { isExtensionFrameSender, parseContentMessage, parseHoursBannerMessage, type SenderInfo } from '@/utils/messaging/schemas';

const OWN_ID = 'aeagdcbcfnphppfdjfeakbcainknccdd';
const DYNAMIC = '7d2c1b7e-53f0-4c55-9d0e-3d6c0a9e8f11';
const frame = (url: string | undefined, extra: Partial<SenderInfo> = {}): SenderInfo => ({ id: OWN_ID, url, tab: { id: 4, url: 'https://x.com/home' }, ...extra });

describe('isExtensionFrameSender', () => {
  it('accepts our frame at its own path, from the fixed or the per-session origin, in Chrome or Firefox', () => {
    for (const url of [`chrome-extension://${OWN_ID}/hours-banner.html`, `chrome-extension://${DYNAMIC}/hours-banner.html`, `moz-extension://${DYNAMIC}/hours-banner.html`]) {
      expect(isExtensionFrameSender(frame(url), OWN_ID, '/hours-banner.html'), url).toBe(true);
    }
    expect(isExtensionFrameSender(frame(`chrome-extension://${DYNAMIC}/interstitial.html`), OWN_ID, '/interstitial.html')).toBe(true);
  });

  it('tells one frame from the other: the interstitial cannot speak for the banner, nor the banner for it', () => {
    expect(isExtensionFrameSender(frame(`chrome-extension://${OWN_ID}/interstitial.html`), OWN_ID, '/hours-banner.html')).toBe(false);
    expect(isExtensionFrameSender(frame(`chrome-extension://${OWN_ID}/hours-banner.html`), OWN_ID, '/interstitial.html')).toBe(false);
  });

  it.each([
    ['the page itself', frame('https://x.com/home')],
    ['a page that names the frame in its address', frame('https://x.com/hours-banner.html')],
    ['another extension', frame(`chrome-extension://${OWN_ID}/hours-banner.html`, { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' })],
    ['no tab (the worker, a popup)', frame(`chrome-extension://${OWN_ID}/hours-banner.html`, { tab: undefined })],
    ['no address', frame(undefined)],
    ['not an address', frame('hours-banner.html')],
    ['a look-alike path', frame(`chrome-extension://${OWN_ID}/hours-banner.html/x`)],
  ])('refuses %s', (_what, sender) => {
    expect(isExtensionFrameSender(sender, OWN_ID, '/hours-banner.html')).toBe(false);
  });
});

describe('the hours banner’s messages', () => {
  it('ask nothing of the content script but the question', () => {
    expect(parseContentMessage('hoursBanner', { url: 'https://evil.example/' })).toEqual({});
  });

  it('accept the three reasons, with a note of up to 500 characters', () => {
    expect(parseHoursBannerMessage('continueInHours', { reason: 'school-business' })).toEqual({ reason: 'school-business' });
    expect(parseHoursBannerMessage('continueInHours', { reason: 'official-account', note: 'n' })).toEqual({ reason: 'official-account', note: 'n' });
    expect(parseHoursBannerMessage('continueInHours', { reason: 'other', note: 'x'.repeat(500), extra: 1 })).toEqual({ reason: 'other', note: 'x'.repeat(500) });
  });

  it.each([
    ['no reason', {}, /^Refused continueInHours: reason: /],
    ['an unknown reason', { reason: 'relative' }, /^Refused continueInHours: reason: /],
    ['"other" with no note', { reason: 'other' }, /^Refused continueInHours: note: a note is needed/],
    ['"other" with a blank note', { reason: 'other', note: '  \n ' }, /^Refused continueInHours: note: a note is needed/],
    ['a note too long', { reason: 'school-business', note: 'x'.repeat(501) }, /^Refused continueInHours: note: /],
    ['a note that is not text', { reason: 'school-business', note: 5 }, /^Refused continueInHours: note: /],
  ])('refuse %s', (_what, data, error) => {
    expect(() => parseHoursBannerMessage('continueInHours', data)).toThrow(error);
  });

  it('refuse a height that is not a sensible whole number of pixels', () => {
    for (const height of [-1, 4001, 1.5, '200', null]) expect(() => parseHoursBannerMessage('resizeHoursBanner', { height }), String(height)).toThrow(/^Refused resizeHoursBanner: height: /);
    expect(parseHoursBannerMessage('resizeHoursBanner', { height: 180 })).toEqual({ height: 180 });
  });

  it('refuse a dialog state that is not yes or no', () => {
    for (const open of ['true', 1, null, undefined]) expect(() => parseHoursBannerMessage('hoursBannerDialog', { open }), String(open)).toThrow(/^Refused hoursBannerDialog: open: /);
    expect(parseHoursBannerMessage('hoursBannerDialog', { open: true, extra: 1 })).toEqual({ open: true });
  });
});
