import type { Network } from '../networks';

/** Messenger: where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'messenger', name: 'Messenger', domains: ['messenger.com'], home: 'https://www.messenger.com/', actions: ['message'] };
