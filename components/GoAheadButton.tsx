import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import type { Refusal } from '@/utils/frames/press-gate';
import { t } from '@/utils/i18n';

interface GoAheadButtonProps {
  gate: DecisionGate;
  /** A press that counts as the person's decision. */
  onPress?: () => void;
  /** A press that did not count, and why. */
  onRefused?: (refusal: Refusal) => void;
  type?: 'button' | 'submit';
  class?: string;
  'aria-expanded'?: boolean;
  children: ComponentChildren;
}

/**
 * A button that lets something go ahead (proceed, post anyway, continue in working hours). It is
 * `aria-disabled` until the gate would take a press, which is half a second after the frame is shown
 * or after the page last disturbed it, and while the button is not seen to be visible; it stays
 * focusable and looks as it always does. A press that does not count does nothing, and a submit
 * button's form is not sent.
 */
export function GoAheadButton({ gate, onPress, onRefused, type = 'button', children, ...rest }: GoAheadButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = button.current!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      const wait = gate.readyIn(el);
      setReady(wait === 0);
      if (wait > 0 && Number.isFinite(wait)) timer = setTimeout(update, wait);
    };
    const unwatch = gate.watch(el);
    const unsubscribe = gate.subscribe(update);
    update();
    return () => {
      clearTimeout(timer);
      unsubscribe();
      unwatch();
    };
  }, [gate]);

  const onClick = (event: MouseEvent) => {
    const refusal = gate.judge(event, event.currentTarget as HTMLButtonElement);
    if (refusal) {
      event.preventDefault();
      onRefused?.(refusal);
      return;
    }
    onPress?.();
  };

  return (
    <button ref={button} type={type} aria-disabled={ready ? undefined : 'true'} onClick={onClick} {...rest}>
      {children}
    </button>
  );
}

/**
 * An `onRefused` that tells the person only what helps: that the page was covering or hiding the frame.
 * A press in the first half-second, or a synthetic one, is ignored without a word.
 */
export function sayWhenCovered(show: (message: string) => void): (refusal: Refusal) => void {
  return (refusal) => {
    if (refusal === 'not-visible') show(t('goAheadCovered'));
  };
}
