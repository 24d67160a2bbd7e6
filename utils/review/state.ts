import { z } from 'zod';
import { REVIEW_ITEMS } from './items';

/** The networks the review covers: the ones whose accounts have privacy settings of their own. */
export const REVIEW_NETWORKS = ['facebook', 'x', 'instagram', 'linkedin', 'tiktok'] as const;
export type ReviewNetworkId = (typeof REVIEW_NETWORKS)[number];

export const ReviewNetworkSchema = z.enum(REVIEW_NETWORKS);
export const ReviewItemSchema = z.enum(REVIEW_ITEMS);

/** Ticked items per network. Unknown networks or items are dropped, never kept half-understood. */
export const CheckedSchema = z.partialRecord(ReviewNetworkSchema, z.array(ReviewItemSchema).max(REVIEW_ITEMS.length));
export type Checked = z.infer<typeof CheckedSchema>;

/** A review in progress: saved at every tick, so closing the page loses nothing. */
export const ProgressSchema = z.object({
  networks: z.array(ReviewNetworkSchema).max(REVIEW_NETWORKS.length),
  checked: CheckedSchema,
  savedAt: z.number(),
});
export type ReviewProgress = z.infer<typeof ProgressSchema>;

/** A finished review: when, which networks, and what the person confirmed on each (nothing more). */
export const FinishedReviewSchema = z.object({
  at: z.number(),
  networks: z.array(ReviewNetworkSchema),
  confirmed: CheckedSchema,
  /** How many items there were to confirm, so "12 of 14" stays true later. */
  total: z.number().int().nonnegative(),
});
export type FinishedReview = z.infer<typeof FinishedReviewSchema>;

/** Past reviews kept: about twenty-five years at four a year. */
export const MAX_HISTORY = 100;

/** Everything the review keeps, in `storage.local` under {@link REVIEW_STATE_KEY}. */
export const ReviewStateSchema = z.object({
  firstSeenAt: z.number(),
  lastCompletedAt: z.number().optional(),
  snoozedUntil: z.number().optional(),
  lastRemindedAt: z.number().optional(),
  progress: ProgressSchema.optional(),
  history: z.array(FinishedReviewSchema).max(MAX_HISTORY).default([]),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const REVIEW_STATE_KEY = 'privacyReview';
