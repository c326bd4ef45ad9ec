// Hostile data on a prerendered page: the renderer reads feeds and centres full of the XSS corpus
// (every attack string in every field), and what it writes must stay inert — with JavaScript off,
// where the HTML alone is the page, and on, through the elements' takeover.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { clearStoredCopies, sleep } from '../helpers.js';
import { centres, corpus, tripped } from '../security/xss-corpus.js';
import { allTakenOver, closeFrames, inRoot, newKey, openPrerendered, widgetsOf, type Prerendered } from './harness.js';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const jsonFeed = (vectors: string[]) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: vectors[0],
    home_page_url: vectors[1],
    items: vectors.map((v, i) => ({
      id: `${i} ${v}`,
      url: v,
      title: v,
      summary: v,
      content_html: v,
      image: v,
      date_published: v,
      authors: [{ name: v, url: v }],
      tags: [v],
    })),
  });

const rss = (vectors: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${escapeXml(vectors[0])}</title>${vectors
    .map(
      (v, i) =>
        `<item><title>${escapeXml(v)}</title><link>${escapeXml(v)}</link><guid>${i}</guid>` +
        `<description>${escapeXml(v)}</description><enclosure url="${escapeXml(v)}" type="image/png" length="1"/>` +
        `<pubDate>${escapeXml(v)}</pubDate></item>`,
    )
    .join('')}</channel></rss>`;

/** Stores the page's data on the test server under `key` (test/server/faults.mjs, /__csp/feed). */
async function store(key: string, name: string, type: string, body: string): Promise<void> {
  const res = await fetch(`/__csp/feed?key=${key}&name=${name}&type=${encodeURIComponent(type)}`, {
    method: 'POST',
    body,
  });
  expect(res.status).to.equal(204);
}

// Attributes whose value a browser follows as an address.
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcset', 'ping'];
// Elements that run, load or navigate; <style> only as the renderer writes it.
const ACTIVE = 'script, iframe, frame, object, embed, base, meta, link, form, input, textarea, template, foreignObject';

/** Whatever is in the widgets' shadow roots runs nothing and leads nowhere but http(s). */
function expectInert(page: Prerendered): void {
  for (const el of widgetsOf(page.doc)) {
    const what = `<${el.localName} id="${el.id}">`;
    expect(
      inRoot(el, ACTIVE).map((e) => e.localName),
      `${what}: active elements`,
    ).to.deep.equal([]);
    for (const style of inRoot(el, 'style'))
      expect(style.textContent, `${what}: data in a style sheet`).not.to.match(/pwned/);
    for (const node of inRoot(el, '*')) {
      for (const { name, value } of node.attributes) {
        expect(/^on/i.test(name), `${what}: ${node.localName}[${name}]`).to.equal(false);
        // The map places its markers through the CSSOM once it runs: positions, never data.
        if (name === 'style')
          expect(value, `${what}: ${node.localName}[style]`).to.match(/^((left|top): -?[\d.]+%; ?)+$/);
        if (URL_ATTRIBUTES.includes(name)) {
          const url = new URL(value, page.doc.baseURI);
          expect(url.protocol, `${what}: ${node.localName}[${name}="${value}"]`).to.match(/^(https?|mailto):$/);
        }
      }
    }
  }
}

/** Nothing ran: no tripwire set here or in the frame, no dialog opened. */
function expectNothingRan(page: Prerendered): void {
  expect(tripped(), 'an attack string ran (test page)').to.equal(undefined);
  expect(page.win.__pwned, 'an attack string ran (frame)').to.equal(undefined);
  expect(page.win.__probe?.alerts ?? [], 'a dialog was opened').to.deep.equal([]);
}

/** The attack strings are shown as text: the titles the browser's own parser makes of the feeds, the card's name. */
function expectShownAsText(page: Prerendered, feeds: Record<'json' | 'rss', string[]>): void {
  for (const id of ['json', 'rss'] as const) {
    const list = page.doc.getElementById(id)!;
    const titles = inRoot(list, '[part~="title"]').map((t) => t.textContent);
    expect(titles, `the ${id} list's titles`).to.deep.equal(feeds[id]);
  }
  const card = page.doc.getElementById('card')!;
  expect(inRoot(card, '[part~="name"]')[0].textContent).to.equal(corpus[3]);
  expect(corpus[3]).to.match(/^<img src=x onerror=/);
  const map = page.doc.getElementById('map')!;
  const names = inRoot(map, '[part~="list-item"] .name').map((n) => n.textContent);
  expect(names).to.have.length(corpus.length);
  // The first attack strings (a <script>, handlers) as the cities' names, character for character.
  expect(names).to.include.members(corpus.slice(0, 5));
}

describe('hostile data, prerendered', () => {
  const key = newKey('xss');
  /** The titles the browser's parser makes of each feed: what the list must show, as text. */
  const expected = {} as Record<'json' | 'rss', string[]>;

  before(async () => {
    const json = jsonFeed(corpus);
    const xml = rss(corpus);
    await store(key, 'json', 'application/feed+json', json);
    await store(key, 'rss', 'application/rss+xml', xml);
    await store(key, 'centres', 'application/geo+json', JSON.stringify(centres(corpus)));
    const base = new URL(`/__csp/feed?key=${key}`, location.href).href;
    expected.json = parseFeed(json, { contentType: 'application/feed+json', baseUrl: base }).items.map((i) => i.title);
    expected.rss = parseFeed(xml, { contentType: 'application/rss+xml', baseUrl: base }).items.map((i) => i.title);
    expect(expected.json.length).to.be.above(corpus.length / 2);
  });
  beforeEach(clearStoredCopies);
  afterEach(() => {
    closeFrames();
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('with JavaScript off: every widget rendered, nothing active, every attack string shown as text', async () => {
    const page = await openPrerendered('fixtures/hostile.html', { key }, { scripts: false });
    const log = await page.log();
    expect(log.problems).to.deep.equal([]);
    expect(log.rendered).to.equal(4);
    await sleep(300);
    expectNothingRan(page);
    expectInert(page);
    expectShownAsText(page, expected);
  });

  it('with JavaScript on: after the takeover, still nothing active and the same text', async () => {
    const page = await openPrerendered('fixtures/hostile.html', { key, probe: true });
    await allTakenOver(page.doc);
    await sleep(500);
    expectNothingRan(page);
    expectInert(page);
    expectShownAsText(page, expected);
    expect(page.win.__probe!.errors).to.deep.equal([]);
  });
});
