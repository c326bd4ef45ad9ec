// A build renders the same page again and again (the output is often the next build's input): a
// rendered page rendered again is the page rendered once, never more templates, copies or blank lines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertSame, base, LATER, NEWS_FEED, partText, readPage, render, state, strip, useServer } from './helpers.mjs';

const PAGES = {
  'an indented page with every widget and three datasets': () =>
    [
      '<!doctype html>',
      '<html lang="en">',
      '<body>',
      '  <main>',
      '    <sz-news-list limit="1"></sz-news-list>',
      `    <sz-news-list src="${base}/news.json"></sz-news-list>`,
      '    <sz-center-map for="card" selected="london"></sz-center-map>',
      '    <sz-center-card id="card"></sz-center-card>',
      '  </main>',
      '</body>',
      '</html>',
      '',
    ].join('\n'),
  'a byte-order mark, CRLF line ends and tabs': () =>
    '\uFEFF<!doctype html>\r\n<body>\r\n\t<sz-news-list>\r\n\t\t<a href="/news">All news</a>\r\n\t</sz-news-list>\r\n\t<sz-center-card center="london"></sz-center-card>\r\n</body>\r\n',
  'widgets inline in a paragraph, the first right after the byte-order mark': () =>
    '\uFEFF<sz-center-card center="london"></sz-center-card><p>News: <sz-news-list></sz-news-list> and more</p>',
};

const lines = (html) => html.split('\n').length;

describe('rendering a rendered page', () => {
  useServer();

  for (const [name, make] of Object.entries(PAGES)) {
    it(`gives the page rendered once: ${name}`, async () => {
      const page = make();
      const once = await render(page);
      assert.deepEqual(once.problems, []);
      const twice = await render(once.html);
      const thrice = await render(twice.html);
      assertSame(twice.html, once.html, 'the page rendered twice');
      assertSame(thrice.html, once.html, 'the page rendered three times');
      assert.equal(lines(thrice.html), lines(once.html));
      assert.equal(twice.rendered, once.rendered);
      assert.deepEqual(twice.styleHashes, once.styleHashes);
      const read = readPage(thrice.html);
      for (const w of read.widgets) assert.equal(w.shadowRoots, 1, `${w.name}: ${w.shadowRoots} shadow roots`);
      assert.equal(read.scripts.length, readPage(once.html).scripts.length);
      assertSame(strip(thrice.html), page);
    });
  }

  it('takes the data as it is now, and stamps the copy with the new time', async () => {
    const page = PAGES['an indented page with every widget and three datasets']();
    const once = await render(page);
    state.extra.set('/news.json', {
      type: 'application/feed+json',
      body: JSON.stringify({ ...NEWS_FEED, items: [{ ...NEWS_FEED.items[0], title: 'A newer headline' }] }),
    });
    const again = await render(once.html, { now: LATER });
    assert.deepEqual(again.problems, []);
    const read = readPage(again.html);
    for (const copy of read.copies) assert.equal(Date.parse(copy.savedAt), LATER);
    const served = read.copies.find((c) => c.src === `${base}/news.json`);
    assert.deepEqual(
      served.data.items.map((i) => i.title),
      ['A newer headline'],
    );
    assert.deepEqual(partText(read.widgets[1].root, 'title'), ['A newer headline']);
    assertSame(strip(again.html), page);
  });

  it('drops the copy of a dataset no widget shows any more', async () => {
    const once = await render(PAGES['an indented page with every widget and three datasets']());
    // The webmaster removes the served news list from the rendered page.
    const edited = once.html.replace(/ {4}<sz-news-list src=[^\n]*<\/sz-news-list>\n/, '');
    assert.notEqual(edited, once.html);
    const again = await render(edited);
    assert.deepEqual(
      readPage(again.html).copies.map((c) => c.dataset ?? c.src),
      ['news.json', 'centres.geojson'],
    );
  });

  it('takes a page whose widgets were all removed back to the page as written', async () => {
    const page = '<!doctype html>\n<body>\n  <p>Intro</p>\n  <sz-news-list></sz-news-list>\n</body>\n';
    const once = await render(page);
    const edited = once.html.replace(/<sz-news-list>[\s\S]*<\/sz-news-list>/, '');
    const again = await render(edited);
    assertSame(again.html, page.replace('<sz-news-list></sz-news-list>', ''));
  });
});
