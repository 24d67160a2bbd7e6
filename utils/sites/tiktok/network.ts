import type { Network } from '../networks';

/** TikTok: where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'tiktok', name: 'TikTok', domains: ['tiktok.com'], home: 'https://www.tiktok.com/', actions: ['follow', 'message', 'accept'] };
