// The demo page prerendered by the real renderer, read as a visitor with JavaScript off (or a
// crawler that runs none) reads it: no script of the page runs, only the declarative shadow roots
// the HTML carries show the widgets.
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import {
  closeFrames,
  declarativeRoots,
  inRoot,
  openPrerendered,
  servedSource,
  shownText,
  squashed,
  visible,
  widgetsOf,
  type Prerendered,
} from './harness.js';

interface NewsJson {
  items: { title: string; url: string; date_published: string }[];
}
interface CentresJson {
  features: {
    properties: {
      id: string;
      name: Record<string, string>;
      city?: Record<string, string>;
      country?: string;
      status: string;
      opened?: string;
    };
  }[];
}

const json = async <T>(url: string): Promise<T> => (await fetch(url, { cache: 'no-store' })).json();
const region = (code: string, lang: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;
/** The language an element shows: its own `lang`, else its nearest ancestor's. */
const langOf = (el: Element) => el.closest('[lang]')!.getAttribute('lang')!;

describe('a prerendered page with JavaScript off', () => {
  let page: Prerendered;
  let news: NewsJson;
  let centres: CentresJson;
  const centre = (id: string) => centres.features.find((f) => f.properties.id === id)!.properties;

  before(async () => {
    [news, centres] = await Promise.all([
      json<NewsJson>('/dist/data/news.json'),
      json<CentresJson>('/dist/data/centres.geojson'),
    ]);
    page = await openPrerendered('demo/index.html', {}, { scripts: false });
  });
  after(closeFrames);

  it('runs no script of the page, yet every widget has its shadow root', async () => {
    const { doc, win } = page;
    expect((await page.log()).rendered, 'widgets prerendered').to.equal(11);
    // The control: the frame really is without scripts (the elements were never defined).
    expect(win.customElements.get('sz-news-list'), 'a script ran in the frame').to.equal(undefined);
    const widgets = widgetsOf(doc);
    expect(widgets).to.have.length(11);
    for (const el of widgets)
      expect(el.shadowRoot?.firstElementChild ?? null, `<${el.localName}> without its root`).not.to.equal(null);
  });

  it('shows every headline as a visible link that opens safely, with its date in <time datetime>', () => {
    const lists = page.doc.querySelectorAll('sz-news-list');
    expect(lists).to.have.length(4);
    for (const list of lists) {
      const what = `<sz-news-list> in ${langOf(list)} (${list.getAttribute('layout') ?? 'list'})`;
      const items = inRoot(list, '[part~="item"]');
      const expected = news.items.slice(0, Number(list.getAttribute('limit') ?? 5));
      expect(items.length, `${what}: items`).to.equal(expected.length);
      items.forEach((item, i) => {
        const link = item.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
        expect(link, `${what}: item ${i} has no link`).not.to.equal(null);
        expect(visible(link), `${what}: link ${i} is not visible`).to.equal(true);
        expect(squashed(link.querySelector('[part~="title"]')?.textContent)).to.equal(expected[i].title);
        expect(link.href).to.equal(expected[i].url);
        expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
        const time = item.querySelector('time[datetime]')!;
        expect(time, `${what}: item ${i} has no <time datetime>`).not.to.equal(null);
        expect(visible(time), `${what}: date ${i} is not visible`).to.equal(true);
        expect(squashed(time.textContent), `${what}: date ${i} is empty`).not.to.equal('');
        expect(Date.parse(time.getAttribute('datetime')!)).to.equal(Date.parse(expected[i].date_published));
      });
    }
  });

  it('shows each card’s facts, right for its centre and language', () => {
    const cards = page.doc.querySelectorAll('sz-center-card');
    expect(cards).to.have.length(6);
    for (const card of cards) {
      const id = card.getAttribute('center')!;
      const lang = langOf(card);
      const facts = centre(id);
      const what = `the ${lang} card of ${id}`;
      const name = inRoot(card, '[part~="name"]')[0];
      expect(visible(name), `${what}: its name is not visible`).to.equal(true);
      expect(squashed(name.textContent)).to.equal(facts.name[lang] ?? facts.name.en);
      expect(inRoot(card, '[part~="badge"]')[0].getAttribute('part')).to.include(facts.status);
      const details = inRoot(card, '[part~="details"]')[0];
      expect(visible(details), `${what}: its facts are not visible`).to.equal(true);
      const text = squashed(details.textContent);
      if (facts.city) expect(text, `${what}: city`).to.include(facts.city[lang] ?? facts.city.en);
      if (facts.country) expect(text, `${what}: country`).to.include(region(facts.country, lang));
      if (card.getAttribute('layout') !== 'compact' && facts.opened) {
        const opened = details.querySelector('time[datetime]')!;
        expect(opened, `${what}: no opening date in <time datetime>`).not.to.equal(null);
        expect(opened.getAttribute('datetime'), `${what}: opening date`).to.equal(facts.opened);
        expect(visible(opened), `${what}: its opening date is not visible`).to.equal(true);
      }
    }
  });

  it('shows the map’s list of centres and draws its picture, markers in place', () => {
    const map = page.doc.querySelector('sz-center-map')!;
    const list = inRoot(map, '[part~="list"]')[0];
    expect(visible(list), 'the list of centres is not visible').to.equal(true);
    const buttons = inRoot(map, '[part~="list-item"]');
    // show-planned: every centre of the dataset, in its order.
    expect(buttons.length).to.equal(centres.features.length);
    buttons.forEach((button, i) => {
      const { city, country } = centres.features[i].properties;
      expect(visible(button), `list item ${i} is not visible`).to.equal(true);
      expect(button.textContent).to.include(city?.en ?? region(country!, 'en'));
    });
    expect(buttons.find((b) => b.getAttribute('aria-pressed') === 'true')?.textContent).to.include('Tel Aviv');

    const svg = inRoot(map, '[part~="map"] svg')[0];
    expect(visible(svg), 'the map’s picture is not visible').to.equal(true);
    expect(svg.getBoundingClientRect().width).to.be.above(300);
    // The land is drawn: in this fitted view it reaches across the whole picture.
    const land = inRoot(map, '[part~="land"]')[0].getBoundingClientRect();
    expect(land.width, 'land drawn').to.be.at.least(svg.getBoundingClientRect().width - 1);
    // Each marker where its place is: over the picture, west to east.
    const picture = svg.getBoundingClientRect();
    const at = (id: string) => {
      const marker = inRoot(map, '[part~="marker"]').find((m) => m.dataset.id === id)!;
      expect(visible(marker), `marker ${id} is not visible`).to.equal(true);
      const box = marker.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      expect(x, `marker ${id} is not over the map`).to.be.within(picture.left, picture.right);
      expect(y, `marker ${id} is not over the map`).to.be.within(picture.top, picture.bottom);
      return x;
    };
    expect(at('san-francisco seattle')).to.be.below(at('boston toronto'));
    expect(at('boston toronto')).to.be.below(at('london'));
    expect(at('london')).to.be.below(at('tel-aviv'));
  });

  it('has the text in the HTML source, inside each widget’s declarative shadow root', async () => {
    const parsed = await servedSource(page.url);
    const rootText = (selector: string) => declarativeRoots(parsed, selector).map(shownText);
    const lists = rootText('sz-news-list');
    expect(lists).to.have.length(4);
    for (const text of lists) expect(text).to.include(news.items[0].title);
    expect(rootText('sz-center-card#map-card')[0]).to.include(centre('tel-aviv').name.en);
    const mapText = rootText('sz-center-map')[0];
    for (const { properties } of centres.features) if (properties.city) expect(mapText).to.include(properties.city.en);
  });
});

describe('a prerendered page with its scripts off, checked by axe', () => {
  after(closeFrames);

  it('has no axe violations', async () => {
    // axe has to run in the page, which a frame without scripts forbids. So the page is served with
    // `Content-Security-Policy: script-src 'nonce-…'`, the nonce given only to the axe-core script
    // the test server adds: every script of the page's own is refused, as with JavaScript off (the
    // page has no <noscript> that would read otherwise), and axe sees the prerendered roots alone.
    const { doc, win } = await openPrerendered('demo/index.html', { csp: 'axe' });
    const axeWin = win as Window & { axe?: { run(context: Node): Promise<AxeResults> } };
    expect(typeof axeWin.axe?.run, 'axe-core did not load in the page').to.equal('function');
    expect(win.customElements.get('sz-news-list'), 'a script of the page ran').to.equal(undefined);
    expect(widgetsOf(doc).every((el) => el.shadowRoot)).to.equal(true);
    const { violations } = await axeWin.axe!.run(doc);
    const found = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found).to.deep.equal([]);
  });
});
