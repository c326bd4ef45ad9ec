// What rendering adds to a page: a declarative shadow root per widget showing what the widget
// shows (styles included), and one embedded copy per dataset, before the first widget.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertSame,
  attr,
  base,
  inside,
  NOW,
  parts,
  partText,
  readPage,
  render,
  SERVED_TITLES,
  SHIPPED_CENTRES,
  SHIPPED_NEWS,
  state,
  strip,
  textOf,
  useServer,
} from './helpers.mjs';

const styles = (root) => inside(root).filter((e) => e.tagName === 'style');
const SHIPPED_TITLES = SHIPPED_NEWS.items.map((i) => i.title);
const CARD_NAME = (id, lang = 'en') =>
  SHIPPED_CENTRES.features.find((f) => f.properties.id === id).properties.name[lang];

describe('what rendering inserts', () => {
  useServer();

  it('gives the news list one shadow root, right after its start tag, with its styles and the shipped headlines', async () => {
    const page =
      '<!doctype html>\n<html lang="en">\n<body>\n<h1>News</h1>\n<sz-news-list></sz-news-list>\n</body>\n</html>\n';
    const result = await render(page);
    assert.deepEqual(result.problems, []);
    assert.equal(result.rendered, 1);
    assert.ok(
      result.html.includes('<sz-news-list><template shadowrootmode="open"><style>'),
      'no shadow root after the tag',
    );
    const [list] = readPage(result.html).widgets;
    assert.equal(list.shadowRoots, 1);
    const [sheet] = styles(list.root);
    assert.match(textOf(sheet), /:host\{display:block\}/, 'the element styles travel with the markup');
    assert.deepEqual(partText(list.root, 'title'), SHIPPED_TITLES);
    assert.deepEqual(partText(list.root, 'heading'), ['News']);
    // The light DOM is the page's: the widget's own markup is only in the shadow root.
    assert.equal(list.element.childNodes.length, 1);
  });

  it("gives the card its centre's name, and the map its list of centres with markers placed by a style sheet", async () => {
    const result = await render('<sz-center-card center="london"></sz-center-card>\n<sz-center-map></sz-center-map>');
    assert.deepEqual(result.problems, []);
    const [card, map] = readPage(result.html).widgets;
    assert.deepEqual(partText(card.root, 'name'), [CARD_NAME('london')]);
    assert.match(textOf(styles(card.root)[0]), /:host/);

    const items = parts(map.root, 'list-item').map((e) => textOf(e, true));
    assert.equal(items.length, SHIPPED_CENTRES.features.length);
    for (const { properties } of SHIPPED_CENTRES.features) {
      if (properties.city)
        assert.ok(
          items.some((t) => t.startsWith(properties.city.en)),
          properties.city.en,
        );
    }
    // Without a script nothing sets the markers' positions: a rule for each value must, or they pile up in a corner.
    const markers = parts(map.root, 'marker');
    assert.ok(markers.length >= 4, `${markers.length} markers`);
    const css = styles(map.root)
      .map((e) => textOf(e))
      .join('');
    for (const marker of markers) {
      assert.ok(css.includes(`[data-x="${attr(marker, 'data-x')}"]{left:${attr(marker, 'data-x')}%}`), 'left');
      assert.ok(css.includes(`[data-y="${attr(marker, 'data-y')}"]{top:${attr(marker, 'data-y')}%}`), 'top');
    }
  });

  it('embeds one copy per dataset before the first widget, shared by the widgets that show it, stamped with `now`', async () => {
    const page = [
      '<!doctype html>',
      '<p>Intro</p>',
      '<div class="news">',
      '  <sz-news-list></sz-news-list>',
      '</div>',
      `<sz-news-list src="${base}/news.json" limit="1"></sz-news-list>`,
      '<sz-center-card center="london"></sz-center-card>',
      '<sz-center-map></sz-center-map>',
      `<aside><sz-news-list src="${base}/news.json"></sz-news-list></aside>`,
      '',
    ].join('\n');
    const result = await render(page);
    assert.deepEqual(result.problems, []);
    assert.equal(result.rendered, 5);
    const { all, widgets, scripts, copies } = readPage(result.html);

    // Three datasets, three copies, all parsed before the first widget; each names its kind of
    // data (by the shipped dataset of that kind) and, when read from a src, that src.
    assert.deepEqual(
      copies.map((c) => [c.dataset, c.src]),
      [
        ['news.json', undefined],
        ['news.json', `${base}/news.json`],
        ['centres.geojson', undefined],
      ],
    );
    const first = all.indexOf(widgets[0].element);
    for (const script of scripts) {
      assert.ok(all.indexOf(script) < first, 'a copy after the first widget');
      assert.equal(script.parentNode, widgets[0].element.parentNode);
      assert.equal(attr(script, 'type'), 'application/json', 'a copy that is not inert JSON');
    }
    // The indentation of the first widget's line is kept for the lines inserted before it.
    const indented =
      /\n {2}<script type="application\/json" data-sz-embedded>[^\n]*\n {2}<script[^\n]*\n {2}<script[^\n]*\n {2}<sz-news-list>/;
    assert.ok(indented.test(result.html), 'the copies are not on lines of their own, indented as the widget');

    for (const copy of copies) assert.equal(Date.parse(copy.savedAt), NOW);
    const [shipped, served, centres] = copies;
    assert.deepEqual(
      shipped.data.items.map((i) => i.title),
      SHIPPED_TITLES,
    );
    assert.deepEqual(
      served.data.items.map((i) => i.title),
      SERVED_TITLES,
    );
    assert.deepEqual(centres.data, SHIPPED_CENTRES);
    // Two widgets, one address: asked once.
    assert.equal(state.requests.filter((p) => p === '/news.json').length, 1);
    assert.deepEqual(partText(widgets[1].root, 'title'), SERVED_TITLES.slice(0, 1));
    assert.deepEqual(partText(widgets[4].root, 'title'), SERVED_TITLES);
  });

  it('reads one src as the kind of data each widget shows: a map renders it even where a news list cannot', async () => {
    const page = `<sz-news-list src="${base}/centres.geojson"></sz-news-list>\n<sz-center-map src="${base}/centres.geojson"></sz-center-map>\n`;
    const result = await render(page);
    const { widgets, copies } = readPage(result.html);
    // The news list fails as a feed, and says so; the map, read as centres, is rendered.
    assert.equal(result.rendered, 1);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0].widget, /^<sz-news-list /);
    assert.equal(widgets[0].root, undefined, 'the news list was given a shadow root');
    assert.ok(partText(widgets[1].root, 'list-item').length > 0, 'the map has no list of centres');
    assert.deepEqual(
      copies.map((c) => [c.dataset, c.src]),
      [['centres.geojson', `${base}/centres.geojson`]],
    );
  });

  it("ends the copies' lines as the page ends its own: CRLF on a CRLF page, LF otherwise", async () => {
    const lines = ['<!doctype html>', '<body>', '  <sz-center-card center="london"></sz-center-card>', '</body>', ''];
    for (const eol of ['\r\n', '\n']) {
      const { html } = await render(lines.join(eol));
      assert.match(html, new RegExp(`data-sz-embedded>[^<]*</script>${eol}  <sz-center-card`));
      assert.equal(
        html.replace(/\r\n/g, '').includes('\n'),
        eol === '\n',
        `a line break other than ${JSON.stringify(eol)}`,
      );
    }
  });

  it('leaves the widgets inside a <template> alone, and embeds no copy for them', async () => {
    const kept =
      '<template id="later">\n  <sz-news-list></sz-news-list>\n  <sz-center-map></sz-center-map>\n</template>';
    const page = `${kept}\n<sz-center-card center="london"></sz-center-card>\n`;
    const result = await render(page);
    assert.equal(result.rendered, 1);
    assert.ok(result.html.startsWith(kept), 'the template changed');
    assert.deepEqual(
      readPage(result.html).copies.map((c) => c.dataset),
      ['centres.geojson'],
    );
  });

  it('speaks the language the widget inherits from its ancestors, unless it names its own', async () => {
    const page = [
      '<html lang="en"><body>',
      '<section lang="zh-Hans">',
      '  <sz-news-list></sz-news-list>',
      '  <div><sz-center-card center="london"></sz-center-card></div>',
      '  <sz-news-list lang="en"></sz-news-list>',
      '</section>',
      '<sz-news-list></sz-news-list>',
      '</body></html>',
    ].join('\n');
    const result = await render(page);
    assert.deepEqual(result.problems, []);
    const [chinese, card, ownLang, english] = readPage(result.html).widgets;
    assert.deepEqual(partText(chinese.root, 'heading'), ['新闻']);
    assert.equal(partText(chinese.root, 'date')[0], '2017年5月12日');
    assert.match(chinese.text, /在新标签页中打开/);
    assert.deepEqual(partText(card.root, 'name'), [CARD_NAME('london', 'zh-Hans')]);
    for (const w of [ownLang, english]) {
      assert.deepEqual(partText(w.root, 'heading'), ['News']);
      assert.equal(partText(w.root, 'date')[0], 'May 12, 2017');
    }
    // The language is given to the renderer, not written into the page.
    assertSame(strip(result.html), page);
  });

  it("shows a map's selected centre in the card it is linked to (for=), wherever the card stands", async () => {
    const page = [
      '<sz-center-card id="detail"></sz-center-card>',
      '<sz-center-map for="detail" selected="tel-aviv"></sz-center-map>',
      '<sz-center-card id="unlinked"></sz-center-card>',
      '<sz-center-map for="own" selected="toronto"></sz-center-map>',
      '<sz-center-card id="own" center="london"></sz-center-card>',
    ].join('\n');
    const result = await render(page);
    assert.deepEqual(result.problems, []);
    const [detail, map, unlinked, , own] = readPage(result.html).widgets;
    assert.deepEqual(partText(detail.root, 'name'), [CARD_NAME('tel-aviv')]);
    assert.deepEqual(
      parts(map.root, 'selected').map((e) => attr(e, 'data-id')),
      ['tel-aviv'],
    );
    // A card with no centre and no map: its prompt, no centre.
    assert.deepEqual(partText(unlinked.root, 'name'), []);
    assert.match(unlinked.text, /Choose a centre on the map/i);
    // A card's own centre is the one it shows.
    assert.deepEqual(partText(own.root, 'name'), [CARD_NAME('london')]);
  });
});
