/**
 * The page side of every guard that holds an action (contacts, posts, messages): one capture-phase
 * listener per event type on the window sees each trusted click, Enter and form submit before the
 * site's own (delegated, React-style) handlers. A guard reads what the event would do; if it is one of
 * its actions, the event is stopped, the background is asked, and the action is replayed exactly once
 * when it may go ahead, after re-reading that the control still means the same thing.
 *
 * Only trusted events are read (`event.isTrusted`): a page's own synthetic clicks and key presses are
 * never checked and never shown a frame, so they can tell the page nothing about the roster.
 */

/** The background's answer: let it through, or hold it behind a frame. */
export type Verdict = { verdict: 'allow' } | { verdict: 'hold'; holdId: string };

/** An action a guard has stopped. */
export interface HeldAction {
  /** The control the person acted on: a button, or the editor for Enter-to-send. */
  control: HTMLElement;
  /** What the action means (the person, or the text): two actions that mean the same are one. */
  meaning: string;
  /**
   * Does the action again, once: re-reads the page first and returns false (doing nothing) when the
   * control is gone or now means something else.
   */
  replay(): boolean;
}

export interface Guard<A extends HeldAction = HeldAction> {
  /** The action a trusted event would start, or null to leave the event alone. Runs on every event: keep it cheap. */
  read(event: Event): A | null;
  /** True when the action may go on without being stopped (a text already found clean). */
  passesAtOnce?(action: A): boolean;
  /** Asks the background. */
  check(action: A): Promise<Verdict>;
  /** Shows the hold's frame and resolves with whether to go ahead. */
  frame(holdId: string, action: A): Promise<boolean>;
  /** The person went ahead without a check: note it in the log (the background writes it once it answers). */
  proceededUnchecked?(action: A): void;
}

/** What the person chose when Chalkline could not check in time. */
export type UncheckedChoice = 'retry' | 'proceed' | 'cancel';

export interface EngineOptions {
  /** Asks the person what to do when the background does not answer in time (never a silent pass). */
  unchecked(): Promise<UncheckedChoice>;
  /** How long to wait for the background (a cold start can take seconds). */
  timeoutMs?: number;
}

const TIMED_OUT = Symbol('timed out');

/** The background's verdict, or TIMED_OUT when it did not answer in time or answered with an error. */
async function ask<A extends HeldAction>(guard: Guard<A>, action: A, timeoutMs: number): Promise<Verdict | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([guard.check(action), new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)))]);
  } catch {
    return TIMED_OUT;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the engine for these guards until `signal` aborts. Actions on one control run one at a time:
 * a second action that means the same as the one waiting is the same action (a double click posts
 * once); one that means something else waits its turn and is checked in its own right. Frames are
 * shown one at a time.
 */
export function startHoldEngine(guards: readonly Guard[], options: EngineOptions, signal: AbortSignal): void {
  const waiting = new Map<HTMLElement, { meaning: string; queue: { guard: Guard; action: HeldAction }[] }>();
  let frames: Promise<unknown> = Promise.resolve();
  /** Runs one frame after another: a page never shows two of Chalkline's frames at once. */
  const inTurn = <T>(show: () => Promise<T>): Promise<T> => {
    const next = frames.then(show, show);
    frames = next.catch(() => undefined);
    return next;
  };

  const decide = async (guard: Guard, action: HeldAction): Promise<boolean> => {
    for (;;) {
      const verdict = await ask(guard, action, options.timeoutMs ?? 4000);
      if (signal.aborted) return false;
      if (verdict === TIMED_OUT) {
        const choice = await inTurn(() => options.unchecked());
        if (choice === 'retry') continue;
        if (choice === 'proceed') guard.proceededUnchecked?.(action);
        return choice === 'proceed';
      }
      if (verdict.verdict === 'allow') return true;
      return inTurn(() => guard.frame(verdict.holdId, action));
    }
  };

  const run = async (guard: Guard, action: HeldAction): Promise<void> => {
    let goAhead = false;
    try {
      goAhead = await decide(guard, action);
    } finally {
      if (goAhead && !signal.aborted) action.replay();
      else if (!goAhead && action.control.isConnected) action.control.focus();
      const slot = waiting.get(action.control);
      const next = slot?.queue.shift();
      if (slot && next) {
        slot.meaning = next.action.meaning;
        void run(next.guard, next.action);
      } else waiting.delete(action.control);
    }
  };

  const onEvent = (event: Event) => {
    if (!event.isTrusted) return;
    // Never while an input method is composing: Enter then picks a character, it does not send.
    if (event instanceof KeyboardEvent && (event.isComposing || event.keyCode === 229)) return;
    for (const guard of guards) {
      let action: HeldAction | null;
      try {
        action = guard.read(event);
      } catch {
        // Markup we did not expect: never break the site over it.
        continue;
      }
      if (!action) continue;
      if (guard.passesAtOnce?.(action)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const slot = waiting.get(action.control);
      if (!slot) {
        waiting.set(action.control, { meaning: action.meaning, queue: [] });
        void run(guard, action);
      } else if (slot.meaning !== action.meaning && !slot.queue.some((q) => q.action.meaning === action!.meaning)) {
        slot.queue.push({ guard, action });
      }
      return;
    }
  };

  for (const type of ['click', 'keydown', 'submit'] as const) window.addEventListener(type, onEvent, { capture: true, signal });
}
