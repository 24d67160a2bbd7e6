import type { FindingKind } from '@/rules/schema';
import type { RosterRole } from '@/utils/roster/types';

/** Something a detector found in a post, comment or message, with where it is (offsets into the text). */
export interface Finding {
  kind: FindingKind;
  /** Offsets into the text, end exclusive: the compose guard highlights and the log quotes this span. */
  start: number;
  end: number;
  /** The words found, as the writer typed them (the page's own text, never roster data). */
  text: string;
  /** How sure the detector is, 0–1. Findings below a detector's own floor are never returned. */
  confidence: number;
  /** Which sort of thing within the kind, e.g. `phone` or `email` for contact details. */
  what: string;
  /** For roster names only: the role of the person named. */
  role?: RosterRole;
}

/** The rule a finding engages, as the compose guard shows it. Null when the pack has no rule for it. */
export interface EngagedRule {
  id: string;
  severity: 'block' | 'warn' | 'inform';
}

/** A finding with the meaning the active pack gives it. */
export interface AnalysedFinding extends Finding {
  rule: EngagedRule | null;
}
