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
