import type { DecisionGate } from '@/utils/frames/decision-gate';

/**
 * A gate that takes every press at once, for tests of a frame's other behaviour (their clicks are
 * synthetic, which the real gate refuses). The gate itself is tested in tests/unit/frames.
 */
export const OPEN_GATE: DecisionGate = {
  watch: () => () => undefined,
  judge: () => null,
  readyIn: () => 0,
  subscribe: () => () => undefined,
  disturb: () => undefined,
};
