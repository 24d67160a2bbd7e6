import type { Worker } from '@playwright/test';

/**
 * The staff member's settings layer lives in Chalkline's own IndexedDB (`chalkline`, store `config`,
 * key `settings`), out of reach of content scripts. These helpers read and write it from the service
 * worker, and announce a write on the config channel exactly as the options page does.
 */
async function inConfigStore<T>(worker: Worker, op: 'get' | 'put', value?: unknown): Promise<T> {
  return worker.evaluate(
    async ({ op, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('chalkline');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const tx = db.transaction('config', op === 'get' ? 'readonly' : 'readwrite');
        const request = op === 'get' ? tx.objectStore('config').get('settings') : tx.objectStore('config').put(value, 'settings');
        const result = await new Promise<unknown>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        if (op === 'put') {
          const channel = new BroadcastChannel('chalkline-config');
          channel.postMessage('settings');
          channel.close();
        }
        return (op === 'get' ? result : undefined) as never;
      } finally {
        db.close();
      }
    },
    { op, value },
  );
}

/** Writes the staff member's own settings layer, as the options page would. */
export async function setSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await inConfigStore(worker, 'put', settings);
}

/** The staff member's own settings layer as stored, or undefined when none was saved. */
export function readSettingsLayer(worker: Worker): Promise<Record<string, unknown> | undefined> {
  return inConfigStore(worker, 'get');
}
