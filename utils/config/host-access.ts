/**
 * The host permissions to ask for when a person saves a school server's address (the roster, the
 * report receiver). With one, Chalkline's worker reaches that server even when it sends no CORS
 * headers (Teams Workflows and most webhook relays send none). Only https addresses are asked for:
 * the manifest offers nothing else as optional, and plain http is allowed for localhost tests only.
 */
export function hostAccessFor(urls: readonly (string | undefined)[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    if (!url) continue;
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:') origins.add(`${parsed.origin}/*`);
    } catch {
      // Not an address: the settings check reports it in words.
    }
  }
  return [...origins];
}

/**
 * Granted host permissions that nothing uses any more: not one of the manifest's own (the guarded
 * networks) and not the origin of an address in the settings now. A school server the school moved
 * away from should not stay reachable.
 */
export function unusedHostAccess(granted: readonly string[], required: readonly string[], used: readonly string[]): string[] {
  const keep = new Set([...required, ...used]);
  return granted.filter((origin) => !keep.has(origin) && /^https:\/\/[^*]+\/\*$/.test(origin));
}
