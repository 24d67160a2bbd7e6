import { browser } from 'wxt/browser';

/**
 * Calls `onChange` whenever the worker rewrites one of these session-storage keys (the working-hours
 * status at each boundary or settings change, the paused pages). Extension pages use it to ask the
 * background again; returns the function that stops watching.
 */
export function watchSession(keys: readonly string[], onChange: () => void): () => void {
  const changed = (changes: Record<string, unknown>) => {
    if (keys.some((k) => k in changes)) onChange();
  };
  browser.storage.session.onChanged.addListener(changed);
  return () => browser.storage.session.onChanged.removeListener(changed);
}
