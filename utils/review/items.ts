/**
 * The privacy review's checklist: the same seven things on every network (design.md, privacy review),
 * each backed by the school's own clauses where its pack has them. What to press on each network is
 * data in ./network-steps.ts.
 */
export const REVIEW_ITEMS = [
  'audience',
  'approve-followers',
  'findable',
  'tag-review',
  'profile-school',
  'no-pupils-parents',
  'location',
] as const;

/** One thing to check on each network. */
export type ReviewItemId = (typeof REVIEW_ITEMS)[number];

/** A page of the network's own settings, and the public facts its address rests on. */
export interface SettingsLink {
  /** https address on the network's own host; opened in a new tab. */
  url: string;
  /** Where the address is documented or seen in public (help centre page, public code), for reviewers. */
  evidence: string;
}

/** How to check one item on one network, in plain British English for non-technical staff. */
export interface NetworkStep {
  /** Short imperative steps, each one sentence ("Open Settings and privacy.", "Turn on Protect your posts."). */
  steps: readonly string[];
  /** The settings page to open, when the network has one for this item. */
  link?: SettingsLink;
  /**
   * When the network has no setting for this item, say what to do instead (e.g. LinkedIn has no
   * follower approval: "Check your followers list now and then."). Steps still explain how.
   */
  note?: string;
}

/** Every item for one network. Missing items are a type error, so no network is half-covered. */
export type NetworkReview = Record<ReviewItemId, NetworkStep>;
