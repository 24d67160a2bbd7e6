/**
 * The networks Chalkline guards, as data. Host permissions, content-script matches, blocking rules and
 * the popup all derive from this one list, so adding a network is a one-line change checked by tests.
 */
export interface Network {
  /** Stable id used in fixtures (`tests/fixtures/sites/<id>-<page>.html`), logs and rules. */
  id: 'x' | 'facebook' | 'messenger' | 'instagram' | 'linkedin' | 'tiktok' | 'whatsapp';
  /** Name shown to staff. */
  name: string;
  /** Registrable domains (and the one WhatsApp Web host) the network serves its pages from. */
  domains: readonly string[];
  /** The URL a fixture page is served at in end-to-end tests. */
  home: string;
}

export const NETWORKS: readonly Network[] = [
  { id: 'x', name: 'X (Twitter)', domains: ['x.com', 'twitter.com'], home: 'https://x.com/' },
  { id: 'facebook', name: 'Facebook', domains: ['facebook.com'], home: 'https://www.facebook.com/' },
  { id: 'messenger', name: 'Messenger', domains: ['messenger.com'], home: 'https://www.messenger.com/' },
  { id: 'instagram', name: 'Instagram', domains: ['instagram.com'], home: 'https://www.instagram.com/' },
  { id: 'linkedin', name: 'LinkedIn', domains: ['linkedin.com'], home: 'https://www.linkedin.com/' },
  { id: 'tiktok', name: 'TikTok', domains: ['tiktok.com'], home: 'https://www.tiktok.com/' },
  { id: 'whatsapp', name: 'WhatsApp Web', domains: ['web.whatsapp.com'], home: 'https://web.whatsapp.com/' },
];

/** WhatsApp's other hosts (the marketing site, the API) are not guarded; only the web client is. */
const EXACT_HOST_ONLY = new Set(['web.whatsapp.com']);

/** Match patterns for the manifest: every guarded host, over HTTPS only. Never `<all_urls>`. */
export function hostMatchPatterns(networks: readonly Network[] = NETWORKS): string[] {
  return networks.flatMap((n) =>
    n.domains.map((d) => (EXACT_HOST_ONLY.has(d) ? `https://${d}/*` : `https://*.${d}/*`)),
  );
}

/** The network a URL belongs to, or undefined when Chalkline does not guard it. */
export function networkForUrl(url: string | URL, networks: readonly Network[] = NETWORKS): Network | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase();
  return networks.find((n) =>
    n.domains.some((d) => (EXACT_HOST_ONLY.has(d) ? host === d : host === d || host.endsWith(`.${d}`))),
  );
}
