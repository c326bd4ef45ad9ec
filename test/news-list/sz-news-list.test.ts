import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-list/define.js';
import type { SzNewsList } from '../../src/news-list/sz-news-list.js';
import type { NewsItem } from '../../src/data/types.js';
import type { SzErrorDetail } from '../../src/shared/events.js';
import { captureWarnings, clearStoredCopies, faultUrl, serverStats, sleep } from '../helpers.js';

const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const titles = (el: Element) => $$(el, '[part~="title"]').map((t) => t.textContent);
const statusText = (el: Element) => $(el, '[part~="status"]')?.textContent?.trim() ?? '';

async function loaded(el: SzNewsList): Promise<void> {
  await waitUntil(() => $$(el, '[part~="item"]').length > 0 || ['empty', 'error'].includes(state(el)), 'never loaded', { timeout: 8000 });
  await el.updateComplete;
}
/** What a visitor can tell about the state. */
function state(el: SzNewsList): string {
  if ($(el, '[part~="skeleton"]')) return 'loading';
  if ($(el, '[part~="retry-button"]') && !$$(el, '[part~="item"]').length) return 'error';
  if (/No news yet/.test(statusText(el))) return 'empty';
  return $$(el, '[part~="item"]').length ? 'loaded' : 'other';
}

const items = (n: number): NewsItem[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `i${i + 1}`,
    title: `Given item ${i + 1}`,
    url: `https://example.test/${i + 1}`,
    published: `2024-01-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`,
    summary: `Summary ${i + 1}`,
    image: `https://example.test/${i + 1}.png`,
    tags: [],
  }));

