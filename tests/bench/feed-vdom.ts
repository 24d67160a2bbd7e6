// The same X home timeline as feed-fixture.ts, rendered the way X renders it: X's web client is a
// fully client-side React application (its engineers' own account of Twitter Lite; an embedded tweet
// alone loads about 1.4 MB of script), so every cell is a component and every batch is a state change
// that the library diffs against the page. Preact stands in for React: the same model, a smaller and
// faster library, so the page's own script time here is if anything less than X's. The markup, the
// people and the batches are feed-fixture.ts's, cell for cell, so the two renderings differ only in
// how the page's script produces them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FEED_DEFAULTS, PEOPLE, feedDocument, type FeedOptions } from './feed-fixture';

/** Where the page loads its library from: X serves its client bundles from abs.twimg.com. */
export const VDOM_LIBRARY_URL = 'https://abs.twimg.com/responsive-web/client-web/vendor.preact.js';

/** Preact's own browser build, as the page's vendor bundle. */
export function vdomLibrary(): string {
  // The package's exports map does not list its dist files; its package.json is listed, and beside them.
  const root = dirname(createRequire(import.meta.url).resolve('preact/package.json'));
  return readFileSync(join(root, 'dist/preact.min.umd.js'), 'utf8');
}

/**
 * The page's HTML: the shell, the library, and a Timeline component whose state is how many cells have
 * loaded and how many times it has rendered. The follow buttons and action groups are keyed by the
 * render count, so each batch replaces them, as feed-fixture.ts's re-render does.
 */
export function feedVdomHtml(options: FeedOptions = FEED_DEFAULTS): string {
  return feedDocument(`<script src="${VDOM_LIBRARY_URL}"></script>
<script>
(() => {
  const OPTIONS = ${JSON.stringify(options)};
  const { h, render, Component } = window.preact;
${PEOPLE}
  const dirLtr = (...children) => h('div', { dir: 'ltr' }, ...children);
  const Follow = ({ p, renders }) => h('button', { role: 'button', type: 'button', 'data-testid': p.id + '-follow', 'aria-label': 'Follow @' + p.handle, 'data-render': renders }, dirLtr(h('span', null, h('span', null, 'Follow'))));
  const Actions = ({ i, renders }) => h('div', { role: 'group', 'aria-label': (i % 40) + ' replies, ' + (i % 90) + ' reposts, ' + (i * 3) % 500 + ' likes', 'data-render': renders },
    ['reply', 'retweet', 'like', 'bookmark'].map((a, k) => h('button', { key: a, type: 'button', 'data-testid': a, 'aria-label': ((i + k) % 50) + ' ' + a }, dirLtr(h('span', null, String((i + k) % 50))))));
  const UserName = ({ p }) => h('div', { 'data-testid': 'User-Name' },
    h('div', null, h('a', { href: '/' + p.handle, role: 'link' }, dirLtr(h('span', null, h('span', null, p.name))))),
    h('div', null,
      h('a', { href: '/' + p.handle, role: 'link', tabindex: '-1' }, dirLtr(h('span', null, '@' + p.handle))),
      h('span', { 'aria-hidden': 'true' }, '·'),
      h('a', { href: '/' + p.handle + '/status/' + p.id }, h('time', { datetime: '2026-11-30T08:00:00.000Z' }, 'Nov 30'))));
  const Avatar = ({ p, i }) => h('a', { href: '/' + p.handle, role: 'link' }, h('img', { class: 'avatar', alt: '', src: svg(i * 37 % 360, 40, 40) }));
  function Cell({ i, renders }) {
    const p = person(i);
    const inner = i % 5 === 4
      ? h('div', { 'data-testid': 'UserCell', role: 'button', tabindex: '0' }, h(Avatar, { p, i }),
          h('div', null, h(UserName, { p }), h('div', { dir: 'auto' }, 'Teacher and parent. Views my own. ' + text(i).slice(0, 60))),
          h('div', { 'data-testid': 'placementTracking' }, h(Follow, { key: renders, p, renders })))
      : h('article', { 'data-testid': 'tweet', role: 'article', tabindex: '0', 'aria-labelledby': 'id__' + i },
          h('div', { 'data-testid': 'Tweet-User-Avatar' }, h(Avatar, { p, i })),
          h('div', { style: 'flex:1;min-width:0' }, h(UserName, { p }),
            h('div', { 'data-testid': 'tweetText', lang: 'en', dir: 'auto', id: 'id__' + i }, h('span', null, text(i))),
            i % 3 === 0 ? h('div', { 'data-testid': 'tweetPhoto' }, h('img', { class: 'photo', alt: 'Image', src: svg(i * 53 % 360, 600, 340) })) : null,
            h(Actions, { key: renders, i, renders })));
    return h('div', { 'data-testid': 'cellInnerDiv', 'data-index': String(i) }, inner);
  }
  class Timeline extends Component {
    constructor() {
      super();
      this.state = { count: Math.min(OPTIONS.cells, OPTIONS.initial), renders: 1 };
      this.onScroll = () => {
        const { count, renders } = this.state;
        if (count >= OPTIONS.cells || this.loading) return;
        if (innerHeight + scrollY > document.documentElement.scrollHeight - 1500) {
          this.loading = true;
          this.setState({ count: Math.min(OPTIONS.cells, count + OPTIONS.batch), renders: renders + 1 });
        }
      };
    }
    componentDidMount() { addEventListener('scroll', this.onScroll, { passive: true }); this.componentDidUpdate(); }
    componentDidUpdate() { this.loading = false; window.__feedDone = this.state.count >= OPTIONS.cells; }
    render(_, { count, renders }) {
      return h('div', { id: 'cells' }, Array.from({ length: count }, (_, i) => h(Cell, { key: i, i, renders })));
    }
  }
  const App = () => h('div', { class: 'app' },
    h('header', { role: 'banner' }, h('nav', { role: 'navigation', 'aria-label': 'Primary' },
      h('a', { href: '/home', 'data-testid': 'AppTabBar_Home_Link' }, 'Home'), h('a', { href: '/explore' }, 'Explore'),
      h('a', { href: '/notifications' }, 'Notifications'), h('a', { href: '/messages', 'data-testid': 'AppTabBar_DirectMessage_Link' }, 'Messages'))),
    h('main', { role: 'main' }, h('div', { 'data-testid': 'primaryColumn' }, h('h2', { dir: 'ltr' }, 'Home'),
      h('section', { role: 'region', 'aria-labelledby': 'tl' },
        h('h1', { id: 'tl', style: 'position:absolute;width:1px;height:1px;overflow:hidden' }, 'Your Home Timeline'),
        h('div', { 'aria-label': 'Timeline: Your Home Timeline' }, h(Timeline))))));
  render(h(App), document.getElementById('react-root'));
})();
</script>`);
}
