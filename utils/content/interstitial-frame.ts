/**
 * The interstitial's frame in the page. The frame is an extension page: the page can see that a frame
 * is there, but not read what it shows (who matched, and as what). It is told nothing through its
 * address; it asks the background for the hold of its own tab.
 */
export function openInterstitialFrame(src: string): { close(): void } {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = 'Chalkline';
  Object.assign(frame.style, {
    position: 'fixed',
    inset: '0',
    width: '100vw',
    height: '100vh',
    border: '0',
    margin: '0',
    padding: '0',
    zIndex: '2147483647',
    background: 'transparent',
    colorScheme: 'normal',
  });
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  (document.body ?? document.documentElement).appendChild(frame);
  frame.addEventListener('load', () => frame.focus(), { once: true });
  return {
    close() {
      frame.remove();
      if (previous?.isConnected) previous.focus();
    },
  };
}
