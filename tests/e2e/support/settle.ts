/**
 * Resolves once a fixture page has gone 500 ms without changing: the fixture sites re-render once
 * shortly after load, as React does, and a click before that may hit a button about to be replaced.
 * A string, not a function, so any driver can run it (Playwright, puppeteer over BiDi) and so the
 * benchmarks, run through tsx, do not carry its helpers (__name) into the page.
 */
export const SETTLE_SCRIPT = `new Promise((resolve) => {
  let timer;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => { observer.disconnect(); resolve(); }, 500);
  });
  timer = setTimeout(() => { observer.disconnect(); resolve(); }, 500);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})`;
