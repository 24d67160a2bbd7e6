/** One item of the design's per-school clause list, and the pack rules that enforce it. */
export interface DesignClause {
  clause: string;
  rules: string[];
}
