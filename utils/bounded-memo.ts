/**
 * Remembers a pure function's answers for at most `max` inputs, then starts afresh. For the hot paths
 * that meet the same words again and again (every pause in typing re-reads the same post): the memory
 * stays bounded whatever a page sends, and nothing outlives the worker.
 */
export function boundedMemo<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= max) cache.clear();
      cache.set(key, (value = fn(key)));
    }
    return value;
  };
}
