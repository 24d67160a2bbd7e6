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
   * that pushes the page down and leaves it usable (it covers the viewport only while its own dialog is
   * open, see {@link ExtensionFrame.modal}); 'card' is a small note in the bottom corner that covers little and
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
  /**
   * Turns a banner into a modal over the whole viewport (its own dialog is open) and back into the
   * strip it was, at the height it last reported. Nothing for a card or a dialog.
   */
  modal(open: boolean): void;
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
  // About one line of the strip, so the page moves little when it fits itself to its content.
  height: '3.5rem',
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
// A banner whose own dialog is open: the dialog's size, without the strip's shadow.
const BANNER_MODAL: Declarations = { inset: '0', width: '100vw', height: '100vh', 'max-height': 'none', background: 'transparent', 'box-shadow': 'none' };

/*
 * Where the banner sits: across the top, with the page pushed down by its height (padding on the root
 * element), so nothing the page lays out in its flow is under it. The top rather than the bottom
 * because it comes first in the tab order as it does on screen, and it is where a person looks first,
 * at any zoom. Padding does not move what the page fixes to the viewport: a site header fixed or stuck
 * at the top (X at a phone's width, the networks' sticky column headers once scrolled) still sits
 * under the strip. The bottom is no better, since the networks put their phone-width tab bars there.
 * So the strip is kept to one line on a wide screen and two on a phone, and scroll padding moves what
 * the keyboard focuses out from under it (WCAG 2.2, 2.4.11 focus not obscured).
 */
interface Reserve {
  /** Reserves `height` CSS pixels at the top of the page (0 gives it all back). */
  set(height: number): void;
  /** Puts back what the page had. */
  release(): void;
}

/** Reserves space for a banner at the top of the page, on top of any padding the page has there itself. */
function reserveTop(root: HTMLElement): Reserve {
  const saved = ['padding-top', 'scroll-padding-top'].map((name) => [name, root.style.getPropertyValue(name), root.style.getPropertyPriority(name)] as const);
  const own = parseFloat(getComputedStyle(root).paddingTop) || 0;
  return {
    set(height) {
      root.style.setProperty('padding-top', `${own + height}px`, 'important');
      root.style.scrollPaddingTop = `${height}px`;
    },
    release() {
      for (const [name, value, priority] of saved) {
        if (value) root.style.setProperty(name, value, priority);
        else root.style.removeProperty(name);
      }
    },
  };
}

/** Opens an extension page in a frame over the page. */
export function openExtensionFrame(src: string, options: FrameOptions = {}): ExtensionFrame {
  const layout = options.layout ?? 'dialog';
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = options.title ?? 'Chalkline';
  const root = document.documentElement;
  const home = () => document.body ?? root;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // A banner is first in the page's tab order, as it is first on screen; a card is last. Neither
  // takes focus: only the dialog is a modal.
  const place = (f: HTMLIFrameElement) => (layout === 'banner' ? home().prepend(f) : home().appendChild(f));
  place(frame);
  // Every load, not once: a frame the guard had to put back loads afresh and is still the modal.
  if (layout === 'dialog') frame.addEventListener('load', () => frame.focus());
  const guard = guardFrame(frame, { style: LAYOUTS[layout], home, place });

  const reserve = layout === 'banner' ? reserveTop(root) : null;
  let modal = false;
  let fitted = LAYOUTS[layout].height!;
  const resize = (height: number) => {
    if (layout === 'dialog') return;
    fitted = `${Math.max(1, Math.round(height))}px`;
    if (modal) return;
    guard.restyle({ height: fitted });
    // The frame's height as drawn: a strip taller than its max-height is cut to it.
    reserve?.set(frame.getBoundingClientRect().height);
  };
  reserve?.set(frame.getBoundingClientRect().height);
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
      if (layout === 'banner') reserve?.release();
      else if (layout === 'dialog' && previous?.isConnected) previous.focus();
    },
    resize,
    modal(open) {
      if (layout !== 'banner' || open === modal) return;
      modal = open;
      // The page keeps its reserve underneath: it does not jump while the dialog is open.
      guard.restyle(open ? BANNER_MODAL : { ...BANNER, height: fitted });
      if (!open) reserve?.set(frame.getBoundingClientRect().height);
      // Keys go to the dialog, wherever the page's focus was (the frame has it after a click in it).
      if (open && document.activeElement !== frame) frame.focus();
    },
  };
}

/** The contact interstitial: a modal over the whole page. */
export function openInterstitialFrame(src: string): { close(): void } {
  return openExtensionFrame(src, { layout: 'dialog' });
}
