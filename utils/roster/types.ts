/**
 * The roster as Chalkline keeps it: only what matching and display need. Dates of birth are never
 * stored; for a former pupil only the date they turn 19 is kept, because that is when the policies
 * stop treating them as a child.
 */
export type RosterRole = 'pupil' | 'former_pupil' | 'parent' | 'staff';

export interface RosterEntry {
  /** Position in the imported roster; stable for one import only. */
  id: number;
  firstName: string;
  lastName: string;
  /** The name the person goes by, when it differs from the legal first name. */
  preferredName?: string;
  /** A surname the person goes by, when it differs from the legal surname. */
  preferredLastName?: string;
  role: RosterRole;
  /** Display form, e.g. "Year 9", "Reception". For a parent: their child's year group when the export gives it. */
  yearGroup?: string;
  /** Former pupils: the date (YYYY-MM-DD) they turn 19. Absent when the file gave no date of birth. */
  turns19On?: string;
  /** Social-media handles, normalised: lower case, no leading @, no profile URL. */
  handles: string[];
}

/** One problem with one row of an imported file. */
export interface RowProblem {
  /** The row number as a spreadsheet shows it (the header is row 1). For JSON, the array index + 1. */
  row: number;
  /** The column as the file names it, or "(row)" for the whole row. */
  column: string;
  reason: string;
}

/** What an import found: the entries to store, the problems, and notes on how the file was read. */
export interface ParsedRoster {
  entries: RosterEntry[];
  problems: RowProblem[];
  /** Plain notes for the admin, e.g. "Read as Windows-1252", "No role column: every row treated as a pupil". */
  notes: string[];
  /** Rows read (excluding the header). */
  rowCount: number;
}

/** A file that is not a roster at all: rejected whole, the previous roster stays. */
export interface RejectedRoster {
  rejected: true;
  /** One plain sentence saying what is wrong and what to do. */
  reason: string;
  problems: RowProblem[];
}
