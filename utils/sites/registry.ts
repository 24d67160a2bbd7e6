import type { SiteModule } from './adapter';
import type { Network } from './networks';

/**
 * Every network module registers itself (refined-github style): each `utils/sites/<id>/index.ts`
 * exports `site`, and the build collects them, so adding a network's readers touches no shared file.
 * The convention test checks that each one has fixture pages and an end-to-end test.
 */
const modules = import.meta.glob<{ site: SiteModule }>('./*/index.ts', { eager: true });

/** Each network's module, by id. */
export const SITES: Partial<Record<Network['id'], SiteModule>> = Object.fromEntries(Object.values(modules).map(({ site }) => [site.network.id, site]));
