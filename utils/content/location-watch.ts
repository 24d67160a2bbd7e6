/** The Navigation API, where the browser has it (Chromium has): typed here for the part used. */
interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void, options: { signal: AbortSignal }): void;
}

/** How often the address is compared where there is no Navigation API. */
export const POLL_MS = 1000;

/**
 * Calls `onChange` after a single-page site changes its address without loading a page. It listens in
 * Chalkline's own script world only: it dispatches nothing, so the page neither hears it (and learns
 * Chalkline is there) nor can fake it. Uses the Navigation API's `navigatesuccess`, which comes once the
 * new address is in place, or else compares the address once a second. Stops when `signal` aborts.
 */
export function watchLocation(signal: AbortSignal, onChange: (href: string) => void, win: Window & { navigation?: unknown } = window): void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const navigation = win.navigation as NavigationLike | undefined;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check, { signal });
    return;
  }
  const timer = win.setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
