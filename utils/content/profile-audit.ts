import type { ProfileField } from '@/utils/profile/audit';
import type { ProfileReader } from '@/utils/sites/adapter';
import type { ExtensionFrame } from './interstitial-frame';

/** What the audit needs from the extension; passed in so this stays plain DOM code, testable alone. */
export interface ProfileAuditDeps {
  check(fields: ProfileField[]): Promise<{ warn: boolean; found?: string }>;
  open(): ExtensionFrame;
}

/** Reads at most this often while the page keeps changing (profiles re-render as they load). */
const MIN_GAP_MS = 250;

/**
 * Watches for the staff member's own profile and shows the warning card while it names the school or
 * the job. Page changes and typing in the edit form are queued and read on an animation frame, never in
 * the observer's callback (uBlock Origin's rule). Only the latest answer counts. Hiding the card keeps it
 * hidden until the profile's words change. Stops and removes the card when `signal` aborts.
 */
export function startProfileAudit(reader: ProfileReader, signal: AbortSignal, deps: ProfileAuditDeps): { resize(height: number): void; dismiss(): void } {
  let frame: ExtensionFrame | null = null;
  /** What the open card lists: when the findings change (the person is editing), it is drawn afresh. */
  let shown: string | undefined;
  let lastKey: string | null = null;
  let dismissedKey: string | null = null;
  let asked = 0;
  let queued = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRead = 0;

  const close = (fade = false) => {
    frame?.close({ fade });
    frame = null;
  };

  const read = () => {
    queued = 0;
    lastRead = performance.now();
    watch();
    let fields: ProfileField[] | null;
    try {
      fields = reader.ownProfile(document, new URL(location.href));
    } catch {
      // Markup we did not expect: say nothing rather than something wrong.
      fields = null;
    }
    const key = fields && fields.length ? JSON.stringify(fields) : '';
    if (key === lastKey) return;
    lastKey = key;
    const ticket = ++asked;
    if (!fields || !key) return close();
    void deps.check(fields).then(
      ({ warn, found }) => {
        if (ticket !== asked || signal.aborted) return;
        if (!warn || dismissedKey === key) return close();
        if (frame && found !== shown) close();
        shown = found;
        frame ??= deps.open();
      },
      () => {
        // The background may be restarting: ask again on the next change, or shortly.
        if (ticket === asked) lastKey = null;
        schedule();
      },
    );
  };

  const schedule = () => {
    if (queued || timer !== undefined || signal.aborted) return;
    // A read is coming, and it reads the page as it is then: until it has run, more notices of changes
    // say nothing new, so stop taking them. A busy feed then calls into Chalkline at most once a read,
    // not at every change, and the page's own updates make no records for us meanwhile.
    observer.disconnect();
    const wait = MIN_GAP_MS - (performance.now() - lastRead);
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = undefined;
        schedule();
      }, wait);
      return;
    }
    queued = requestAnimationFrame(read);
  };

  const observer = new MutationObserver(schedule);
  /**
   * Listens for changes again: from before a read looks at the page, so no change falls between. Observing
   * the document again only renews the one registration, so a second call changes nothing.
   */
  function watch() {
    if (signal.aborted) return;
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value', 'aria-label', 'href'] });
  }
  // Typing in an edit form changes values, not the DOM.
  document.addEventListener('input', schedule, { capture: true, passive: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (queued) cancelAnimationFrame(queued);
      clearTimeout(timer);
      close();
    },
    { once: true },
  );
  schedule();
  return {
    resize: (height) => frame?.resize(height),
    dismiss: () => {
      dismissedKey = lastKey;
      close(true);
    },
  };
}
