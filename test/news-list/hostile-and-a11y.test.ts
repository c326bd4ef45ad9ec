// <sz-news-list> with hostile data, and its accessibility (axe) in every layout and state.
import { expect } from '@open-wc/testing';
import '../../src/news-list/define.js';
import { captureWarnings, clearStoredCopies, faultUrl, sleep } from '../helpers.js';
import { waitForPart } from '../shadow.js';
import { givenItems, newsListFixture, settled, state, titles } from './harness.js';

describe('<sz-news-list>', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('hostile data', () => {
    afterEach(() => delete (window as { __pwned?: unknown }).__pwned);

    it('renders script, markup and event handlers as inert text and drops unsafe URLs', async () => {
      const { url } = faultUrl({ path: 'news/hostile.json' });
      const el = await newsListFixture({ src: url });
      await settled(el);
      await sleep(300);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('script, svg, iframe, object, embed, [onerror], [onload]')).to.have.length(0);
      for (const a of root.querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
      for (const img of root.querySelectorAll('img')) expect(img.src).to.match(/^https?:/);
      // Markup in a title becomes its text; the script's content is dropped, not shown or run.
      expect(titles(el)[0]).to.equal('Title');
      expect(titles(el)[1]).to.equal('Second bold & entities');
      // Items whose only link was unsafe are shown without one.
      expect(root.querySelectorAll('a')).to.have.length(0);
    });
  });

  describe('accessibility (axe)', () => {
    it('has no violations when loaded, in every layout', async () => {
      const el = await newsListFixture({}, { items: givenItems(6) });
      for (const layout of ['list', 'cards', 'compact'] as const) {
        el.layout = layout;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('has no violations when empty, loading, in error, dark and RTL', async () => {
      const empty = await newsListFixture({}, { items: [] });
      await empty.updateComplete;
      await expect(empty).to.be.accessible();

      const slow = faultUrl({ path: 'news/alpha.json', delay: 3000 });
      const loading = await newsListFixture({ src: slow.url });
      await expect(loading).to.be.accessible();
      loading.remove();

      const warnings = captureWarnings();
      try {
        const bad = faultUrl({ path: 'news/alpha.json', status: 404 });
        const error = await newsListFixture({ src: bad.url });
        await settled(error);
        expect(state(error)).to.equal('error');
        await expect(error).to.be.accessible();
      } finally {
        warnings.restore();
      }

      const dark = await newsListFixture({ theme: 'dark', lang: 'he' }, { items: givenItems(3) });
      await waitForPart(dark, 'list', 'Hebrew did not load');
      await dark.updateComplete;
      await expect(dark).to.be.accessible();
    });
  });
});
