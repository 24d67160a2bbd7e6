import type { FindingKind, Severity } from '@/rules/schema';
import type { ShownCitation } from '@/rules/select';
import type { ComposeSurface } from '@/utils/sites/compose';

/** One rule a held post engages, with what in the post engaged it. Shown only inside the extension's frame. */
export interface ComposeHoldFinding {
  ruleId: string;
  title: string;
  summary: string;
  severity: Severity;
  citations: ShownCitation[];
  /** The kinds of finding behind it, in plain words ("a pupil's name", "a phone number"). */
  what: FindingKind[];
  /** The words of the post that engaged it (a name from the roster may be among them: frame only). */
  words: string[];
}

/** Everything the compose hold shows: built in the background, shown only inside the extension's frame. */
export interface ComposeHoldView {
  kind: 'compose';
  holdId: string;
  network: string;
  surface: ComposeSurface;
  /** "post", "reply", "comment", "message", "recommendation". */
  action: string;
  /** For messages: who it goes to, as the roster knows them ("Eleanor (Ellie) Smith, a pupil in Year 9"). */
  to: string | null;
  findings: ComposeHoldFinding[];
  /** Posting anyway needs a reason when any rule engaged blocks. */
  reasonRequired: boolean;
  /** The text was longer than Chalkline reads: the rest was not checked. */
  partlyChecked: boolean;
  dslName: string;
}

/** What the log needs of a held post when it is answered. */
export interface ComposeMeta {
  network: string;
  surface: ComposeSurface;
  packId: string;
  /** The strictest rule engaged. */
  ruleId: string;
  kinds: FindingKind[];
}

/** The quiet hint beside an editor while typing: what was found, in kinds and rule titles only. */
export interface ComposeHint {
  kinds: FindingKind[];
  titles: string[];
  surface: ComposeSurface;
}

/** What the staff member chose at the compose hold. */
export type ComposeChoice = 'edit' | 'post';
