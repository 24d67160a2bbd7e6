/**
 * Text is read up to this length. A longer text is analysed up to here only: the caller must treat the
 * rest as not checked (the compose guard says so to the staff member), never as passed.
 */
export const MAX_ANALYSED_LENGTH = 100_000;
