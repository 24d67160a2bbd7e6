import { guardFrame, type Declarations } from './frame-guard';

/**
 * Chalkline's frames in the page: the contact interstitial and the working-hours banner. Each frame is
 * an extension page: the page can see that a frame is there, but not read what it shows (who matched,
 * and as what). It is told nothing through its address; it asks the background about its own tab.
 * The page can still restyle, move or remove the `<iframe>` element itself: ./frame-guard puts it back.
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
  /** Fits a banner or card to its content (CSS pixels); it never grows past most of the viewport. */
  resize(height: number): void;
}

// Every side and size limit is named, so that no rule of the page's can fill one in and move the frame.
const COMMON: Declarations = {
  position: 'fixed',
  border: '0',
  margin: '0',
  padding: '0',
  'min-width': '0',
  'min-height': '0',
  'max-width': 'none',
  'z-index': '2147483647',
  'color-scheme': 'normal',
};

const DIALOG: Declarations = { ...COMMON, inset: '0', width: '100vw', height: '100vh', 'max-height': 'none', background: 'transparent' };
// Opaque, so the page never shows through behind the banner's text.
const BANNER: Declarations = {
  ...COMMON,
  top: '0',
  left: '0',
  right: '0',
  bottom: 'auto',
  width: '100%',
  height: '9rem',
  'max-height': '70vh',
  background: '#fff',
  'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.35)',
};
// In the corner where the networks put least (their own chat and message docks sit lower down).
const CARD: Declarations = {
  ...COMMON,
  top: 'auto',
  left: 'auto',
  right: '1rem',
  bottom: '1rem',
  width: 'min(24rem, calc(100vw - 2rem))',
  height: '8rem',
  'max-height': '60vh',
  background: '#fff',
  'border-radius': '6px',
  'box-shadow': '0 2px 10px rgba(0, 0, 0, 0.35)',
};

const LAYOUTS = { dialog: DIALOG, banner: BANNER, card: CARD } as const;

/** Opens an extension page in a frame over the page. */
export function openExtensionFrame(src: string, options: FrameOptions = {}): ExtensionFrame {
  const layout = options.layout ?? 'dialog';
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = options.title ?? 'Chalkline';
  const root = document.documentElement;
  const home = () => document.body ?? root;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const scrollPadding = root.style.scrollPaddingTop;
  // A banner is first in the page's tab order, as it is first on screen; a card is last. Neither
  // takes focus: only the dialog is a modal.
  const place = (f: HTMLIFrameElement) => (layout === 'banner' ? home().prepend(f) : home().appendChild(f));
  place(frame);
  // Every load, not once: a frame the guard had to put back loads afresh and is still the modal.
  if (layout === 'dialog') frame.addEventListener('load', () => frame.focus());
  const guard = guardFrame(frame, { style: LAYOUTS[layout], home, place });

  const resize = (height: number) => {
    if (layout === 'dialog') return;
    guard.restyle({ height: `${Math.max(1, Math.round(height))}px` });
    // The page scrolls what it focuses out from under the banner (WCAG 2.4.11, focus not obscured).
    if (layout === 'banner') root.style.scrollPaddingTop = `${frame.getBoundingClientRect().height}px`;
  };
  if (layout === 'banner') root.style.scrollPaddingTop = '9rem';
  return {
    close(closing) {
      guard.stop();
      if (layout === 'card' && closing?.fade) {
        // A short fade, so the card does not vanish under the pointer that hid it (and the click that
        // hid it has finished in its own frame before that frame goes).
        frame.style.setProperty('transition', 'opacity 150ms', 'important');
        frame.style.setProperty('opacity', '0', 'important');
        frame.style.setProperty('pointer-events', 'none', 'important');
        setTimeout(() => frame.remove(), 160);
        return;
      }
      frame.remove();
      if (layout === 'banner') root.style.scrollPaddingTop = scrollPadding;
      else if (layout === 'dialog' && previous?.isConnected) previous.focus();
    },
    resize,
  };
}

/** The contact interstitial: a modal over the whole page. */
export function openInterstitialFrame(src: string): { close(): void } {
  return openExtensionFrame(src, { layout: 'dialog' });
}
