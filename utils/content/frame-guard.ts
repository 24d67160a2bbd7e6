import { FRAME_DISTURBED } from '@/utils/frames/window-env';

/** CSS declarations, by property name as CSS spells it (`z-index`, not `zIndex`). */
export type Declarations = Readonly<Record<string, string>>;

/**
 * What every Chalkline frame keeps, whatever the page's scripts or style sheets say: each property the
 * page could use to hide, fade, distort, shift, clip or blend the frame, or to let clicks through it.
 * Inline `!important` declarations outrank every style sheet rule, `!important` or not, and every
 * animation (CSS Cascade 5: element-attached styles win within their importance, before layers), and
 * `transition: none` leaves no transition to outrank them. What the page can still change is the
 * attribute itself, which the guard puts back.
 */
export const HARDENED: Declarations = {
  display: 'block',
  visibility: 'visible',
  'content-visibility': 'visible',
  opacity: '1',
  transform: 'none',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
  'offset-path': 'none',
  zoom: '1',
  filter: 'none',
  'clip-path': 'none',
  mask: 'none',
  'mix-blend-mode': 'normal',
  'pointer-events': 'auto',
  'box-sizing': 'content-box',
  // A popover's own style would make the frame a scroll box (see topLayer below).
  overflow: 'clip',
  transition: 'none',
  animation: 'none',
};

/** Every attribute an element has now, by name. */
export function attributesOf(el: Element): Record<string, string> {
  return Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
}

/** The names of the attributes that differ between what was set and what is there (added, changed or gone). */
export function attributeDrift(expected: Readonly<Record<string, string>>, actual: Readonly<Record<string, string>>): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names].filter((name) => expected[name] !== actual[name]).sort();
}

export interface FrameGuardOptions {
  /** The declarations the frame must keep (its layout), on top of {@link HARDENED}. */
  style: Declarations;
  /** Where the frame belongs now: `document.body`, or the root element before there is a body. */
  home(): Node;
  /** Puts the (detached) frame back into its home: first (a banner) or last (a dialog). */
  place(frame: HTMLIFrameElement): void;
  /** Runs a check on the next animation frame (a test passes its own). */
  schedule?(run: () => void): void;
  now?(): number;
  /** Tells the frame's page it was disturbed; by default posts {@link FRAME_DISTURBED} into it. */
  tell?(frame: HTMLIFrameElement): void;
  /**
   * Shows the frame in the top layer (a manual popover) where the browser can, so that no element of
   * the page's, whatever its z-index, is drawn over it: only the page's own later popovers and modal
   * dialogs could be, and those the frame's visibility check sees. Without this, anything the page
   * lays over any part of the frame makes Chromium report all of it not visible (tried here), and its
   * buttons would then never take a press. On by default.
   */
  topLayer?: boolean;
  /** How often to look again without being told (milliseconds). */
  heartbeatMs?: number;
  /** The least time between two re-insertions, so a page that keeps removing the frame cannot make it reload in a loop. */
  reinsertGapMs?: number;
}

export interface FrameGuard {
  /** Changes some of the frame's own declarations (a banner fitting its content); they are kept from then on. */
  restyle(style: Declarations): void;
  /** Stops guarding (the frame is about to be closed by Chalkline itself). */
  stop(): void;
}

/**
 * Keeps one of Chalkline's frames where Chalkline put it and as it styled it. The page owns the
 * `<iframe>` element and can restyle, move or remove it to slide a decision button under a click, or
 * to make a pending hold's frame disappear. Observers only note that something changed; the check and
 * the repair run once per animation frame. The frame's attributes are put back exactly as they were
 * set, and the frame is told it was disturbed (so its buttons wait out their settling time again); a
 * frame taken out of its home is put back, where it loads afresh. A removed frame never releases what
 * it was holding: the hold waits for an answer from the frame, whichever copy of it gives one.
 */
export function guardFrame(frame: HTMLIFrameElement, options: FrameGuardOptions): FrameGuard {
  const schedule = options.schedule ?? ((run: () => void) => void requestAnimationFrame(run));
  const now = options.now ?? (() => performance.now());
  const gap = options.reinsertGapMs ?? 250;
  // Nothing secret in it, and the page can send the same: see FRAME_DISTURBED.
  const tell = options.tell ?? ((f: HTMLIFrameElement) => f.contentWindow?.postMessage(FRAME_DISTURBED, '*'));
  let expected: Record<string, string> = {};
  let queued = false;
  let stopped = false;
  let placedAt = -Infinity;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const topLayer = (options.topLayer ?? true) && typeof frame.showPopover === 'function';
  const inTopLayer = () => !topLayer || frame.matches(':popover-open');
  const raise = () => {
    if (inTopLayer() || !frame.isConnected) return;
    try {
      frame.showPopover();
    } catch {
      // Not shown (a page's modal dialog in the way): the frame is still in the page, on its z-index.
    }
  };
  if (topLayer) frame.popover = 'manual';

  const apply = (style: Declarations) => {
    for (const [name, value] of Object.entries(style)) frame.style.setProperty(name, value, 'important');
    // What the browser kept, not what was asked: a property it does not know (zoom in an older
    // Firefox) is dropped, and must not then look like the page's doing on every check.
    expected = attributesOf(frame);
  };
  const restore = () => {
    for (const name of Object.keys(attributesOf(frame))) if (!(name in expected)) frame.removeAttribute(name);
    for (const [name, value] of Object.entries(expected)) if (frame.getAttribute(name) !== value) frame.setAttribute(name, value);
  };

  const check = () => {
    queued = false;
    if (stopped) return;
    if (frame.parentNode !== options.home()) {
      const wait = placedAt + gap - now();
      if (wait > 0) {
        clearTimeout(retry);
        retry = setTimeout(request, wait);
        return;
      }
      placedAt = now();
      frame.remove();
      restore();
      options.place(frame);
      raise();
      // A page that replaced its body gave the frame a new home: watch that one now.
      watchPlaces();
      return;
    }
    if (attributeDrift(expected, attributesOf(frame)).length === 0 && inTopLayer()) return;
    restore();
    raise();
    tell(frame);
  };
  function request() {
    if (queued || stopped) return;
    queued = true;
    schedule(check);
  }

  const attributes = new MutationObserver(request);
  attributes.observe(frame, { attributes: true });
  // The frame's parent, the root and the document: every way the frame can leave the page without a
  // subtree observer over the whole page.
  const places = new MutationObserver(request);
  const watchPlaces = () => {
    places.disconnect();
    for (const node of new Set([frame.parentNode, document.documentElement, document])) {
      if (node) places.observe(node, { childList: true });
    }
  };
  apply({ ...HARDENED, ...options.style });
  raise();
  watchPlaces();
  // hidePopover() changes no attribute and no child list; the page can also stop the toggle event
  // before it reaches the frame. A slow look now and then catches whatever the observers did not.
  frame.addEventListener('toggle', request);
  const heartbeat = setInterval(request, options.heartbeatMs ?? 250);

  return {
    restyle(style) {
      apply(style);
      attributes.takeRecords();
    },
    stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      frame.removeEventListener('toggle', request);
      attributes.disconnect();
      places.disconnect();
    },
  };
}
