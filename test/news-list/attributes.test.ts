// <sz-news-list>: what each attribute changes.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/news-list/define.js';
import { captureWarnings, clearStoredCopies, faultUrl, sleep } from '../helpers.js';
import { $, $$, part, parts } from '../shadow.js';
import {
  createNewsList,
  firstTime,
  givenItems,
  newsListFixture,
  settled,
  statusText,
  titles,
  waitForDate,
} from './harness.js';

describe('<sz-news-list>', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('attributes', () => {
    it('limit sets how many show, and "Show more" reveals the next batch and focuses it', async () => {
      const { url } = faultUrl({ path: 'news/seven.rss.xml' });
      const el = await newsListFixture({ src: url, limit: '3' });
      await settled(el);
      expect(titles(el)).to.have.length(3);
      part(el, 'more-button')!.click();
      await el.updateComplete;
      await sleep(0);
      expect(titles(el)).to.have.length(6);
      expect(el.shadowRoot!.activeElement?.textContent).to.contain('Item 4 title');
      part(el, 'more-button')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(7);
      expect(part(el, 'more-button')).to.equal(null);
      el.limit = 2;
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      el.setAttribute('limit', 'nonsense');
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
    });

    it('layout is reflected, and compact drops summaries and images', async () => {
      const el = await newsListFixture({}, { items: givenItems(2) });
      el.layout = 'cards';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('cards');
      expect(parts(el, 'image')).to.have.length(2);
      const cardsColumns = getComputedStyle(part(el, 'list')!).gridTemplateColumns;
      el.setAttribute('layout', 'compact');
      await el.updateComplete;
      expect(parts(el, 'summary')).to.have.length(0);
      expect(parts(el, 'image')).to.have.length(0);
      expect(titles(el)).to.have.length(2);
      el.style.width = '900px';
      el.layout = 'cards';
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length).to.be.greaterThan(1);
      expect(cardsColumns).to.be.a('string');
    });

    it('heading replaces the localised default, and an empty heading removes it', async () => {
      const el = await newsListFixture({ heading: 'From Shenzhen' }, { items: givenItems(1) });
      await el.updateComplete;
      expect($(el, 'h2[part~="heading"]')!.textContent).to.equal('From Shenzhen');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal(null);
      el.removeAttribute('heading');
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent).to.equal('News');
    });

    it('hide-summary, hide-images and hide-dates hide their parts and can be turned back', async () => {
      const hidden = { 'hide-summary': '', 'hide-images': '', 'hide-dates': '' };
      const el = await newsListFixture(hidden, { items: givenItems(2) });
      await el.updateComplete;
      expect($$(el, '[part~="summary"], [part~="image"], [part~="date"]')).to.have.length(0);
      el.removeAttribute('hide-summary');
      el.removeAttribute('hide-images');
      el.removeAttribute('hide-dates');
      await el.updateComplete;
      expect(parts(el, 'summary')).to.have.length(2);
      expect(parts(el, 'image')).to.have.length(2);
      expect(parts(el, 'date')).to.have.length(2);
    });

    it('date-style switches between long, short and relative dates', async () => {
      const el = await newsListFixture({ lang: 'de' }, { items: givenItems(1) });
      await waitForDate(el, 'German did not load');
      await el.updateComplete;
      expect(firstTime(el)!.textContent).to.equal('1. Januar 2024');
      el.setAttribute('date-style', 'short');
      await el.updateComplete;
      expect(firstTime(el)!.textContent).to.equal('01.01.2024');
      el.setAttribute('date-style', 'relative');
      await el.updateComplete;
      expect(firstTime(el)!.textContent).to.match(/^vor \d+ (Jahr|Jahren|Monaten)$/);
      expect(firstTime(el)!.title).to.equal('1. Januar 2024');
    });

    it('link-target sets where links open', async () => {
      const el = await newsListFixture({ 'link-target': '_self' }, { items: givenItems(1) });
      await el.updateComplete;
      const link = $(el, 'a') as HTMLAnchorElement;
      expect(link.target).to.equal('_self');
      expect(link.textContent).not.to.contain('new tab');
    });

    it('theme is reflected and switches the palette', async () => {
      const el = await newsListFixture({}, { items: givenItems(1) });
      await el.updateComplete;
      // No theme: no surface of its own (the page's shows through).
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      el.theme = 'light';
      await el.updateComplete;
      const light = getComputedStyle(part(el, 'base')!).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      const dark = getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(13, 17, 23)');
    });

    it('custom properties and ::part from the host page style the inside', async () => {
      const wrap = await fixture(html`<div>
        <style>
          .themed { --sz-color-accent: rgb(164, 52, 58); --sz-font-family: monospace; }
          .themed::part(heading) { text-transform: uppercase; }
        </style>
        <sz-news-list class="themed" .items=${givenItems(1)}></sz-news-list>
      </div>`);
      const el = wrap.querySelector('sz-news-list')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, 'a')!).color).to.equal('rgb(164, 52, 58)');
      expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal('monospace');
      expect(getComputedStyle(part(el, 'heading')!).textTransform).to.equal('uppercase');
    });

    it('timeout gives up on a server that does not answer', async () => {
      const { url } = faultUrl({ path: 'news/alpha.json', delay: 4000 });
      const el = createNewsList({ timeout: '0.3' }, { src: url });
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
});
