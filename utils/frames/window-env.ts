import type { GateEnv } from './decision-gate';

/**
 * What the page's side of Chalkline posts into a frame it had to put back in place or restyle. The
 * page itself can post the same: that only starts the settling time again (a frame made stricter,
 * never one that takes a press sooner), and the page can read nothing back. See ../content/frame-guard.
 */
export const FRAME_DISTURBED = 'chalkline:frame-disturbed';

/** The decision gate's view of a real frame's window. */
export function windowGateEnv(win: Window & typeof globalThis): GateEnv {
  const IO = win.IntersectionObserver as typeof IntersectionObserver | undefined;
  const Entry = win.IntersectionObserverEntry as typeof IntersectionObserverEntry | undefined;
  return {
    now: () => win.performance.now(),
    pageVisible: () => win.document.visibilityState === 'visible',
    onPageVisibility(listener) {
      win.document.addEventListener('visibilitychange', listener);
      return () => win.document.removeEventListener('visibilitychange', listener);
    },
    onDisturbed(listener) {
      const onMessage = (event: MessageEvent) => {
        if (event.source === win.parent && event.data === FRAME_DISTURBED) listener();
      };
      win.addEventListener('message', onMessage);
      return () => win.removeEventListener('message', onMessage);
    },
    ...(IO ? { IntersectionObserver: IO } : {}),
    tracksVisibility: !!Entry && 'isVisible' in Entry.prototype,
  };
}
