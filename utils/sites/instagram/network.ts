import type { Network } from '../networks';

/** Instagram: where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'instagram', name: 'Instagram', domains: ['instagram.com'], home: 'https://www.instagram.com/', actions: ['follow', 'message', 'accept'] };
