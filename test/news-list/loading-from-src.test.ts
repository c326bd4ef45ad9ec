// <sz-news-list> loading from `src` (requests, refreshes, aborts), and the `items` property.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-list/define.js';
import type { NewsItem } from '../../src/data/types.js';
import { clearStoredCopies, faultUrl, requestsSeen, serverStats, sleep } from '../helpers.js';
import { $, part } from '../shadow.js';
import { createNewsList, givenItems, newsListFixture, settled, titles } from './harness.js';

describe('<sz-news-list>', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('loaded from src', () => {
    it('shows the first five items of an RSS feed with safe links, dates, summaries and images', async () => {
      const { url } = faultUrl({ path: 'news/seven.rss.xml', type: 'application/rss+xml' });
      const el = await newsListFixture({ src: url });
      await settled(el);
      const firstFive = ['Item 7 title', 'Item 6 title', 'Item 5 title', 'Item 4 title', 'Item 3 title'];
      expect(titles(el)).to.deep.equal(firstFive);
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/news/7.html', url).href);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(opens in a new tab)');
      const time = $(el, 'time[part~="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2017-05-07T08:00:00.000Z');
      expect(time.textContent).to.match(/May 7, 2017|7 May 2017/);
      expect(part(el, 'summary')!.textContent).to.equal('Summary of item 7 with bold text.');
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(new URL('/img/7.png', url).href);
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.alt).to.equal('');
      expect(part(el, 'heading')!.textContent).to.equal('News');
    });

    it('fires sz-load with the parsed feed', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json' });
      const el = createNewsList({}, { src: url });
      const event = oneEvent(el, 'sz-load');
      document.body.append(el);
      try {
        const { detail } = await event;
        expect(detail.src).to.equal(url);
        expect(detail.data.items.map((i: NewsItem) => i.id)).to.deep.equal(['alpha-1', 'alpha-2']);
      } finally {
        el.remove();
      }
    });

    it('accepts a valid feed served with a wrong content type', async () => {
      const { url } = faultUrl({ path: 'news/seven.rss.xml', type: 'text/plain' });
      const el = await newsListFixture({ src: url });
      await settled(el);
      expect(titles(el)[0]).to.equal('Item 7 title');
    });

    it('re-fetches when src changes and never lets the older, slower answer show', async () => {
      const slow = faultUrl({ path: 'news/alpha.json', delay: 1200 });
      const fast = faultUrl({ path: 'news/beta.json' });
      const el = await newsListFixture({ src: slow.url });
      // The slow answer is in flight when src changes (on a busy machine 150 ms was not always
      // enough for the first request to leave).
      await requestsSeen(slow.key);
      el.setAttribute('src', fast.url);
      await settled(el);
      expect(titles(el)).to.deep.equal(['beta item 1', 'beta item 2']);
      await sleep(1400);
      expect(titles(el)).to.deep.equal(['beta item 1', 'beta item 2']);
      expect(await serverStats(slow.key)).to.deep.equal({ requests: 1, aborted: 1 });
    });

    it('makes one request for three lists on the same src', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 100 });
      const wrap = await fixture(html`<div>
        <sz-news-list src=${url}></sz-news-list>
        <sz-news-list src=${url} layout="cards"></sz-news-list>
        <sz-news-list src=${url} lang="de"></sz-news-list>
      </div>`);
      const lists = [...wrap.querySelectorAll('sz-news-list')];
      for (const el of lists) await settled(el);
      expect(lists.map((el) => titles(el).length)).to.deep.equal([2, 2, 2]);
      expect((await serverStats(key)).requests).to.equal(1);
    });

    it('aborts its request when removed mid-fetch, and then does nothing more', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 1000 });
      const el = await newsListFixture({ src: url, timeout: '1.5', refresh: '1' });
      let events = 0;
      el.addEventListener('sz-error', () => events++);
      el.addEventListener('sz-load', () => events++);
      await requestsSeen(key);
      el.remove();
      await sleep(2500);
      expect(await serverStats(key)).to.deep.equal({ requests: 1, aborted: 1 });
      expect(events).to.equal(0);
    });

    it('polls with refresh, and stops polling when removed', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json' });
      const el = await newsListFixture({ src: url, refresh: '1' });
      await settled(el);
      await requestsSeen(key, 2, 4000);
      el.remove();
      const after = (await serverStats(key)).requests;
      await sleep(1600);
      expect((await serverStats(key)).requests).to.equal(after);
    });
  });

  describe('the items property', () => {
    it('shows given items without any request, and hands back to src when cleared', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json' });
      const el = createNewsList({}, { items: givenItems(3), src: url });
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['Given item 1', 'Given item 2', 'Given item 3']);
        await sleep(200);
        expect((await serverStats(key)).requests).to.equal(0);
        el.items = undefined;
        await waitUntil(() => titles(el)[0] === 'alpha item 1', 'did not go back to src');
      } finally {
        el.remove();
      }
    });
  });
});
