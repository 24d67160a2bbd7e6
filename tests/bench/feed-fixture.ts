// A long X home timeline, generated rather than committed: the markup of tests/fixtures/sites/x-home.html
// (article[data-testid=tweet] with User-Name, tweetText, the action group, photos) and x-profile.html's
// "Who to follow" cells (UserCell with a "<userId>-follow" button), as many cells as the benchmark asks
// for. What makes it a fair load for a content script is how it changes, as X's own does:
// - infinite scroll: cells are appended in batches as the reader nears the bottom;
// - React-like re-renders: each batch also re-creates the follow buttons and the action groups of the
//   cells already on screen, as a state change re-renders a list, so observers see nodes replaced, not
//   just added.
// Everything is deterministic (no Math.random, no clock), so the rounds with and without Chalkline load
// the same page and scroll it the same way.

export interface FeedOptions {
  /** Cells in the timeline when it has all loaded. */
  cells: number;
  /** Cells rendered before the first scroll. */
  initial: number;
  /** Cells appended each time the reader nears the bottom. */
  batch: number;
}

export const FEED_DEFAULTS: FeedOptions = { cells: 180, initial: 30, batch: 15 };

/**
 * The deterministic people, words and pictures both renderings of the feed use (page script, as text):
 * `person(i)`, `text(i)` and `svg(hue, w, h)`.
 */
export const PEOPLE = `  const FIRST = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Freya', 'Arthur', 'Mia', 'Leo', 'Grace', 'Jack'];
  const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Khan', 'Patel', 'Walker'];
  const WORDS = 'match report sunny school fete tonight new term bake sale great result proud team thanks everyone weekend football choir concert library volunteers trip'.split(' ');
  const svg = (hue, w, h) => 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '"><rect width="100%" height="100%" fill="hsl(' + hue + ',45%,70%)"/><circle cx="50%" cy="50%" r="30%" fill="hsl(' + ((hue + 180) % 360) + ',45%,55%)"/></svg>');
  const person = (i) => {
    const name = FIRST[i % FIRST.length] + ' ' + LAST[(i * 7) % LAST.length];
    return { id: String(1000000 + i * 7919), name, handle: name.replace(' ', '').toLowerCase() + i };
  };
  const text = (i) => Array.from({ length: 12 + (i % 20) }, (_, k) => WORDS[(i * 13 + k * 5) % WORDS.length]).join(' ');`;

/** The document head of both renderings: X's title and the few styles that give the cells their size. */
const HEAD = `<head><meta charset="utf-8"><title>Home / X</title>
<style>
  body{font-family:sans-serif;margin:0;color:#0f1419}
  .app{display:flex;gap:1rem}
  header[role=banner]{width:11rem;padding:.5rem}
  main{flex:1;max-width:40rem}
  [data-testid=primaryColumn]{border-left:1px solid #eff3f4;border-right:1px solid #eff3f4;min-height:100vh}
  article,[data-testid=UserCell]{display:flex;gap:.6rem;padding:.6rem;border-bottom:1px solid #eff3f4}
  .avatar{width:40px;height:40px;border-radius:50%;flex:none}
  .photo{width:100%;height:220px;border-radius:16px;margin-top:.4rem;object-fit:cover}
  [role=group]{display:flex;justify-content:space-between;max-width:26rem;margin-top:.4rem}
  [role=group] button,[data-testid$="-follow"],[data-testid$="-unfollow"]{border:0;background:none;cursor:pointer}
  [data-testid$="-follow"]{background:#0f1419;color:#fff;border-radius:99px;padding:.3rem .9rem;font-weight:bold;margin-left:auto}
</style>
</head>`;

/** A feed page: the shared head, X's empty root, then the scripts that render into it. */
export function feedDocument(scripts: string): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
${HEAD}
<body>
<div id="react-root"></div>
${scripts}
</body>
</html>`;
}

/**
 * The page's HTML: a static shell plus the script that renders, appends and re-renders the cells. Every
 * fifth cell is a "Who to follow" user cell; every third post has a photo. Images are inline SVG data
 * addresses, so nothing is fetched.
 */
export function feedHtml(options: FeedOptions = FEED_DEFAULTS): string {
  return feedDocument(`<script>
