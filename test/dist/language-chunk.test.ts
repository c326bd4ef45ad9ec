// A language's chunk that is not what this version expects: a CDN that still serves another
// version's dist/i18n/he.js under the same name, or a proxy's page in its place. The widget
// falls back to English, as for a chunk that cannot load, and the host page goes on.
import { expect, waitUntil } from '@open-wc/testing';
import { framePage, js, loaded } from './frame-page.js';

describe('a language chunk of another shape', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [what, chunk] of [
    ['a module with no default export', js('export const strings = { news: { heading: "x" } };')],
    ['a module whose default is not a string table', js('export default 42;')],
  ] as const) {
    it(`${what}: the list shows its news in English and the page keeps running`, async () => {
      // The build asks for /dist/i18n/he.js; the import map gives it `chunk`.
      const { frame, base } = framePage({ lang: 'he', imports: { '/dist/i18n/he.js': chunk } });
      await loaded(frame);
      const list = () => frame.contentDocument!.querySelector('sz-news-list')?.shadowRoot;
      await waitUntil(() => list()?.querySelector('[part~="item"]'), 'no news shown', { timeout: 10000 });
      expect(list()!.querySelector('[part~="heading"]')!.textContent).to.equal('News');
      // A widget that re-rendered in a loop of its own would hold the page's event loop: no timer
      // of the page's would fire again.
      await new Promise((resolve) => frame.contentWindow!.setTimeout(resolve, 50));
      expect(base()!.getAttribute('aria-busy')).to.equal('false');
    });
  }
});
