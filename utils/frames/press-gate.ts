/**
 * When a press on a "go ahead" control in one of Chalkline's frames counts as the person's decision.
 *
 * The page owns the `<iframe>` element: it can make the frame transparent, move it, or lay its own
 * content over it, so that a click the person meant for the page lands on "Continue". A press is
 * therefore taken only when it is trusted, the control is seen to be visible, and frame and control
 * have both stayed visible for a short settling time, so nothing can be slid under a click in time.
 * Pure functions of times (milliseconds on one clock) and states: the wiring is in ./decision-gate.
 */

/** How long a frame, and a control in it, must have stayed visible before a press counts. */
export const SETTLE_MS = 500;

/**
 * Why a press was not taken. 'too-soon' also covers a control whose visibility is not known yet (its
 * first observation has not arrived); only 'not-visible' is worth telling the person about.
 */
export type Refusal = 'untrusted' | 'too-soon' | 'not-visible';

/** What is known of one control's visibility. */
export interface Sight {
  /** null until the first observation arrives. */
  visible: boolean | null;
  /** When it last became visible again after being seen hidden; -Infinity when it never was hidden. */
  since: number;
}

/** A control nobody has observed yet. */
export const UNSEEN: Sight = { visible: null, since: -Infinity };

/**
 * The sight after one observation at `now`. A control seen visible at its first observation adds no
 * wait of its own (only the frame's settling time applies): the page cannot make our controls appear,
 * only the person's own press in the frame can. One seen hidden and visible again waits afresh.
 */
export function observe(previous: Sight, visible: boolean, now: number): Sight {
  if (!visible) return { visible: false, since: previous.since };
  if (previous.visible === false) return { visible: true, since: now };
  return { visible: true, since: previous.since };
}

/**
 * Milliseconds until a press on the control would be taken: 0 now, Infinity while the frame or the
 * control is not visible. `frameSince` is when the frame last became visible (shown, page back in
 * view, or last disturbed by the page), or null while it is not visible.
 */
export function readyIn(now: number, frameSince: number | null, sight: Sight, settleMs = SETTLE_MS): number {
  if (frameSince === null || sight.visible !== true) return Infinity;
  return Math.max(0, Math.max(frameSince, sight.since) + settleMs - now);
}

/** Whether to take a press at `now`: null to take it, or why not. */
export function judgePress(press: { trusted: boolean; at: number }, frameSince: number | null, sight: Sight, settleMs = SETTLE_MS): Refusal | null {
  if (!press.trusted) return 'untrusted';
  if (frameSince === null || sight.visible === false) return 'not-visible';
  return readyIn(press.at, frameSince, sight, settleMs) === 0 ? null : 'too-soon';
}
