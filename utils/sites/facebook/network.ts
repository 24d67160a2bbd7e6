import type { Network } from '../networks';

/** Facebook: where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'facebook', name: 'Facebook', domains: ['facebook.com'], home: 'https://www.facebook.com/', actions: ['friend', 'follow', 'message', 'accept'] };
