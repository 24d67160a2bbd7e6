import { describe, expect, it } from 'vitest';
import { REVIEW_ITEMS } from '@/utils/review/items';
import { NETWORK_REVIEW } from '@/utils/review/network-steps';
import { REVIEW_NETWORKS } from '@/utils/review/state';
import { NETWORKS } from '@/utils/sites/networks';

describe('privacy review steps (data)', () => {
  it('covers every review network and every item, each with a few one-sentence steps', () => {
    expect(Object.keys(NETWORK_REVIEW).sort()).toEqual([...REVIEW_NETWORKS].sort());
    for (const [network, review] of Object.entries(NETWORK_REVIEW)) {
      expect(Object.keys(review).sort(), network).toEqual([...REVIEW_ITEMS].sort());
      for (const item of REVIEW_ITEMS) {
        const { steps, note } = review[item];
        expect(steps.length, `${network} ${item}`).toBeGreaterThanOrEqual(1);
        expect(steps.length, `${network} ${item}`).toBeLessThanOrEqual(5);
        for (const step of [...steps, ...(note ? [note] : [])]) expect(step, `${network} ${item}`).toMatch(/^[A-Z"“‘'(].*[.!?]["”’)]?$/);
      }
    }
  });

  it("links only to https pages on the network's own hosts, each with the public evidence for its address", () => {
    for (const [network, review] of Object.entries(NETWORK_REVIEW)) {
      const domains = NETWORKS.find((n) => n.id === network)!.domains;
      for (const item of REVIEW_ITEMS) {
        const link = review[item].link;
        if (!link) continue;
        const url = new URL(link.url);
        expect(url.protocol, link.url).toBe('https:');
        expect(domains.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`)), link.url).toBe(true);
        expect(link.evidence.trim().length, link.url).toBeGreaterThan(20);
      }
    }
  });
});