(() => {
  const OPTIONS = ${JSON.stringify(options)};
${PEOPLE}
  // A render counter in the markup, as React's props change: a re-render really differs from the last one.
  let renders = 0;
  const follow = (p) => '<button role="button" type="button" data-testid="' + p.id + '-follow" aria-label="Follow @' + p.handle + '" data-render="' + renders + '"><div dir="ltr"><span><span>Follow</span></span></div></button>';
  const actions = (i) => '<div role="group" aria-label="' + (i % 40) + ' replies, ' + (i % 90) + ' reposts, ' + (i * 3) % 500 + ' likes" data-render="' + renders + '">' +
    ['reply', 'retweet', 'like', 'bookmark'].map((a, k) => '<button type="button" data-testid="' + a + '" aria-label="' + ((i + k) % 50) + ' ' + a + '"><div dir="ltr"><span>' + ((i + k) % 50) + '</span></div></button>').join('') + '</div>';
  const userName = (p) => '<div data-testid="User-Name"><div><a href="/' + p.handle + '" role="link"><div dir="ltr"><span><span>' + p.name + '</span></span></div></a></div><div><a href="/' + p.handle + '" role="link" tabindex="-1"><div dir="ltr"><span>@' + p.handle + '</span></div></a><span aria-hidden="true">·</span><a href="/' + p.handle + '/status/' + p.id + '"><time datetime="2026-11-30T08:00:00.000Z">Nov 30</time></a></div></div>';
  function cell(i) {
    const p = person(i);
    const div = document.createElement('div');
    div.setAttribute('data-testid', 'cellInnerDiv');
    div.dataset.index = String(i);
    div.innerHTML = i % 5 === 4
      ? '<div data-testid="UserCell" role="button" tabindex="0"><a href="/' + p.handle + '" role="link"><img class="avatar" alt="" src="' + svg(i * 37 % 360, 40, 40) + '"></a><div>' + userName(p) + '<div dir="auto">Teacher and parent. Views my own. ' + text(i).slice(0, 60) + '</div></div><div data-testid="placementTracking">' + follow(p) + '</div></div>'
      : '<article data-testid="tweet" role="article" tabindex="0" aria-labelledby="id__' + i + '"><div data-testid="Tweet-User-Avatar"><a href="/' + p.handle + '" role="link"><img class="avatar" alt="" src="' + svg(i * 37 % 360, 40, 40) + '"></a></div><div style="flex:1;min-width:0">' +
        userName(p) + '<div data-testid="tweetText" lang="en" dir="auto" id="id__' + i + '"><span>' + text(i) + '</span></div>' +
        (i % 3 === 0 ? '<div data-testid="tweetPhoto"><img class="photo" alt="Image" src="' + svg(i * 53 % 360, 600, 340) + '"></div>' : '') +
        actions(i) + '</div></article>';
    return div;
  }
  // X's shell: side bar, primary column with the timeline region, and the cells' container.
  document.getElementById('react-root').innerHTML = '<div class="app"><header role="banner"><nav role="navigation" aria-label="Primary"><a href="/home" data-testid="AppTabBar_Home_Link">Home</a><a href="/explore">Explore</a><a href="/notifications">Notifications</a><a href="/messages" data-testid="AppTabBar_DirectMessage_Link">Messages</a></nav></header>' +
    '<main role="main"><div data-testid="primaryColumn"><h2 dir="ltr">Home</h2><section role="region" aria-labelledby="tl"><h1 id="tl" style="position:absolute;width:1px;height:1px;overflow:hidden">Your Home Timeline</h1><div aria-label="Timeline: Your Home Timeline"><div id="cells"></div></div></section></div></main></div>';
  const list = document.getElementById('cells');
  let next = 0;
  function append(count) {
    renders += 1;
    // The re-render: the cells already shown get new buttons and action groups, as React replaces them.
    for (const button of list.querySelectorAll('[data-testid$="-follow"]')) {
      const p = person(Number(button.closest('[data-testid=cellInnerDiv]').dataset.index));
      button.outerHTML = follow(p);
    }
    for (const group of list.querySelectorAll('[role=group]')) {
      group.outerHTML = actions(Number(group.closest('[data-testid=cellInnerDiv]').dataset.index));
    }
    const end = Math.min(OPTIONS.cells, next + count);
    const batch = document.createDocumentFragment();
    for (; next < end; next++) batch.append(cell(next));
    list.append(batch);
    window.__feedDone = next >= OPTIONS.cells;
  }
  append(OPTIONS.initial);
  addEventListener('scroll', () => {
    if (!window.__feedDone && innerHeight + scrollY > document.documentElement.scrollHeight - 1500) append(OPTIONS.batch);
  }, { passive: true });
})();
</script>`);
}

/**
 * Scrolls the feed to its end in the page, a fixed step per animation frame, as a reader flicking
 * through; resolves with the frames it took once every cell is loaded and the bottom reached. Passed to
 * page.evaluate, so it must not close over anything.
 */
export async function scrollFeedToEnd(step: number): Promise<number> {
  const w = window as unknown as { __feedDone?: boolean };
  let frames = 0;
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    frames += 1;
    const atBottom = Math.ceil(innerHeight + scrollY) >= document.documentElement.scrollHeight;
    if (w.__feedDone && atBottom) return frames;
    if (frames > 20_000) throw new Error('the feed never ended');
    scrollBy(0, step);
  }
}
