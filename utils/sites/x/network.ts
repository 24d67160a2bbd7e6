import type { Network } from '../networks';

/** X (Twitter): where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'x', name: 'X (Twitter)', domains: ['x.com', 'twitter.com'], home: 'https://x.com/', actions: ['follow', 'message', 'accept'] };
