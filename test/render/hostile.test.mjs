// Data owners' data is not trusted: a feed and a centres dataset full of the XSS corpus
// (test/security/xss-corpus.ts) are rendered into a page that must carry nothing executable from
// them, neither in the shadow roots nor through the embedded copies.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import {
  assertSame,
  base,
  embeddedTexts,
  inside,
  partText,
  readPage,
  render,
  root,
  state,
  strip,
  textOf,
  useServer,
} from './helpers.mjs';

/** The browser suite's corpus module, its types stripped, so that both suites share one list. */
async function loadCorpus() {
  const source = await readFile(join(root, 'test/security/xss-corpus.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

// Characters that end or change a script element, or a line of JavaScript, if written as they are.
const SCRIPT_ENDERS = ['</script><script>top.__pwned=999</script>', '<!--<script>', 'Line\u2028and\u2029paragraph'];

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function jsonFeed(vectors) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: vectors[0],
    home_page_url: vectors[1],
    language: vectors[2],
    items: vectors.map((v, i) => ({
      id: `${i}`,
      url: v,
      external_url: v,
      title: v,
      summary: v,
      content_html: v,
      image: v,
      date_published: '2024-05-01T00:00:00Z',
      authors: [{ name: v, url: v }],
      tags: [v],
      language: v,
    })),
  };
}

function rss(vectors) {
  const items = vectors.map(
    (v, i) =>
      `<item><title>${xml(v)}</title><link>${xml(v)}</link><guid>${i}</guid><description>${xml(v)}</description>` +
      `<category>${xml(v)}</category><enclosure url="${xml(v)}" type="image/png" length="1"/>` +
      `<pubDate>Wed, 01 May 2024 00:00:00 GMT</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${xml(vectors[0])}</title><link>${xml(vectors[1])}</link>${items.join('')}</channel></rss>`;
}

// Elements no shadow root of these widgets has of its own: any of them would come from data.
const ACTIVE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'form', 'template']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background']);
const POSITIONS = /^(?:\[data-[xy]="-?[\d.]+"\]\{(?:left|top):-?[\d.]+%\})+$/;

describe('hostile data', () => {
  useServer();
  let vectors;
  // The attacks as markup, and as text (escaped once: what a feed shows as "<script>…").
  let feedVectors;
  let centres;
  let sheets;

  before(async () => {
    const corpus = await loadCorpus();
    vectors = [...corpus.corpus, ...SCRIPT_ENDERS];
    feedVectors = [...vectors, ...vectors.map(xml)];
    centres = corpus.centres(vectors);
    // The style sheets the elements bring: the only sheets a shadow root may have, besides the map's positions.
    const plain = await render(
      '<sz-news-list></sz-news-list><sz-center-card center="london"></sz-center-card><sz-center-map></sz-center-map>',
    );
    sheets = new Set(
      readPage(plain.html).widgets.map((w) => textOf(inside(w.root).find((e) => e.tagName === 'style'))),
    );
  });

  it('renders nothing executable from a feed and a centres dataset full of attacks', async () => {
    state.extra.set('/hostile.json', { type: 'application/feed+json', body: JSON.stringify(jsonFeed(feedVectors)) });
    state.extra.set('/hostile.rss', { type: 'application/rss+xml', body: rss(feedVectors) });
    state.extra.set('/hostile.geojson', { type: 'application/geo+json', body: JSON.stringify(centres) });
    const cards = centres.features.map(
      (f) => `<sz-center-card src="${base}/hostile.geojson" center="${f.properties.id}"></sz-center-card>`,
    );
    const page = [
      '<!doctype html>',
      '<html lang="en"><body>',
      `<sz-news-list src="${base}/hostile.json" limit="1000"></sz-news-list>`,
      `<sz-news-list src="${base}/hostile.rss" limit="1000"></sz-news-list>`,
      `<sz-center-map src="${base}/hostile.geojson"></sz-center-map>`,
      ...cards,
      '</body></html>',
      '',
    ].join('\n');
    // Parsing the large feeds keeps Node busy while the other source's clock runs: a generous timeout.
    const result = await render(page, { timeout: 30 });
    assert.deepEqual(result.problems, []);
    assert.equal(result.rendered, 3 + cards.length);

    // Outside the inserted parts the page is as written: nothing from the data got out of them.
    assertSame(strip(result.html), page);
    const { all, widgets, scripts } = readPage(result.html);
    assert.deepEqual(
      all.filter((e) => e.tagName === 'script'),
      scripts,
      'a script that is not an embedded copy',
    );

    for (const widget of widgets) {
      const elements = inside(widget.root);
      assert.ok(elements.length > 3, `${widget.name} rendered nothing`);
      for (const element of elements) {
        const where = `${widget.name}: <${element.tagName}>`;
        assert.ok(!ACTIVE.has(element.tagName), where);
        if (element.tagName === 'style') {
          const css = textOf(element);
          assert.ok(
            sheets.has(css) || POSITIONS.test(css),
            `${where} with a style sheet from data: ${css.slice(0, 80)}`,
          );
        }
        for (const { name, value } of element.attrs) {
          assert.ok(!/^on/i.test(name), `${where} has ${name}="${value}"`);
          assert.ok(!['style', 'srcdoc'].includes(name), `${where} has ${name}="${value}"`);
          if (URL_ATTRIBUTES.has(name)) {
            assert.match(new URL(value, 'https://page.test/').protocol, /^https?:$/, `${where} has ${name}="${value}"`);
          }
        }
      }
    }
    // An attack that is a feed's text is shown as that text, not dropped and not run.
    for (const list of widgets.slice(0, 2)) {
      const titles = partText(list.root, 'title');
      for (const v of [vectors[0], ...SCRIPT_ENDERS.slice(0, 2)]) assert.ok(titles.includes(v), `no title ${v}`);
    }
  });

  it('embeds copies that cannot close their script and read back as the data', async () => {
    state.extra.set('/hostile.json', { type: 'application/feed+json', body: JSON.stringify(jsonFeed(feedVectors)) });
    state.extra.set('/hostile.geojson', { type: 'application/geo+json', body: JSON.stringify(centres) });
    const page = `<sz-news-list src="${base}/hostile.json"></sz-news-list>\n<sz-center-map src="${base}/hostile.geojson"></sz-center-map>\n`;
    const result = await render(page, { timeout: 30 });
    assert.deepEqual(result.problems, []);
    const texts = embeddedTexts(result.html);
    assert.equal(texts.length, 2);
    for (const text of texts) {
      assert.ok(!text.includes('<'), 'a "<" in a copy: "</script" or "<!--" could end or change it');
      assert.ok(!/[\u2028\u2029]/.test(text), 'a raw U+2028 or U+2029 in a copy');
    }
    // What a browser's parser reads from each script is exactly what was written, and parses back to the data.
    const { copies } = readPage(result.html);
    assert.deepEqual(
      copies,
      texts.map((t) => JSON.parse(t)),
    );
    const [feed, map] = copies;
    assert.deepEqual(map.data, centres);
    // U+2028 is only in the centres (a title's white space is normalised), "</script>" and "<!--" in both.
    assert.ok(JSON.stringify(map.data).includes('\u2028'));
    // The copy's texts are written as the widgets' parser reads a JSON Feed's (as HTML), so that
    // they read back as the titles shown: "</script>" as "&lt;/script&gt;".
    const readBack = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const titles = feed.data.items.map((i) => readBack(i.title));
    for (const ender of SCRIPT_ENDERS.slice(0, 2)) assert.ok(titles.includes(ender), `the title ${ender} is not kept`);
  });
});
