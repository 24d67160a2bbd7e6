// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_DISTURBED, windowGateEnv } from '@/utils/frames/window-env';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe("the gate's view of a real frame", () => {
  it('hears "disturbed" only from the window it is framed in, and only that exact word', () => {
    const env = windowGateEnv(window);
    const heard = vi.fn();
    stops.push(env.onDisturbed(heard));
    const post = (data: unknown, source: unknown) => window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));
    post(FRAME_DISTURBED, window.parent);
    expect(heard).toHaveBeenCalledTimes(1);
    post({ type: FRAME_DISTURBED }, window.parent);
    post('chalkline:frame-calm', window.parent);
    post(FRAME_DISTURBED, null);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('uses IntersectionObserver v2 only where entries report isVisible', () => {
    const Entry = class {};
    const win = { ...window, IntersectionObserverEntry: Entry, IntersectionObserver: class {} } as unknown as Window & typeof globalThis;
    expect(windowGateEnv(win).tracksVisibility).toBe(false);
    Object.defineProperty(Entry.prototype, 'isVisible', { get: () => false });
    expect(windowGateEnv(win).tracksVisibility).toBe(true);
    expect(windowGateEnv({ ...window, IntersectionObserverEntry: undefined } as unknown as Window & typeof globalThis).tracksVisibility).toBe(false);
  });

  it('reads the page visibility of its own document', () => {
    const env = windowGateEnv(window);
    expect(env.pageVisible()).toBe(document.visibilityState === 'visible');
    const changed = vi.fn();
    stops.push(env.onPageVisibility(changed));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
