/**
 * A framed page's own height, reported whenever it changes (batched per animation frame). The frame
 * is sized by the page's content script, which cannot see in, so the height goes through the
 * background (never by postMessage, which the page could read or forge); `send` is that message.
 */
export function reportHeight(root: HTMLElement, send: (height: number) => Promise<unknown>): void {
  let sent = -1;
  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const height = Math.ceil(root.firstElementChild?.getBoundingClientRect().height ?? 0);
      if (height === sent || height === 0) return;
      sent = height;
      void send(height).catch(() => undefined);
    });
  }).observe(root);
}
