// How the widgets fit the layouts partner pages put them in: content-sized boxes (a float, a
// centred flex column, an auto-width column, a table cell, a flex row), narrow columns, dark
// pages, right-to-left pages. Real layout in real browsers; each check is what a webmaster sees.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/news-list/define.js';
import '../../src/center-card/define.js';
import '../../src/center-map/define.js';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { $, part } from '../shadow.js';
import { markers } from '../center-map/harness.js';

const centres = shippedCentres;
const feed = new URL('/datasets/news.json', location.href).href;
const em = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

/** Each element, loaded and drawn. */
const widgets: [string, (extra?: string) => TemplateResult, (el: Element) => unknown][] = [
  [
    'sz-center-card',
    () => html`<sz-center-card src=${centres} center="tel-aviv"></sz-center-card>`,
    (el) => part(el, 'name'),
  ],
  ['sz-news-list', () => html`<sz-news-list src=${feed} limit="2"></sz-news-list>`, (el) => part(el, 'item')],
  ['sz-center-map', () => html`<sz-center-map src=${centres}></sz-center-map>`, (el) => markers(el)[0]],
];

/** Content-sized places a CMS or a framework puts a widget in: [name, wrapper]. */
const layouts: [string, (w: TemplateResult) => TemplateResult][] = [
  [
    'a float (WordPress alignright)',
    (w) =>
      html`<div style="width: 900px"><div style="float: right; margin-left: 1em">${w}</div><p
        >Text beside the float.</p></div>`,
  ],
  [
    'a centred flex column',
    (w) => html`<div style="width: 900px; display: flex; flex-direction: column; align-items: center">${w}</div>`,
  ],
  [
    'an auto-width column (.col-auto)',
    (w) =>
      html`<div style="width: 900px; display: flex; flex-wrap: wrap"><div
        style="flex: 0 0 auto; width: auto; max-width: 100%">${w}</div><div
        style="flex: 1 0 0%">Main column</div></div>`,
  ],
  [
    'a table cell',
    (w) => html`<table style="width: 900px"><tr><td>${w}</td><td
      >Another cell with some words in it</td></tr></table>`,
  ],
  ['a flex row', (w) => html`<div style="width: 900px; display: flex; gap: 1em">${w}<div>Beside it</div></div>`],
];

describe('host fit: the widgets in the layouts of partner pages', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  beforeEach(clearStoredCopies);

  for (const [tag, make, ready] of widgets) {
    for (const [name, wrap] of layouts) {
      it(`<${tag}> in ${name} has a readable width of its own and stays inside`, async () => {
        const box = await fixture(wrap(make()));
        const el = box.querySelector(tag)!;
        await waitUntil(() => ready(el), `${tag} did not render`, { timeout: 10000 });
        const w = el.getBoundingClientRect();
        const outer = box.getBoundingClientRect();
        expect(w.width, `${tag} width in ${name} (${Math.round(w.width)} px)`).to.be.at.least(16 * em(el) - 1);
        expect(w.left, 'inside on the left').to.be.at.least(outer.left - 0.5);
        expect(w.right, 'inside on the right').to.be.at.most(outer.right + 0.5);
        // Nothing inside spills out of the element's own box either.
        const base = part(el, 'base')!;
        expect(base.scrollWidth, 'content wider than the widget').to.be.at.most(base.clientWidth + 1);
      });
    }

    for (const width of [280, 375]) {
      it(`<${tag}> fits a ${width} px column without overflowing it or the page`, async () => {
        const box = await fixture(html`<div style="width: ${width}px">${make()}</div>`);
        const el = box.querySelector(tag)!;
        await waitUntil(() => ready(el), `${tag} did not render`, { timeout: 10000 });
        const w = el.getBoundingClientRect();
        expect(w.width).to.be.at.most(width + 0.5);
        const base = part(el, 'base')!;
        expect(base.scrollWidth, 'content wider than the column').to.be.at.most(base.clientWidth + 1);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
      });
    }
  }

  it('paints no light surface on a dark page, and takes the page’s text colour and size', async () => {
    const page = await fixture(html`<div
      style="background: #121212; color: #e8e8e8; font-size: 20px; color-scheme: dark; padding: 8px"
    >
      ${widgets.map(([, make]) => make())}
    </div>`);
    for (const [tag, , ready] of widgets) {
      const el = page.querySelector(tag)!;
      await waitUntil(() => ready(el), `${tag} did not render`, { timeout: 10000 });
      const base = part(el, 'base')!;
      const style = getComputedStyle(base);
      expect(style.backgroundColor, `${tag} surface`).to.equal('rgba(0, 0, 0, 0)');
      expect(style.color, `${tag} text`).to.equal('rgb(232, 232, 232)');
      expect(style.fontSize, `${tag} text size`).to.equal('20px');
      expect(style.paddingTop, `${tag} outer padding`).to.equal('0px');
    }
  });

  it('keeps the boxed look on request (variant="card") and a forced theme paints its own surface', async () => {
    const page = await fixture(html`<div style="background: #121212; color: #e8e8e8">
      <sz-center-card variant="card" src=${centres} center="boston"></sz-center-card>
      <sz-center-card theme="light" src=${centres} center="boston"></sz-center-card>
      <sz-center-card theme="dark" src=${centres} center="boston"></sz-center-card>
    </div>`);
    const cards = [...page.querySelectorAll('sz-center-card')];
    await waitUntil(() => cards.every((c) => part(c, 'name')), 'cards did not render', { timeout: 10000 });
    const bases = cards.map((c) => getComputedStyle(part(c, 'base')!));
    expect(bases.map((b) => b.paddingTop)).to.deep.equal(['16px', '16px', '16px']);
    const surfaces = ['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 'rgb(13, 17, 23)'];
    expect(bases.map((b) => b.backgroundColor)).to.deep.equal(surfaces);
    expect(bases[1].color).to.equal('rgb(31, 35, 40)');
  });

  it('theme="auto" follows the page’s declared colour scheme', async () => {
    const page = await fixture(html`<div style="color-scheme: dark">
      <sz-center-card theme="auto" src=${centres} center="boston"></sz-center-card>
    </div>`);
    const card = page.querySelector('sz-center-card')!;
    await waitUntil(() => part(card, 'name'), 'card did not render', { timeout: 10000 });
    expect(getComputedStyle(part(card, 'base')!).backgroundColor).to.equal('rgb(13, 17, 23)');
  });

  it(
    'puts the selected list item’s accent bar on the start side: the right in Hebrew, the left in ' + 'English',
    async () => {
      const page = await fixture(html`<div>
      <sz-center-map lang="he" src=${centres} show-list selected="boston"></sz-center-map>
      <sz-center-map lang="en" src=${centres} show-list selected="boston"></sz-center-map>
    </div>`);
      const [he, en] = [...page.querySelectorAll('sz-center-map')];
      const selected = (el: Element) => $(el, '[part~="list-item"][aria-pressed="true"]');
      await waitUntil(() => selected(he) && selected(en), 'no selected list item', { timeout: 10000 });
      const bar = (el: Element) => {
        const style = getComputedStyle(selected(el)!);
        return [parseFloat(style.borderLeftWidth), parseFloat(style.borderRightWidth)];
      };
      const [heLeft, heRight] = bar(he);
      const [enLeft, enRight] = bar(en);
      expect(heRight, 'Hebrew: bar on the right').to.be.above(heLeft + 1);
      expect(enLeft, 'English: bar on the left').to.be.above(enRight + 1);
    },
  );
});
