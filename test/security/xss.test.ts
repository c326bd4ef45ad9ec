// The XSS suite: every attack string of the corpus in every field of every data format and in
// every attribute of every element. Nothing may run (the tripwire stays unset), and links and
// images may only ever carry http(s) URLs.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { parseFeed } from '../../src/data/feed.js';
import { parseCentres } from '../../src/data/centres.js';
import type { Center } from '../../src/data/types.js';
import { SzError } from '../../src/data/types.js';
import { captureWarnings, sleep } from '../helpers.js';
import { centerCardFixture } from '../center-card/harness.js';
import { centerMapFixture, listItems } from '../center-map/harness.js';
import { newsListFixture } from '../news-list/harness.js';
import { centres, corpus, tripped } from './xss-corpus.js';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function rss(vectors: string[]): string {
  const items = vectors.map(
    (v) => `<item><title>${xml(v)}</title><link>${xml(v)}</link><guid>${xml(v)}</guid>
      <description>${xml(v)}</description><content:encoded>${cdata(v)}</content:encoded>
      <author>${xml(v)}</author><dc:creator>${xml(v)}</dc:creator><category>${xml(v)}</category>
      <enclosure url="${xml(v)}" type="image/png" length="1"/><media:content url="${xml(v)}" medium="image"/>
      <pubDate>${xml(v)}</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
    <channel><title>${xml(vectors[0])}</title><link>${xml(vectors[1])}</link>${items.join('')}</channel></rss>`;
}

function atom(vectors: string[]): string {
  const entries = vectors.map(
    (v) => `<entry><id>${xml(v)}</id><title type="html">${xml(v)}</title><link rel="alternate" href="${xml(v)}"/>
      <link rel="enclosure" type="image/png" href="${xml(v)}"/><summary type="html">${xml(v)}</summary>
      <content type="html">${cdata(v)}</content><author><name>${xml(v)}</name></author>
      <category term="${xml(v)}"/><updated>${xml(v)}</updated></entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${xml(vectors[2])}">
    <title>${xml(vectors[0])}</title>${entries.join('')}</feed>`;
}

function jsonFeed(vectors: string[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: vectors[0],
    home_page_url: vectors[1],
    items: vectors.map((v) => ({
      id: v,
      url: v,
      external_url: v,
      title: v,
      summary: v,
      content_text: v,
      content_html: v,
      image: v,
      banner_image: v,
      date_published: v,
      authors: [{ name: v, url: v }],
      tags: [v],
    })),
  });
}

/** Whatever an element rendered: no executable markup, no handler attributes, safe URLs only. */
function assertInert(el: Element): void {
  const root = el.shadowRoot!;
  const active = 'script, iframe, object, embed, base, meta, link, style:not([data-lit])';
  expect(root.querySelectorAll(active), el.localName).to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      expect(/^on/i.test(attr.name), `${node.localName}[${attr.name}]`).to.equal(false);
    }
  }
  for (const a of root.querySelectorAll('a')) expect(a.protocol, a.href).to.match(/^https?:$/);
  for (const img of root.querySelectorAll('img')) expect(new URL(img.src).protocol, img.src).to.match(/^https?:$/);
}

describe('XSS corpus', () => {
  afterEach(() => expect(tripped(), 'an attack string ran').to.equal(undefined));

  it('has at least 100 attack strings', () => {
    expect(corpus.length).to.be.at.least(100);
  });

  for (const [format, make, type] of [
    ['RSS 2.0', rss, 'application/rss+xml'],
    ['Atom 1.0', atom, 'application/atom+xml'],
    ['JSON Feed 1.1', jsonFeed, 'application/feed+json'],
  ] as const) {
    it(`in every field of ${format}: parsed to inert text, rendered inert`, async () => {
      const feed = parseFeed(make(corpus), { contentType: type, baseUrl: 'https://example.test/feed' });
      expect(feed.items.length).to.be.greaterThan(corpus.length / 2);
      for (const item of feed.items) {
        expect(item.url === '' || /^https?:/.test(item.url), item.url).to.equal(true);
        expect(item.image === undefined || /^https?:/.test(item.image), item.image).to.equal(true);
      }
      expect(feed.url === undefined || /^https?:/.test(feed.url)).to.equal(true);
      for (const layout of ['list', 'cards', 'compact']) {
        const el = await newsListFixture({ layout, limit: '1000' }, { items: feed.items });
        await sleep(50);
        assertInert(el);
      }
    });
  }

  it('in every text field of the centres format: card and map render it as text', async () => {
    const list = parseCentres(centres(corpus));
    expect(list).to.have.length(corpus.length);
    for (const center of list.slice(0, 40)) {
      const card = await centerCardFixture({}, { center: center as Center });
      assertInert(card);
    }
    const map = await centerMapFixture({ 'show-list': '', style: 'width: 1200px' }, { centers: list });
    await sleep(500);
    assertInert(map);
    expect(listItems(map)).to.have.length(corpus.length);
  });

  it('as a centre source URL: refused as a schema error, never a link', () => {
    for (const v of corpus.filter((s) => !/^https?:/i.test(s.trim()))) {
      const data = centres([v]) as { features: { properties: { source: string } }[] };
      data.features[0].properties.source = v;
      let error: unknown;
      try {
        parseCentres(data);
      } catch (e) {
        error = e;
      }
      expect(error, v).to.be.instanceOf(SzError);
      expect((error as SzError).code).to.equal('schema');
    }
  });

  for (const [tag, attributes] of [
    [
      'sz-news-list',
      ['src', 'lang', 'theme', 'limit', 'layout', 'heading', 'date-style', 'link-target', 'timeout', 'refresh'],
    ],
    ['sz-center-card', ['src', 'center', 'layout', 'heading-level', 'lang', 'theme', 'timeout']],
    ['sz-center-map', ['src', 'selected', 'for', 'view', 'projection', 'lang', 'theme', 'timeout']],
  ] as const) {
    it(`in every attribute of <${tag}>: no script runs, nothing throws`, async () => {
      const warnings = captureWarnings();
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const el = document.createElement(tag);
        document.body.append(el);
        for (const name of attributes) {
          for (const v of corpus) {
            el.setAttribute(name, v);
            await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          }
          el.removeAttribute(name);
        }
        await sleep(300);
        assertInert(el);
        el.remove();
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        warnings.restore();
      }
    });
  }
});
