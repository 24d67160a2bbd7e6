import type { ContactAction } from '@/rules/schema';
import { network as facebook } from './facebook/network';
import { network as instagram } from './instagram/network';
import { network as linkedin } from './linkedin/network';
import { network as messenger } from './messenger/network';
import { network as tiktok } from './tiktok/network';
import { network as whatsapp } from './whatsapp/network';
import { network as x } from './x/network';

/**
 * The networks Chalkline guards. Each network's module (`utils/sites/<id>/`) holds its facts as data in
 * `network.ts`; host permissions, content-script matches, blocking rules and the popup all derive from
 * the list below, which a convention test checks against the modules (a plain import list, not a glob,
 * because the build configuration reads it too).
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
  /** What a person can do with another person there (so the popup shows only the rules that can apply). */
  actions: readonly ContactAction[];
}

export const NETWORKS: readonly Network[] = [x, facebook, messenger, instagram, linkedin, tiktok, whatsapp];

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
