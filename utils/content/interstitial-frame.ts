/**
 * Chalkline's frames in the page: the contact interstitial and the working-hours banner. Each frame is
 * an extension page: the page can see that a frame is there, but not read what it shows (who matched,
 * and as what). It is told nothing through its address; it asks the background about its own tab.
 */

export interface FrameOptions {
  /**
   * 'dialog' covers the whole viewport and takes focus (a modal); 'banner' is a strip across the top
   * that leaves the page usable; 'card' is a small note in the bottom corner that covers little and
   * takes no focus (the own-profile warning).
   */
  layout?: 'dialog' | 'banner' | 'card';
  /** The frame's accessible name. */
  title?: string;
}

export interface ExtensionFrame {
  /** Removes the frame; `fade` lets a card fade out when the person hid it themselves. */
  close(options?: { fade?: boolean }): void;
  /** Fits a banner to its content (CSS pixels); it never grows past most of the viewport. */
  resize(height: number): void;
}

const COMMON = {
  position: 'fixed',
  border: '0',
  margin: '0',
  padding: '0',
  zIndex: '2147483647',
  colorScheme: 'normal',
};

const DIALOG = { ...COMMON, inset: '0', width: '100vw', height: '100vh', background: 'transparent' };
// Opaque, so the page never shows through behind the banner's text.
const BANNER = { ...COMMON, top: '0', left: '0', right: '0', width: '100%', height: '9rem', maxHeight: '70vh', background: '#fff', boxShadow: '0 2px 8px rgba(0, 0, 0, 0.35)' };

// In the corner where the networks put least (their own chat and message docks sit lower down).
const CARD = { ...COMMON, right: '1rem', bottom: '1rem', width: 'min(24rem, calc(100vw - 2rem))', height: '8rem', maxHeight: '60vh', background: '#fff', borderRadius: '6px', boxShadow: '0 2px 10px rgba(0, 0, 0, 0.35)' };

/** Opens an extension page in a frame over the page. */
export function openExtensionFrame(src: string, options: FrameOptions = {}): ExtensionFrame {
  if (options.layout === 'card') return openCard(src, options.title);
  const banner = options.layout === 'banner';
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = options.title ?? 'Chalkline';
  Object.assign(frame.style, banner ? BANNER : DIALOG);
  const root = document.documentElement;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const scrollPadding = root.style.scrollPaddingTop;
  if (banner) {
    // First in the page's tab order, as it is first on screen; and never steals focus (not a modal).
    (document.body ?? root).prepend(frame);
  } else {
    (document.body ?? root).appendChild(frame);
    frame.addEventListener('load', () => frame.focus(), { once: true });
  }
  const resize = (height: number) => {
    if (!banner) return;
    frame.style.height = `${Math.max(1, Math.round(height))}px`;
    // The page scrolls what it focuses out from under the banner (WCAG 2.4.11, focus not obscured).
    root.style.scrollPaddingTop = `${frame.getBoundingClientRect().height}px`;
  };
  if (banner) root.style.scrollPaddingTop = '9rem';
  return {
    close() {
      frame.remove();
      if (banner) root.style.scrollPaddingTop = scrollPadding;
      else if (previous?.isConnected) previous.focus();
    },
    resize,
  };
}

/** The contact interstitial: a modal over the whole page. */
export function openInterstitialFrame(src: string): { close(): void } {
  return openExtensionFrame(src, { layout: 'dialog' });
}

/** A corner card: last in the page's tab order, never focused by itself, sized to its content. */
function openCard(src: string, title = 'Chalkline'): ExtensionFrame {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = title;
  Object.assign(frame.style, CARD);
  (document.body ?? document.documentElement).appendChild(frame);
  return {
    // A short fade, so the card does not vanish under the pointer that hid it (and the click that
    // hid it has finished in its own frame before that frame goes).
    close: (options) => {
      if (!options?.fade) return frame.remove();
      frame.style.transition = 'opacity 150ms';
      frame.style.opacity = '0';
      frame.style.pointerEvents = 'none';
      setTimeout(() => frame.remove(), 160);
    },
    resize: (height) => void (frame.style.height = `${Math.max(1, Math.round(height))}px`),
  };
}
