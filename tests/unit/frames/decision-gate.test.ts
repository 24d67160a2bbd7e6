import { describe, expect, it, vi } from 'vitest';
import { createDecisionGate, type GateEnv } from '@/utils/frames/decision-gate';

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver;
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  /** One observation of one target, as the browser would deliver it. */
  see(target: Element, state: { isIntersecting: boolean; isVisible?: boolean }) {
    this.callback([{ target, ...state } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
}

function setUp(options: { v2?: boolean; observer?: boolean } = {}) {
  let now = 0;
  let pageVisible = true;
  let onVisibility = () => {};
  let onDisturbed = () => {};
  const env: GateEnv = {
    now: () => now,
    pageVisible: () => pageVisible,
    onPageVisibility: (l) => ((onVisibility = l), () => undefined),
    onDisturbed: (l) => ((onDisturbed = l), () => undefined),
    ...(options.observer === false ? {} : { IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver }),
    tracksVisibility: options.v2 ?? true,
  };
  const gate = createDecisionGate(env);
  const button = { tagName: 'BUTTON' } as unknown as Element;
  return {
    gate,
    button,
    at: (ms: number) => void (now = ms),
    setPageVisible: (v: boolean) => {
      pageVisible = v;
      onVisibility();
    },
    pageDisturbs: () => onDisturbed(),
    press: (trusted = true) => gate.judge({ isTrusted: trusted } as Event, button),
  };
}

describe('the decision gate of a frame', () => {
  it('with IntersectionObserver v2, tracks visibility at the 100 ms the browser allows and takes a press 500 ms after the frame started', () => {
    const { gate, button, at, press } = setUp();
    gate.watch(button);
    expect(FakeObserver.last.options).toEqual({ trackVisibility: true, delay: 100 });
    expect(FakeObserver.last.targets.has(button)).toBe(true);
    at(50);
    expect(press()).toBe('too-soon'); // no observation yet
    FakeObserver.last.see(button, { isIntersecting: true, isVisible: true });
    expect(press()).toBe('too-soon');
    expect(gate.readyIn(button)).toBe(450);
    at(499);
    expect(press()).toBe('too-soon');
    at(500);
    expect(gate.readyIn(button)).toBe(0);
    expect(press()).toBeNull();
    expect(press(false)).toBe('untrusted');
  });

  it('refuses a button the browser reports not visible (a transparent, covered or distorted frame), and waits afresh once it is', () => {
    const { gate, button, at, press } = setUp();
    gate.watch(button);
    at(1000);
    FakeObserver.last.see(button, { isIntersecting: true, isVisible: false });
    expect(press()).toBe('not-visible');
    expect(gate.readyIn(button)).toBe(Infinity);
    at(3000);
    FakeObserver.last.see(button, { isIntersecting: true, isVisible: true });
    at(3499);
    expect(press()).toBe('too-soon');
    at(3500);
    expect(press()).toBeNull();
  });

  it('without v2 (Firefox) falls back to being in view, and the settling time', () => {
    const { gate, button, at, press } = setUp({ v2: false });
    gate.watch(button);
    expect(FakeObserver.last.options).toEqual({});
    at(600);
    FakeObserver.last.see(button, { isIntersecting: true });
    expect(press()).toBeNull();
    FakeObserver.last.see(button, { isIntersecting: false });
    expect(press()).toBe('not-visible');
  });

  it('with no observer at all, the settling time alone', () => {
    const { gate, button, at, press } = setUp({ observer: false });
    gate.watch(button);
    at(499);
    expect(press()).toBe('too-soon');
    at(500);
    expect(press()).toBeNull();
  });

  it('starts the settling time again when the tab comes back into view, and when the page disturbed the frame', () => {
    const { gate, button, at, press, setPageVisible, pageDisturbs } = setUp();
    const changed = vi.fn();
    gate.subscribe(changed);
    gate.watch(button);
    FakeObserver.last.see(button, { isIntersecting: true, isVisible: true });
    at(2000);
    setPageVisible(false);
    expect(press()).toBe('not-visible');
    at(5000);
    setPageVisible(true);
    expect(press()).toBe('too-soon');
    at(5500);
    expect(press()).toBeNull();
    pageDisturbs();
    expect(press()).toBe('too-soon');
    expect(gate.readyIn(button)).toBe(500);
    at(6000);
    expect(press()).toBeNull();
    gate.disturb();
    expect(press()).toBe('too-soon');
    // One call for the observation, two for the tab, two for the disturbances.
    expect(changed).toHaveBeenCalledTimes(5);
  });

  it('forgets a button it no longer watches', () => {
    const { gate, button, at, press } = setUp();
    const unwatch = gate.watch(button);
    FakeObserver.last.see(button, { isIntersecting: true, isVisible: true });
    at(1000);
    expect(press()).toBeNull();
    unwatch();
    expect(FakeObserver.last.targets.has(button)).toBe(false);
    expect(press()).toBe('too-soon');
  });
});