describe('<sz-news-list>', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('loaded from src', () => {
    it('shows the first five items of an RSS feed with safe links, dates, summaries and images', async () => {
      const { url } = faultUrl({ path: 'news/seven.rss.xml', type: 'application/rss+xml' });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url}></sz-news-list>`);
      await loaded(el);
      expect(titles(el)).to.deep.equal(['Item 7 title', 'Item 6 title', 'Item 5 title', 'Item 4 title', 'Item 3 title']);
      const link = $(el, '[part~="link"]') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL('/news/7.html', url).href);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('(opens in a new tab)');
      const time = $(el, 'time[part~="date"]')!;
      expect(time.getAttribute('datetime')).to.equal('2017-05-07T08:00:00.000Z');
      expect(time.textContent).to.match(/May 7, 2017|7 May 2017/);
      expect($(el, '[part~="summary"]')!.textContent).to.equal('Summary of item 7 with bold text.');
      const img = $(el, '[part~="image"]') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(new URL('/img/7.png', url).href);
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.alt).to.equal('');
      expect($(el, '[part~="heading"]')!.textContent).to.equal('News');
    });

    it('fires sz-load with the parsed feed', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json' });
      const el = document.createElement('sz-news-list');
      el.src = url;
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
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url}></sz-news-list>`);
      await loaded(el);
      expect(titles(el)[0]).to.equal('Item 7 title');
    });

    it('re-fetches when src changes and never lets the older, slower answer show', async () => {
      const slow = faultUrl({ path: 'news/alpha.json', delay: 1200 });
      const fast = faultUrl({ path: 'news/beta.json' });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${slow.url}></sz-news-list>`);
      await sleep(150);
      el.setAttribute('src', fast.url);
      await loaded(el);
      expect(titles(el)).to.deep.equal(['beta item 1', 'beta item 2']);
      await sleep(1400);
      expect(titles(el)).to.deep.equal(['beta item 1', 'beta item 2']);
      expect((await serverStats(slow.key)).aborted).to.equal(1);
    });

    it('makes one request for three lists on the same src', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 100 });
      const wrap = await fixture(html`<div>
        <sz-news-list src=${url}></sz-news-list><sz-news-list src=${url} layout="cards"></sz-news-list><sz-news-list src=${url} lang="de"></sz-news-list>
      </div>`);
      const lists = [...wrap.querySelectorAll('sz-news-list')];
      for (const el of lists) await loaded(el);
      expect(lists.map((el) => titles(el).length)).to.deep.equal([2, 2, 2]);
      expect((await serverStats(key)).requests).to.equal(1);
    });

    it('aborts its request when removed mid-fetch, and then does nothing more', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', delay: 1000 });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url} timeout="1.5" refresh="1"></sz-news-list>`);
      let events = 0;
      el.addEventListener('sz-error', () => events++);
      el.addEventListener('sz-load', () => events++);
      await sleep(150);
      el.remove();
      await sleep(2500);
      expect(await serverStats(key)).to.deep.equal({ requests: 1, aborted: 1 });
      expect(events).to.equal(0);
    });

    it('polls with refresh, and stops polling when removed', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json' });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url} refresh="1"></sz-news-list>`);
      await loaded(el);
      await waitUntil(async () => (await serverStats(key)).requests >= 2, 'no refresh request', { timeout: 4000 });
      el.remove();
      const after = (await serverStats(key)).requests;
      await sleep(1600);
      expect((await serverStats(key)).requests).to.equal(after);
    });
  });

  describe('attributes', () => {
    it('limit sets how many show, and "Show more" reveals the next batch and focuses it', async () => {
      const { url } = faultUrl({ path: 'news/seven.rss.xml' });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url} limit="3"></sz-news-list>`);
      await loaded(el);
      expect(titles(el)).to.have.length(3);
      $(el, '[part~="more-button"]')!.click();
      await el.updateComplete;
      await sleep(0);
      expect(titles(el)).to.have.length(6);
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Item 4 title');
      $(el, '[part~="more-button"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(7);
      expect($(el, '[part~="more-button"]')).to.equal(null);
      el.limit = 2;
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      el.setAttribute('limit', 'nonsense');
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
    });

    it('layout is reflected, and compact drops summaries and images', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list .items=${items(2)}></sz-news-list>`);
      el.layout = 'cards';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('cards');
      expect($$(el, '[part~="image"]')).to.have.length(2);
      const cardsColumns = getComputedStyle($(el, '[part~="list"]')!).gridTemplateColumns;
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect($$(el, '[part~="summary"]')).to.have.length(0);
      expect($$(el, '[part~="image"]')).to.have.length(0);
      expect(titles(el)).to.have.length(2);
      el.style.width = '900px';
      el.layout = 'cards';
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="list"]')!).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
      expect(cardsColumns).to.be.a('string');
    });

    it('heading replaces the localised default, and an empty heading removes it', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list heading="From Shenzhen" .items=${items(1)}></sz-news-list>`);
      await el.updateComplete;
      expect($(el, 'h2[part~="heading"]')!.textContent).to.equal('From Shenzhen');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect($(el, '[part~="heading"]')).to.equal(null);
      el.removeAttribute('heading');
      await el.updateComplete;
      expect($(el, '[part~="heading"]')!.textContent).to.equal('News');
    });

    it('hide-summary, hide-images and hide-dates hide their parts and can be turned back', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list hide-summary hide-images hide-dates .items=${items(2)}></sz-news-list>`);
      await el.updateComplete;
      expect($$(el, '[part~="summary"], [part~="image"], [part~="date"]')).to.have.length(0);
      el.removeAttribute('hide-summary');
      el.removeAttribute('hide-images');
      el.removeAttribute('hide-dates');
      await el.updateComplete;
      expect($$(el, '[part~="summary"]')).to.have.length(2);
      expect($$(el, '[part~="image"]')).to.have.length(2);
      expect($$(el, '[part~="date"]')).to.have.length(2);
    });

    it('date-style switches between long, short and relative dates', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list lang="de" .items=${items(1)}></sz-news-list>`);
      await waitUntil(() => $(el, 'time'), 'German did not load');
      await el.updateComplete;
      expect($(el, 'time')!.textContent).to.equal('1. Januar 2024');
      el.setAttribute('date-style', 'short');
      await el.updateComplete;
      expect($(el, 'time')!.textContent).to.equal('01.01.2024');
      el.setAttribute('date-style', 'relative');
      await el.updateComplete;
      expect($(el, 'time')!.textContent).to.match(/^vor \d+ (Jahr|Jahren|Monaten)$/);
      expect($(el, 'time')!.title).to.equal('1. Januar 2024');
    });

    it('link-target sets where links open', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list link-target="_self" .items=${items(1)}></sz-news-list>`);
      await el.updateComplete;
      const link = $(el, 'a') as HTMLAnchorElement;
      expect(link.target).to.equal('_self');
      expect(link.textContent).not.to.contain('new tab');
    });

    it('theme is reflected and switches the palette', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list .items=${items(1)}></sz-news-list>`);
      await el.updateComplete;
      // No theme: no surface of its own (the page's shows through).
      expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      el.theme = 'light';
      await el.updateComplete;
      const light = getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      const dark = getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(13, 17, 23)');
    });

    it('custom properties and ::part from the host page style the inside', async () => {
      const wrap = await fixture(html`<div>
        <style>.themed { --sz-color-accent: rgb(164, 52, 58); --sz-font-family: monospace; } .themed::part(heading) { text-transform: uppercase; }</style>
        <sz-news-list class="themed" .items=${items(1)}></sz-news-list>
      </div>`);
      const el = wrap.querySelector('sz-news-list')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, 'a')!).color).to.equal('rgb(164, 52, 58)');
      expect(getComputedStyle($(el, '[part~="base"]')!).fontFamily).to.equal('monospace');
      expect(getComputedStyle($(el, '[part~="heading"]')!).textTransform).to.equal('uppercase');
    });

    it('timeout gives up on a server that does not answer', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json', delay: 4000 });
      const el = document.createElement('sz-news-list');
      el.setAttribute('timeout', '0.3');
      el.src = url;
      const failed = oneEvent(el, 'sz-error');
      const warnings = captureWarnings();
      document.body.append(el);
      try {
        expect((await failed).detail.code).to.equal('timeout');
        await el.updateComplete;
        expect(statusText(el)).to.equal('The data could not be loaded.');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
        el.remove();
      }
    });
  });

  describe('languages', () => {
    it('speaks each shipped language, resolved per element', async () => {
      const wrap = await fixture(html`<div lang="fr">
        <sz-news-list .items=${[]}></sz-news-list>
        <sz-news-list lang="zh-Hans" .items=${[]}></sz-news-list>
        <sz-news-list lang="he" .items=${[]}></sz-news-list>
        <sz-news-list lang="de" .items=${[]}></sz-news-list>
      </div>`);
      const lists = [...wrap.querySelectorAll('sz-news-list')];
      await waitUntil(() => lists.every((el) => $(el, '[part~="heading"]')), 'languages did not load');
      expect(lists.map((el) => $(el, '[part~="heading"]')!.textContent)).to.deep.equal(['Actualités', '新闻', 'חדשות', 'Neuigkeiten']);
      expect(lists.map(statusText)).to.deep.equal(['Aucune actualité pour le moment.', '暂无新闻。', 'אין עדיין חדשות.', 'Noch keine Neuigkeiten.']);
      expect(lists.map((el) => $(el, '[part~="base"]')!.dir)).to.deep.equal(['ltr', 'ltr', 'rtl', 'ltr']);
    });

    it('lays Hebrew out right to left', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list lang="he" style="width: 600px" .items=${items(1)}></sz-news-list>`);
      await waitUntil(() => $(el, '[part~="image"]'), 'Hebrew did not load');
      await el.updateComplete;
      const base = $(el, '[part~="base"]')!.getBoundingClientRect();
      const img = $(el, '[part~="image"]')!.getBoundingClientRect();
      // The thumbnail sits at the inline end, which is the left in RTL.
      expect(img.left - base.left).to.be.lessThan(base.right - img.right);
      expect($(el, 'time')!.textContent).to.contain('2024');
    });

    it('lets each item read in its own direction: English left to right in a Hebrew widget, and the reverse', async () => {
      const long = 'Shenzhen opened seven overseas innovation centres in 2017, from San Francisco to Tel Aviv, to link start-ups with the city. '.repeat(4);
      const wrap = await fixture(html`<div style="width: 420px">
        <sz-news-list lang="he" hide-images .items=${[{ ...items(1)[0], title: 'Seven centres', summary: long, lang: 'en' }]}></sz-news-list>
        <sz-news-list lang="en" hide-images .items=${[{ ...items(1)[0], title: 'שבעה מרכזים', summary: 'מרכזי חדשנות בחו״ל' }]}></sz-news-list>
      </div>`);
      const [he, en] = [...wrap.querySelectorAll('sz-news-list')];
      await waitUntil(() => $(he, '[part~="title"]') && $(en, '[part~="title"]'), 'not shown');
      const summary = $(he, '[part~="summary"]')!;
      const title = $(he, '[part~="title"]')!;
      expect(getComputedStyle(summary).direction).to.equal('ltr');
      expect(summary.getAttribute('lang')).to.equal('en');
      // A short English title starts at the left of its line, not the right as the Hebrew interface does.
      const line = title.closest('h3')!.getBoundingClientRect();
      const words = title.getBoundingClientRect();
      expect(words.left - line.left, 'title starts at the left').to.be.below(2);
      expect(line.right - words.right, 'and leaves the right free').to.be.above(100);
      // The summary is cut after three lines, with the ellipsis at the end of the English text: on the right.
      const range = document.createRange();
      range.selectNodeContents(summary);
      const rects = [...range.getClientRects()];
      expect(summary.scrollHeight).to.be.above(summary.clientHeight);
      expect(rects[0].left - summary.getBoundingClientRect().left).to.be.below(2);
      // The widget's own words (the date) keep the widget's direction.
      expect(getComputedStyle($(he, 'time')!).direction).to.equal('rtl');
      // Hebrew without a declared language in an English widget: the browser reads its direction.
      expect($(en, '[part~="summary"]')!.matches(':dir(rtl)')).to.equal(true);
      expect($(en, 'h3')!.matches(':dir(rtl)')).to.equal(true);
    });

    it('follows a change of the page language at runtime', async () => {
      const el = await fixture<SzNewsList>(html`<sz-news-list .items=${items(1)}></sz-news-list>`);
      await el.updateComplete;
      expect($(el, '[part~="heading"]')!.textContent).to.equal('News');
      document.documentElement.setAttribute('lang', 'zh-CN');
      await waitUntil(() => $(el, '[part~="heading"]')!.textContent === '新闻', 'did not switch to Chinese');
      el.setAttribute('lang', 'fr');
      await waitUntil(() => $(el, '[part~="heading"]')!.textContent === 'Actualités', 'did not switch to French');
    });
  });

  describe('the items property', () => {
    it('shows given items without any request, and hands back to src when cleared', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json' });
      const el = document.createElement('sz-news-list');
      el.items = items(3);
      el.src = url;
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

  describe('states', () => {
    it('shows a skeleton while loading, marked busy, with a spoken status', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json', delay: 800 });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url}></sz-news-list>`);
      expect(state(el)).to.equal('loading');
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(el)).to.equal('Loading news…');
      expect($(el, '[part~="skeleton"]')!.getAttribute('aria-hidden')).to.equal('true');
      await loaded(el);
      expect(state(el)).to.equal('loaded');
      expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('says so when the feed is empty', async () => {
      const { url } = faultUrl({ path: 'news/empty.json' });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url}></sz-news-list>`);
      await loaded(el);
      expect(state(el)).to.equal('empty');
      expect(statusText(el)).to.equal('No news yet.');
    });

    it('shows a readable error with Retry on a 404, fires sz-error and warns once', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 1, failStatus: 404 });
      const warnings = captureWarnings();
      const el = document.createElement('sz-news-list');
      el.src = url;
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
        $(el, '[part~="retry-button"]')!.click();
        await el.updateComplete;
        await loaded(el);
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect((await serverStats(key)).requests).to.equal(2);
      } finally {
        warnings.restore();
        el.remove();
      }
    });

    it('recovers by itself from a 500 followed by success', async () => {
      const { url, key } = faultUrl({ path: 'news/alpha.json', fail: 1 });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url}></sz-news-list>`);
      await loaded(el);
      expect(state(el)).to.equal('loaded');
      expect((await serverStats(key)).requests).to.equal(2);
    });

    for (const [name, fault, code, sentence] of [
      ['a truncated body', { path: 'news/seven.rss.xml', truncate: 60 }, 'network', 'The data could not be loaded.'],
      ['an HTML page served where a feed was expected', { path: 'news/error.html' }, 'unsupported', 'The data is not in a format this widget can read.'],
      ['a body that is no feed at all', { body: '{"hello": "world"}', type: 'application/json' }, 'unsupported', 'The data is not in a format this widget can read.'],
    ] as const) {
      it(`shows an error for ${name}`, async () => {
        const { url } = faultUrl(fault);
        const warnings = captureWarnings();
        const el = document.createElement('sz-news-list');
        el.src = url;
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
      const el = document.createElement('sz-news-list');
      el.setAttribute('src', 'javascript:alert(1)');
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
      const first = await fixture<SzNewsList>(html`<sz-news-list src=${good.url}></sz-news-list>`);
      await loaded(first);
      first.remove();
      // Same URL, but now the server fails: a new page visit would see the stored copy.
      const storedKey = `sz-widgets:v1:${good.url}`;
      const stored = localStorage.getItem(storedKey);
      expect(stored).to.be.a('string');
      const down = faultUrl({ path: 'news/alpha.json', fail: 9, failStatus: 503 });
      localStorage.setItem(`sz-widgets:v1:${down.url}`, stored!);
      const warnings = captureWarnings();
      try {
        const el = await fixture<SzNewsList>(html`<sz-news-list src=${down.url}></sz-news-list>`);
        // Shown from storage while the network is still being tried (it fails after retries).
        await waitUntil(() => titles(el).length === 2, 'stored copy not shown', { timeout: 1000 });
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect(statusText(el)).to.match(/^Saved copy from .+; it may be out of date\.$/);
        const failed = await oneEvent(el, 'sz-error');
        expect(failed.detail.code).to.equal('http');
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect(statusText(el)).to.match(/may be out of date/);
        expect($(el, '[part~="retry-button"]')).not.to.equal(null);
      } finally {
        warnings.restore();
      }
    });

    it('keeps good data on screen, marked stale, when a refresh fails', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json', failFrom: 2, failStatus: 503 });
      const warnings = captureWarnings();
      try {
        const el = await fixture<SzNewsList>(html`<sz-news-list src=${url} refresh="1"></sz-news-list>`);
        await loaded(el);
        expect(statusText(el)).to.equal('');
        const failed = await oneEvent(el, 'sz-error');
        expect(failed.detail.code).to.equal('http');
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['alpha item 1', 'alpha item 2']);
        expect(statusText(el)).to.match(/may be out of date/);
        expect($(el, '[part~="retry-button"]')).not.to.equal(null);
        el.remove();
      } finally {
        warnings.restore();
      }
    });
  });

  describe('hostile data', () => {
    afterEach(() => delete (window as { __pwned?: unknown }).__pwned);

    it('renders script, markup and event handlers as inert text and drops unsafe URLs', async () => {
      const { url } = faultUrl({ path: 'news/hostile.json' });
      const el = await fixture<SzNewsList>(html`<sz-news-list src=${url}></sz-news-list>`);
      await loaded(el);
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
      const el = await fixture<SzNewsList>(html`<sz-news-list .items=${items(6)}></sz-news-list>`);
      for (const layout of ['list', 'cards', 'compact'] as const) {
        el.layout = layout;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('has no violations when empty, loading, in error, dark and RTL', async () => {
      const empty = await fixture<SzNewsList>(html`<sz-news-list .items=${[]}></sz-news-list>`);
      await empty.updateComplete;
      await expect(empty).to.be.accessible();

      const slow = faultUrl({ path: 'news/alpha.json', delay: 3000 });
      const loading = await fixture<SzNewsList>(html`<sz-news-list src=${slow.url}></sz-news-list>`);
      await expect(loading).to.be.accessible();
      loading.remove();

      const warnings = captureWarnings();
      try {
        const bad = faultUrl({ path: 'news/alpha.json', status: 404 });
        const error = await fixture<SzNewsList>(html`<sz-news-list src=${bad.url}></sz-news-list>`);
        await loaded(error);
        expect(state(error)).to.equal('error');
        await expect(error).to.be.accessible();
      } finally {
        warnings.restore();
      }

      const dark = await fixture<SzNewsList>(html`<sz-news-list theme="dark" lang="he" .items=${items(3)}></sz-news-list>`);
      await waitUntil(() => $(dark, '[part~="list"]'), 'Hebrew did not load');
      await dark.updateComplete;
      await expect(dark).to.be.accessible();
    });
  });
});
