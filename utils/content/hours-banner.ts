import type { ExtensionFrame } from './interstitial-frame';

/** What the banner needs from the extension; passed in so this stays plain DOM code, testable alone. */
export interface HoursBannerDeps {
  /** Asks the background whether this page shows the banner now. */
  ask(): Promise<{ show: boolean }>;
  /** Opens the banner's extension frame at the top of the page. */
  open(): ExtensionFrame;
}

/** Resolves once the page has a body: at document_start it has none, and the banner belongs in it. */
function whenBody(signal: AbortSignal): Promise<void> {
  if (document.body) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.documentElement, { childList: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}

/**
 * The working-hours banner of one page (warn mode). It asks the background once at start and again on
 * every `recheck()` (the hours changed, the staff member answered, the page moved), and shows at most
 * one banner: only the latest answer counts, so answers that cross never open two. Removes the banner
 * when `signal` aborts.
 */
export function startHoursBanner(signal: AbortSignal, deps: HoursBannerDeps): { recheck(): void; resize(height: number): void; modal(open: boolean): void } {
  let frame: ExtensionFrame | null = null;
  let asked = 0;

  const recheck = () => {
    const ticket = ++asked;
    void deps
      .ask()
      .catch(() => ({ show: false })) // The background may be restarting: no banner rather than a broken one.
      .then(async ({ show }) => {
        if (show) await whenBody(signal);
        if (ticket !== asked || signal.aborted) return;
        if (show && !frame) frame = deps.open();
        else if (!show && frame) {
          frame.close();
          frame = null;
        }
      });
  };

  signal.addEventListener(
    'abort',
    () => {
      frame?.close();
      frame = null;
    },
    { once: true },
  );
  recheck();
  return { recheck, resize: (height) => frame?.resize(height), modal: (open) => frame?.modal(open) };
}
