import type { SiteAdapter } from '../adapter';
import type { Network } from '../networks';

/**
 * Every adapter module in this folder registers itself (refined-github style): each exports `adapter`,
 * and the build collects them, so adding a network touches no shared file. The convention test checks
 * that each one has fixture pages and an end-to-end test.
 */
const modules = import.meta.glob<{ adapter: SiteAdapter }>(['./*.ts', '!./index.ts'], { eager: true });

/** The adapter for each network Chalkline guards contacts on (Messenger and WhatsApp carry messages only). */
export const ADAPTERS: Partial<Record<Network['id'], SiteAdapter>> = Object.fromEntries(
  Object.values(modules).map(({ adapter }) => [adapter.network, adapter]),
);
