/** Why something could not be kept on this computer, in words for the person who asked. */
export function storageFailure(error: unknown, what: string): string {
  return error instanceof DOMException && error.name === 'QuotaExceededError'
    ? `There is no room left on this computer to keep ${what}. Free some space and try again; nothing was changed.`
    : `${what[0]!.toUpperCase()}${what.slice(1)} could not be saved on this computer (${error instanceof Error ? error.message : String(error)}); nothing was changed.`;
}
