import type { ComposeReader, ComposeTarget } from '@/utils/sites/compose';
import { editorText } from './editor-text';
import type { Guard, HeldAction, Verdict } from './hold-engine';

export interface HeldCompose extends HeldAction {
  target: ComposeTarget;
  text: string;
  photos: number;
}

/** What the compose guard needs from the extension; passed in so the guard itself is plain DOM code. */
export interface ComposeGuardDeps {
  /** Asks the background for a verdict on this text going out. */
  check(target: ComposeTarget, text: string, photos: number): Promise<Verdict>;
  /** Opens the compose hold's frame; resolves when it has been answered, with whether to send. */
  frame(holdId: string): Promise<boolean>;
  /** Whether this exact text, going out this way, was already found clean (so it is not stopped at all). */
  knownClean?(meaning: string): boolean;
  /** Notes in the log that the person sent this unchecked. */
  proceededUnchecked?(target: ComposeTarget): void;
}

/** What a text going out means: where it goes and the words, so a changed text is a new action. */
export const composeMeaning = (target: ComposeTarget, text: string, photos: number) => `${target.surface}|${target.action}|${target.partner?.handle ?? target.partner?.name ?? ''}|${photos}|${text}`;

/**
 * Counts photos attached on the page (file inputs, paste, drop), for the images-of-pupils rule: no
 * image is looked at, only that one was attached. The count starts again after each send.
 */
export function watchPhotos(signal: AbortSignal): { count(): number; reset(): void } {
  let photos = 0;
  const images = (files: FileList | null | undefined) => [...(files ?? [])].filter((f) => f.type.startsWith('image/')).length;
  const on = (type: string, read: (event: Event) => number) =>
    window.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) photos += read(event);
      },
      { capture: true, signal },
    );
  on('change', (e) => (e.target instanceof HTMLInputElement && e.target.type === 'file' ? images(e.target.files) : 0));
  on('paste', (e) => images((e as ClipboardEvent).clipboardData?.files));
  on('drop', (e) => images((e as DragEvent).dataTransfer?.files));
  return { count: () => photos, reset: () => void (photos = 0) };
}

/**
 * The compose guard, for the hold engine: a click on a network's Post, Reply or Send control, or the
 * Enter (or Ctrl/Cmd+Enter) that sends, is held while the background reads the text; anything else is
 * left alone. When it may go out, the same send is done again — the control clicked, or Enter in the
 * editor — once, and only if the editor still holds exactly the text that was checked. Chalkline
 * never writes into an editor.
 */
export function composeGuard(reader: ComposeReader, deps: ComposeGuardDeps, photos: { count(): number; reset(): void }): Guard<HeldCompose> {
  return {
    read(event) {
      // Inside an open shadow root the window sees only the host: the path says what was really hit.
      const origin = event.composedPath()[0] ?? event.target;
      if (!(origin instanceof Element)) return null;
      let target: ComposeTarget | null = null;
      let modifier = false;
      if (event.type === 'click') target = reader.submitFor(origin);
      else if (event.type === 'keydown') {
        const key = event as KeyboardEvent;
        if (key.key !== 'Enter' || key.shiftKey || key.altKey) return null;
        modifier = key.ctrlKey || key.metaKey;
        target = reader.enterFor(origin, modifier);
      }
      if (!target) return null;
      const text = editorText(target.editor);
      const attached = photos.count();
      // The site sends nothing from an empty box: nothing to check.
      if (!text.trim() && attached === 0) return null;
      const editor = target.editor;
      const viaClick = event.type === 'click';
      return {
        target,
        text,
        photos: attached,
        control: viaClick && target.submit ? target.submit : editor,
        meaning: composeMeaning(target, text, attached),
        replay() {
          // Only what was checked goes out: the same editor, holding the same text.
          if (!editor.isConnected || editorText(editor) !== text) return false;
          const submit = target.submit?.isConnected ? target.submit : viaClick ? reader.editorFor(editor)?.submit : null;
          if (viaClick) {
            if (!submit) return false;
            // Some send controls are SVG (TikTok's), which have no click(): a click event works on both.
            submit.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          } else {
            editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, ctrlKey: modifier }));
          }
          photos.reset();
          return true;
        },
      } as HeldCompose;
    },
    passesAtOnce(held) {
      if (!deps.knownClean?.(held.meaning)) return false;
      photos.reset();
      return true;
    },
    check: (held) => deps.check(held.target, held.text, held.photos),
    frame: (holdId) => deps.frame(holdId),
    proceededUnchecked: (held) => deps.proceededUnchecked?.(held.target),
  };
}
