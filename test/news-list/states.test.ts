// <sz-news-list>: loading, empty, error and stale, each as a visitor sees it.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-list/define.js';
import type { SzErrorDetail } from '../../src/shared/events.js';
import { captureWarnings, clearStoredCopies, faultUrl, serverStats } from '../helpers.js';
import { part } from '../shadow.js';
import { createNewsList, newsListFixture, settled, state, statusText, titles } from './harness.js';

describe('<sz-news-list>', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('states', () => {
    it('shows a skeleton while loading, marked busy, with a spoken status', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json', delay: 800 });
      const el = await newsListFixture({ src: url });
      expect(state(el)).to.equal('loading');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(el)).to.equal('Loading news…');
      expect(part(el, 'skeleton')!.getAttribute('aria-hidden')).to.equal('true');
      await settled(el);
      expect(state(el)).to.equal('loaded');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('says so when the feed is empty', async () => {
      const { url } = faultUrl({ path: 'news/empty.json' });
      const el = await newsListFixture({ src: url });
      await settled(el);
      expect(state(el)).to.equal('empty');
      expect(statusText(el)).to.equal('No news yet.');
    });

    it('shows a readable error with Retry on a 404, fires sz-error and warns once', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 1, failStatus: 404 });
      const warnings = captureWarnings();
      const el = createNewsList({}, { src: url });
      const failed = oneEvent(el, 'sz-error');
      document.body.append(el);
      try {
        const detail: SzErrorDetail = (await failed).detail;
        expect(detail).to.deep.include({ code: 'http', src: url });
        expect(detail.message).to.contain('404');
        await el.updateComplete;
        expect(state(el)).to.equal('error');
        expect(statusText(el)).to.equal('The data could not be loaded.');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('404');
        part(el, 'retry-button')!.click();
        await el.updateComplete;
        await settled(el);
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect((await serverStats(key)).requests).to.equal(2);
      } finally {
        warnings.restore();
        el.remove();
      }
    });

    it('recovers by itself from a 500 followed by success', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 1 });
      const el = await newsListFixture({ src: url });
      await settled(el);
      expect(state(el)).to.equal('loaded');
      expect((await serverStats(key)).requests).to.equal(2);
    });

    const unreadable = 'The data is not in a format this widget can read.';
    for (const [name, fault, code, sentence] of [
      ['a truncated body', { path: 'news/seven.rss.xml', truncate: 60 }, 'network', 'The data could not be loaded.'],
      ['an HTML page served where a feed was expected', { path: 'news/error.html' }, 'unsupported', unreadable],
      [
        'a body that is no feed at all',
        { body: '{"hello": "world"}', type: 'application/json' },
        'unsupported',
        unreadable,
      ],
    ] as const) {
      it(`shows an error for ${name}`, async () => {
        const { url } = faultUrl(fault);
        const warnings = captureWarnings();
        const el = createNewsList({}, { src: url });
        const failed = oneEvent(el, 'sz-error');
        document.body.append(el);
        try {
          expect((await failed).detail.code).to.equal(code);
          await el.updateComplete;
          expect(state(el)).to.equal('error');
          expect(statusText(el)).to.equal(sentence);
        } finally {
          warnings.restore();
          el.remove();
        }
      });
    }

    it('rejects a src that is not http(s) without fetching it', async () => {
      const warnings = captureWarnings();
      const el = createNewsList({ src: 'javascript:alert(1)' });
      const failed = oneEvent(el, 'sz-error');
      document.body.append(el);
      try {
        expect((await failed).detail.code).to.equal('bad-url');
        await el.updateComplete;
        expect(statusText(el)).to.equal('The data address is not valid.');
      } finally {
        warnings.restore();
        el.remove();
      }
    });

    it('shows the stored copy at once on a return visit, marked stale while offline', async () => {
      const good = faultUrl({ path: 'news/alpha.json' });
      const first = await newsListFixture({ src: good.url });
      await settled(first);
      first.remove();
      // Same URL, but now the server fails: a new page visit would see the stored copy.
      const storedKey = `sz-widgets:v1:${good.url}`;
      const stored = localStorage.getItem(storedKey);
      expect(stored).to.be.a('string');
      const down = faultUrl({ path: 'news/alpha.json', fail: 9, failStatus: 503 });
      localStorage.setItem(`sz-widgets:v1:${down.url}`, stored!);
      const warnings = captureWarnings();
      try {
        const el = await newsListFixture({ src: down.url });
        // Shown from storage while the network is still being tried (it fails after retries).
        await waitUntil(() => titles(el).length === 2, 'stored copy not shown', { timeout: 1000 });
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect(statusText(el)).to.match(/^Saved copy from .+; it may be out of date\.$/);
        const failed = await oneEvent(el, 'sz-error');
        expect(failed.detail.code).to.equal('http');
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect(statusText(el)).to.match(/may be out of date/);
        expect(part(el, 'retry-button')).not.to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('keeps good data on screen, marked stale, when a refresh fails', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json', failFrom: 2, failStatus: 503 });
      const warnings = captureWarnings();
      try {
        const el = await newsListFixture({ src: url, refresh: '1' });
        await settled(el);
        expect(statusText(el)).to.equal('');
        const failed = await oneEvent(el, 'sz-error');
        expect(failed.detail.code).to.equal('http');
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect(statusText(el)).to.match(/may be out of date/);
        expect(part(el, 'retry-button')).not.to.equal(null);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  });
});
