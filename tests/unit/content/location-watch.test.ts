import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, watchLocation } from '@/utils/content/location-watch';

/** A window with only what the watcher reads; `navigation` when the browser has the Navigation API. */
function fakeWindow(withNavigation: boolean) {
  const navigation = new EventTarget();
  const win = {
    location: { href: 'https://x.com/OakHillSchool' },
    navigation: withNavigation ? navigation : undefined,
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  };
  return { win: win as unknown as Window & { navigation?: unknown }, navigation, go: (href: string) => void (win.location.href = href) };
}

afterEach(() => vi.useRealTimers());

describe('watchLocation', () => {
  it('with the Navigation API: calls back once the address has changed, not for the same address, and stops on abort', () => {
    const { win, navigation, go } = fakeWindow(true);
    const seen: string[] = [];
    const controller = new AbortController();
    watchLocation(controller.signal, (href) => seen.push(href), win);
    navigation.dispatchEvent(new Event('navigatesuccess')); // a reload of the same address
    go('https://x.com/home');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    controller.abort();
    go('https://x.com/explore');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual(['https://x.com/home']);
  });

  it('without it: compares the address once a second, and stops on abort', () => {
    vi.useFakeTimers();
    const { win, go } = fakeWindow(false);
    const seen: string[] = [];
    const controller = new AbortController();
    watchLocation(controller.signal, (href) => seen.push(href), win);
    go('https://x.com/home');
    vi.advanceTimersByTime(POLL_MS - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['https://x.com/home']);
    controller.abort();
    go('https://x.com/explore');
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(seen).toEqual(['https://x.com/home']);
  });
});
