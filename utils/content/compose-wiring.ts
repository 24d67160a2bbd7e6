import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/utils/messaging';
import type { PersonInfo } from '@/utils/sites/adapter';
import type { ComposeReader, ComposeTarget } from '@/utils/sites/compose';
import type { Network } from '@/utils/sites/networks';
import { composeGuard, composeMeaning, watchPhotos, type HeldCompose } from './compose-guard';
import { editorText } from './editor-text';
import type { Guard } from './hold-engine';
import { hintFrame } from './hint-frame';

/** How long typing must pause before the text is read (never on every keystroke). */
const TYPING_PAUSE_MS = 400;
/** How many texts found clean are remembered: the last few versions of what is being written. */
const REMEMBERED = 20;

/** A partner as the page shows them, cut to what the background accepts (a page can make a name of any length). */
const trimmed = (p: PersonInfo | null | undefined): PersonInfo | null =>
  p ? { ...(p.name ? { name: p.name.slice(0, 300) } : {}), ...(p.handle ? { handle: p.handle.slice(0, 100) } : {}) } : null;

/**
 * The compose guard on a network's page: asks the background about each send, and — while the person
 * types, after a pause — whether the text would go out unheld, so that a clean post is not stopped at
 * all when it is sent.
 */
export function startComposeGuard(reader: ComposeReader, network: Network['id'], frame: (holdId: string) => Promise<boolean>, ctx: ContentScriptContext): Guard<HeldCompose> {
  const photos = watchPhotos(ctx.signal);
  const clean: string[] = [];
  const request = (target: ComposeTarget, text: string, count: number) => ({
    network,
    surface: target.surface,
    action: target.action.slice(0, 40),
    text,
    partner: trimmed(target.partner),
    photos: Math.min(count, 100),
  });

  const hint = hintFrame();
  ctx.onInvalidated(() => hint.hide());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const preview = (target: ComposeTarget) => {
    const text = editorText(target.editor);
    if (!text.trim()) return hint.hide();
    const meaning = composeMeaning(target, text, photos.count());
    if (clean.includes(meaning)) return hint.hide();
    sendMessage('previewCompose', request(target, text, photos.count())).then(
      ({ clean: ok }) => {
        // The text moved on while the background read it: the next pause reads it again.
        if (editorText(target.editor) !== text) return;
        if (!ok) return hint.show(target.editor);
        hint.hide();
        clean.push(meaning);
        if (clean.length > REMEMBERED) clean.shift();
      },
      // No answer: the send will be checked in full.
      () => undefined,
    );
  };
  ctx.addEventListener(
    window,
    'input',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      const target = reader.editorFor(event.target);
      if (!target) return;
      clearTimeout(timer);
      timer = setTimeout(() => preview(target), TYPING_PAUSE_MS);
    },
    { capture: true },
  );

  return composeGuard(
    reader,
    {
      check: (target, text, count) => {
        clearTimeout(timer);
        hint.hide();
        return sendMessage('checkCompose', request(target, text, count));
      },
      frame,
      knownClean: (meaning) => clean.includes(meaning),
      proceededUnchecked: (target) => void sendMessage('uncheckedProceeded', { network, action: target.surface }).catch(() => undefined),
    },
    photos,
  );
}
