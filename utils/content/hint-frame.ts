import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** Wide enough for the longest hint in three lines, and four at a phone's width (checked by e2e). */
const WIDTH = 420;
const HEIGHT = 84;
const GAP = 4;

/**
 * The quiet hint beside an editor: an extension page in a small frame just below the editor (above it
 * when there is no room below), so the page can see that a frame is there but not what it says. It
 * takes no focus, no clicks (they go to the page beneath) and is out of the tab order; screen readers
 * read it as a status. It follows the editor when the page scrolls or the window is resized.
 */
export function hintFrame(): { show(editor: Element): void; hide(): void } {
  let frame: HTMLIFrameElement | null = null;
  let target: Element | null = null;
  let queued = 0;
  let listening: AbortController | null = null;

  const place = () => {
    queued = 0;
    if (!frame || !target) return;
    if (!target.isConnected) return hide();
    const rect = target.getBoundingClientRect();
    const width = Math.min(WIDTH, window.innerWidth);
    const below = rect.bottom + GAP + HEIGHT <= window.innerHeight;
    Object.assign(frame.style, {
      top: `${Math.max(0, below ? rect.bottom + GAP : rect.top - GAP - HEIGHT)}px`,
      left: `${Math.max(0, Math.min(rect.left, window.innerWidth - width))}px`,
      width: `${width}px`,
    });
  };
  // Scrolls come in bursts: measure once per frame, never in the event itself.
  const schedule = () => {
    if (!queued) queued = requestAnimationFrame(place);
  };

  function hide() {
    frame?.remove();
    frame = null;
    target = null;
    listening?.abort();
    listening = null;
    if (queued) cancelAnimationFrame(queued);
    queued = 0;
  }

  return {
    show(editor) {
      // A new frame each time: it reads the newest hint once, when it loads.
      frame?.remove();
      target = editor;
      frame = document.createElement('iframe');
      frame.src = browser.runtime.getURL('/compose-hint.html');
      frame.title = t('composeHintFrameTitle');
      frame.tabIndex = -1;
      Object.assign(frame.style, {
        position: 'fixed',
        height: `${HEIGHT}px`,
        border: '0',
        margin: '0',
        padding: '0',
        zIndex: '2147483646',
        background: 'transparent',
        colorScheme: 'normal',
        pointerEvents: 'none',
      });
      (document.body ?? document.documentElement).appendChild(frame);
      place();
      if (!listening) {
        listening = new AbortController();
        // Capture: a scroll inside any scrolling panel (a chat's message list) moves the editor too.
        window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: listening.signal });
        window.addEventListener('resize', schedule, { passive: true, signal: listening.signal });
      }
    },
    hide,
  };
}
