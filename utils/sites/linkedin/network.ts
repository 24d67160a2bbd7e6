import type { Network } from '../networks';

/** LinkedIn: where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'linkedin', name: 'LinkedIn', domains: ['linkedin.com'], home: 'https://www.linkedin.com/', actions: ['connect', 'follow', 'message', 'accept', 'recommend'] };
