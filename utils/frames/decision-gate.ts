import { judgePress, observe, readyIn, UNSEEN, type Refusal, type Sight } from './press-gate';

/**
 * What the gate needs from the frame's window, passed in so it can be tested without a browser.
 *
 * Visibility facts relied on (IntersectionObserver v2, "trackVisibility"):
 * - With `trackVisibility: true` an entry's `isVisible` is true only when the browser can guarantee
 *   the target is unoccluded and not altered by opacity, filter or transform; the check is
 *   conservative (false negatives, never false positives) and takes in the frame's own `<iframe>`
 *   element in the embedding page, which is the point of it: the page can alter that element, but
 *   cannot make its frame's observer report a true it has not earned. (web.dev, "Trust is good,
 *   observation is better: Intersection Observer v2", https://web.dev/articles/intersectionobserver-v2;
 *   MDN, IntersectionObserver.trackVisibility.)
 * - `delay` is clamped to at least 100 ms when tracking visibility (MDN, IntersectionObserver.delay).
 * - Chromium has had it since 74; Firefox and Safari have not (web-platform-dx features explorer,
 *   "intersection-observer-v2"), so there `isVisible` is not on IntersectionObserverEntry and the
 *   gate falls back to `isIntersecting` (moved out of view) and the settling time.
 * Checked in this project's headless Chromium: opacity 0, scale(0.5) and a transparent element laid
 * over the frame each turn `isVisible` false inside it; a plain translate or moving back does not.
 */
export interface GateEnv {
  now(): number;
  /** Whether the frame's document is on screen (its tab in front, the window not minimised). */
  pageVisible(): boolean;
  /** Calls back when that changes; returns a function that stops it. */
  onPageVisibility(listener: () => void): () => void;
  /** Calls back when the page's side says the frame was moved or restyled; returns a stop function. */
  onDisturbed(listener: () => void): () => void;
  /** The IntersectionObserver constructor, when there is one. */
  IntersectionObserver?: typeof IntersectionObserver;
  /** True when its entries report `isVisible` (IntersectionObserver v2). */
  tracksVisibility: boolean;
}

/** Decides which presses on "go ahead" controls count: see ./press-gate for the rule. */
export interface DecisionGate {
  /** Starts watching a go-ahead control's visibility; returns a function that stops it. */
  watch(control: Element): () => void;
  /** Null when this press on this control counts as a decision, or why it does not. */
  judge(event: Event, control: Element): Refusal | null;
  /** Milliseconds until a press on the control would count (0 now, Infinity while it is not visible). */
  readyIn(control: Element): number;
  /** Calls back whenever readiness may have changed; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  /** The page disturbed the frame: the settling time starts again. */
  disturb(): void;
}

/** Options for an observer that sees occlusion and effects where the browser can (see {@link GateEnv}). */
export const VISIBILITY_OPTIONS = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;

/** The gate for one frame's document, from the moment it is created (when the frame's page starts). */
export function createDecisionGate(env: GateEnv): DecisionGate {
  const createdAt = env.now();
  let shownSince: number | null = env.pageVisible() ? createdAt : null;
  let disturbedAt = -Infinity;
  const sights = new Map<Element, Sight>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const frameSince = () => (shownSince === null ? null : Math.max(shownSince, disturbedAt));
  const sightOf = (control: Element) => sights.get(control) ?? UNSEEN;

  const observer = env.IntersectionObserver
    ? new env.IntersectionObserver(
        (entries) => {
          const now = env.now();
          for (const entry of entries) {
            if (!sights.has(entry.target)) continue;
            const visible = env.tracksVisibility ? (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true : entry.isIntersecting;
            sights.set(entry.target, observe(sightOf(entry.target), visible, now));
          }
          notify();
        },
        env.tracksVisibility ? VISIBILITY_OPTIONS : {},
      )
    : null;

  env.onPageVisibility(() => {
    const visible = env.pageVisible();
    if (visible && shownSince === null) shownSince = env.now();
    else if (!visible) shownSince = null;
    notify();
  });
  env.onDisturbed(() => gate.disturb());

  const gate: DecisionGate = {
    watch(control) {
      // With no observer at all, the settling time is the only defence left.
      sights.set(control, observer ? UNSEEN : { visible: true, since: -Infinity });
      observer?.observe(control);
      return () => {
        observer?.unobserve(control);
        sights.delete(control);
      };
    },
    judge: (event, control) => judgePress({ trusted: event.isTrusted, at: env.now() }, frameSince(), sightOf(control)),
    readyIn: (control) => readyIn(env.now(), frameSince(), sightOf(control)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    disturb() {
      disturbedAt = env.now();
      notify();
    },
  };
  return gate;
}
