import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

const WIDTH = 360;
const HEIGHT = 64;
const GAP = 4;

/**
 * The quiet hint beside an editor: an extension page in a small frame just below the editor (above it
 * when there is no room below), so the page can see that a frame is there but not what it says. It
 * takes no focus and is out of the tab order; it is read out as a status by screen readers.
 */
export function hintFrame(): { show(editor: Element): void; hide(): void } {
  let frame: HTMLIFrameElement | null = null;
  const place = (editor: Element) => {
    if (!frame) return;
    const rect = editor.getBoundingClientRect();
    const below = rect.bottom + GAP + HEIGHT <= window.innerHeight;
    Object.assign(frame.style, {
      top: `${Math.max(0, below ? rect.bottom + GAP : rect.top - GAP - HEIGHT)}px`,
      left: `${Math.max(0, Math.min(rect.left, window.innerWidth - WIDTH))}px`,
      width: `${Math.min(WIDTH, window.innerWidth)}px`,
    });
  };
  return {
    show(editor) {
      // A new frame each time: it reads the newest hint once, when it loads.
      frame?.remove();
      frame = document.createElement('iframe');
      frame.src = browser.runtime.getURL('/compose-hint.html');
      frame.title = t('composeHintFrameTitle');
      frame.tabIndex = -1;
      Object.assign(frame.style, { position: 'fixed', height: `${HEIGHT}px`, border: '0', margin: '0', padding: '0', zIndex: '2147483646', background: 'transparent', colorScheme: 'normal' });
      (document.body ?? document.documentElement).appendChild(frame);
      place(editor);
    },
    hide() {
      frame?.remove();
      frame = null;
    },
  };
}
