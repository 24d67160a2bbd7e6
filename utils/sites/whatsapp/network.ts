import type { Network } from '../networks';

/** WhatsApp Web: where its pages are served from. Data only, so the manifest and the worker can read it. */
export const network: Network = { id: 'whatsapp', name: 'WhatsApp Web', domains: ['web.whatsapp.com'], home: 'https://web.whatsapp.com/', actions: ['message'] };
