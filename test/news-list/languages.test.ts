// <sz-news-list> in each shipped language, and each item in its own direction.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-list/define.js';
import { clearStoredCopies } from '../helpers.js';
import { $, part, waitForPart } from '../shadow.js';
import { firstTime, givenItems, newsListFixture, statusText } from './harness.js';

describe('<sz-news-list>', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('languages', () => {
    it('speaks each shipped language, resolved per element', async () => {
      const wrap = await fixture(html`<div lang="fr">
        <sz-news-list .items=${[]}></sz-news-list>
        <sz-news-list lang="zh-Hans" .items=${[]}></sz-news-list>
        <sz-news-list lang="he" .items=${[]}></sz-news-list>
        <sz-news-list lang="de" .items=${[]}></sz-news-list>
      </div>`);
      const lists = [...wrap.querySelectorAll('sz-news-list')];
      // The heading's line is held (blank) while a language loads: its status line says when it has.
      await waitUntil(() => lists.every(statusText), 'languages did not load');
      expect(lists.map((el) => part(el, 'heading')!.textContent)).to.deep.equal([
        'Actualités',
        '新闻',
        'חדשות',
        'Neuigkeiten',
      ]);
      expect(lists.map(statusText)).to.deep.equal([
        'Aucune actualité pour le moment.',
        '暂无新闻。',
        'אין עדיין חדשות.',
        'Noch keine Neuigkeiten.',
      ]);
      expect(lists.map((el) => part(el, 'base')!.dir)).to.deep.equal(['ltr', 'ltr', 'rtl', 'ltr']);
    });

    it('lays Hebrew out right to left', async () => {
      const el = await newsListFixture({ lang: 'he', style: 'width: 600px' }, { items: givenItems(1) });
      await waitForPart(el, 'image', 'Hebrew did not load');
      await el.updateComplete;
      const base = part(el, 'base')!.getBoundingClientRect();
      const img = part(el, 'image')!.getBoundingClientRect();
      // The thumbnail sits at the inline end, which is the left in RTL.
      expect(img.left - base.left).to.be.lessThan(base.right - img.right);
      expect(firstTime(el)!.textContent).to.contain('2024');
    });

    it(
      'lets each item read in its own direction: English left to right in a Hebrew widget, and the ' + 'reverse',
      async () => {
        const long =
          'Shenzhen opened seven overseas innovation centres in 2017, from San Francisco to Tel Aviv, ' +
          'to link start-ups with the city. ';
        const english = { ...givenItems(1)[0], title: 'Seven centres', summary: long.repeat(4), lang: 'en' };
        const hebrew = {
          ...givenItems(1)[0],
          title: 'שבעה מרכזים',
          summary: 'מרכזי חדשנות בחו״ל',
        };
        const wrap = await fixture(html`<div style="width: 420px">
        <sz-news-list lang="he" hide-images .items=${[english]}></sz-news-list>
        <sz-news-list lang="en" hide-images .items=${[hebrew]}></sz-news-list>
      </div>`);
        const [he, en] = [...wrap.querySelectorAll('sz-news-list')];
        await waitUntil(() => part(he, 'title') && part(en, 'title'), 'not shown');
        const summary = part(he, 'summary')!;
        const title = part(he, 'title')!;
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
        expect(getComputedStyle(firstTime(he)!).direction).to.equal('rtl');
        // Hebrew without a declared language in an English widget: the browser reads its direction.
        expect(part(en, 'summary')!.matches(':dir(rtl)')).to.equal(true);
        expect($(en, 'h3')!.matches(':dir(rtl)')).to.equal(true);
      },
    );

    it('follows a change of the page language at runtime', async () => {
      const el = await newsListFixture({}, { items: givenItems(1) });
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent).to.equal('News');
      document.documentElement.setAttribute('lang', 'zh-CN');
      await waitUntil(() => part(el, 'heading')!.textContent === '新闻', 'did not switch to Chinese');
      el.setAttribute('lang', 'fr');
      await waitUntil(() => part(el, 'heading')!.textContent === 'Actualités', 'did not switch to French');
    });
  });
});
