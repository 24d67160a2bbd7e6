// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoAheadButton, sayWhenCovered } from '@/components/GoAheadButton';
import type { DecisionGate } from '@/utils/frames/decision-gate';
import type { Refusal } from '@/utils/frames/press-gate';

vi.mock('@/utils/i18n', async () => ({ t: (await import('../support/messages')).britishEnglish }));

afterEach(() => {
  act(() => render(null, document.body));
  vi.useRealTimers();
});

/** A gate whose answers the test sets; it tells its subscribers when they change. */
function fakeGate(state: { wait: number; refusal: Refusal | null }) {
  const listeners = new Set<() => void>();
  const watched: Element[] = [];
  const gate: DecisionGate = {
    watch: (el) => (watched.push(el), () => void watched.splice(watched.indexOf(el), 1)),
    judge: () => state.refusal,
    readyIn: () => state.wait,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    disturb: () => undefined,
  };
  return { gate, watched, changed: () => act(() => listeners.forEach((l) => l())) };
}

const button = () => document.querySelector('button')!;

describe('a go-ahead button', () => {
  it('is aria-disabled, still focusable and looking the same, until the gate would take a press', () => {
    vi.useFakeTimers();
    const state = { wait: 500, refusal: 'too-soon' as Refusal | null };
    const { gate, watched } = fakeGate(state);
    act(() => render(<GoAheadButton gate={gate} class="warning">Continue anyway</GoAheadButton>, document.body));
    expect(watched).toEqual([button()]);
    expect(button().getAttribute('aria-disabled')).toBe('true');
    expect(button().hasAttribute('disabled')).toBe(false);
    expect(button().className).toBe('warning');
    state.wait = 0;
    act(() => void vi.advanceTimersByTime(500));
    expect(button().hasAttribute('aria-disabled')).toBe(false);
  });

  it('follows the gate: disabled again while the frame is hidden or disturbed', () => {
    const state = { wait: 0, refusal: null as Refusal | null };
    const { gate, changed } = fakeGate(state);
    act(() => render(<GoAheadButton gate={gate}>Continue anyway</GoAheadButton>, document.body));
    expect(button().hasAttribute('aria-disabled')).toBe(false);
    state.wait = Infinity;
    changed();
    expect(button().getAttribute('aria-disabled')).toBe('true');
  });

  it('a press the gate refuses does nothing, and a submit button then sends no form', async () => {
    const state = { wait: Infinity, refusal: 'not-visible' as Refusal | null };
    const { gate } = fakeGate(state);
    const onPress = vi.fn();
    const onRefused = vi.fn();
    const onSubmit = vi.fn((e: Event) => e.preventDefault());
    act(() =>
      render(
        <form onSubmit={onSubmit}>
          <GoAheadButton gate={gate} type="submit" onPress={onPress} onRefused={onRefused}>
            Go ahead
          </GoAheadButton>
        </form>,
        document.body,
      ),
    );
    await act(() => button().click());
    expect(onRefused).toHaveBeenCalledWith('not-visible');
    expect(onPress).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
    state.refusal = null;
    await act(() => button().click());
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('tells the person only about a covered or hidden frame', () => {
    const show = vi.fn();
    const say = sayWhenCovered(show);
    say('too-soon');
    say('untrusted');
    expect(show).not.toHaveBeenCalled();
    say('not-visible');
    expect(show).toHaveBeenCalledWith('That press was not taken: the page was hiding or covering this Chalkline window. Please try again once you can see all of it.');
  });

  it('stops watching when it goes', () => {
    const { gate, watched } = fakeGate({ wait: 0, refusal: null });
    act(() => render(<GoAheadButton gate={gate}>Go ahead</GoAheadButton>, document.body));
    expect(watched).toHaveLength(1);
    act(() => render(null, document.body));
    expect(watched).toHaveLength(0);
  });
});
