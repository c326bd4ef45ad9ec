// Where the data comes from at build time, and what happens when it cannot be read: the widget is
// left as it was (it loads in the browser, as on a page never rendered), the command says which and
// why and exits 1, the other widgets are rendered and the page is still written. A page rendered
// before keeps its earlier copy of a source that fails now.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  assertSame,
  base,
  cli,
  dir,
  NEWS_FEED,
  NOW,
  LATER,
  partText,
  readPage,
  render,
  RSS_TITLE,
  SERVED_CENTRES,
  SERVED_TITLES,
  state,
  strip,
  useServer,
} from './helpers.mjs';

/** Writes `page` into this test's directory and renders it with the command (1 s timeout). */
async function renderFile(page, ...args) {
  const input = join(dir, 'page.html');
  const output = join(dir, 'out.html');
  await writeFile(input, page);
  const run = await cli(input, '--out', output, '--timeout', '1', ...args);
  return { ...run, input, output, html: await readFile(output, 'utf8') };
}

const NEWS_FAILURES = [
  ['a 404', '/missing.json', /^HTTP 404 Not Found/],
  ['a 500', '/500', /^HTTP 500 Internal Server Error/],
  ['a server that never answers', '/hang', /^no complete answer within 1 s/],
  ['a truncated body', '/truncated.json', /^the request failed \(terminated/],
  ['an HTML page where a feed was expected', '/maintenance.json', /HTML page, not a feed/],
  ['a text that is neither XML nor JSON', '/plain.txt', /neither XML nor JSON/],
  ['JSON that is not a feed', '/not-a-feed.json', /not a JSON Feed/],
];

describe('a source that cannot be read', () => {
  useServer();

  for (const [name, path, why] of NEWS_FAILURES) {
    it(`leaves its widget as it was, says so and exits 1, and renders the others: ${name}`, async () => {
      const failing = `<sz-news-list src="${base}${path}" limit="2"></sz-news-list>`;
      const page = `<!doctype html>\n<body>\n  ${failing}\n  <sz-news-list src="${base}/rss.xml"></sz-news-list>\n  <sz-center-card center="london"></sz-center-card>\n</body>\n`;
      const run = await renderFile(page);
      assert.equal(run.code, 1, run.err.join('\n'));
      // The page is written all the same, the failing widget exactly as it was.
      assert.ok(run.html.includes(failing), 'the failing widget changed');
      assertSame(strip(run.html), page);
      const [left, rss, card] = readPage(run.html).widgets;
      assert.equal(left.root, undefined, 'a shadow root for a widget without data');
      assert.deepEqual(partText(rss.root, 'title'), [RSS_TITLE]);
      assert.ok(card.root);
      // No copy of data that was not read: the element loads it in the browser.
      assert.deepEqual(
        readPage(run.html).copies.map((c) => c.src ?? c.dataset),
        [`${base}/rss.xml`, 'centres.geojson'],
      );
      // One line names the widget and says why; the summary counts what was left.
      const problems = run.err.filter((l) => l.startsWith('sz-widgets render: '));
      assert.equal(problems.length, 1, run.err.join('\n'));
      const prefix = `sz-widgets render: <sz-news-list src="${base}${path}" limit="2">: ${base}${path}: `;
      assert.ok(problems[0].startsWith(prefix), problems[0]);
      assert.match(problems[0].slice(prefix.length), why);
      assert.ok(
        run.err.includes(`${run.output}: 2 widgets prerendered, 1 left to load in the browser.`),
        run.err.join('\n'),
      );
    });
  }

  it('leaves the card and the map of a centres source that is not GeoJSON, each named', async () => {
    const card = `<sz-center-card src="${base}/not-centres.geojson" center="london"></sz-center-card>`;
    const map = `<sz-center-map src="${base}/maintenance.json"></sz-center-map>`;
    const page = `${card}\n${map}\n<sz-news-list></sz-news-list>\n`;
    const run = await renderFile(page);
    assert.equal(run.code, 1);
    assertSame(strip(run.html), page);
    const problems = run.err.filter((l) => l.startsWith('sz-widgets render: '));
    assert.deepEqual(
      problems.map((l) => l.slice(0, l.indexOf('>: ') + 1)),
      [
        `sz-widgets render: ${card.slice(0, card.indexOf('>') + 1)}`,
        `sz-widgets render: ${map.slice(0, map.indexOf('>') + 1)}`,
      ],
    );
    assert.match(problems[0], /not-centres\.geojson: /);
    assert.match(problems[1], /maintenance\.json: .*not valid JSON/);
    assert.ok(
      run.err.includes(`${run.output}: 1 widget prerendered, 2 left to load in the browser.`),
      run.err.join('\n'),
    );
  });

  for (const src of ['ftp://example.test/news.json', 'data:application/json,{}', 'javascript:alert(1)']) {
    it(`leaves a widget whose src is neither http(s) nor a file: ${src}`, async () => {
      const result = await render(
        `<sz-news-list src="${src}"></sz-news-list><sz-center-card center="london"></sz-center-card>`,
      );
      assert.equal(result.rendered, 1);
      assert.deepEqual(result.problems, [
        { widget: `<sz-news-list src="${src}">`, message: `"${src}" is neither an http(s) address nor a file` },
      ]);
    });
  }

  it('gives up on a source after the timeout option, not the default 10 s', async () => {
    const started = Date.now();
    const result = await render(`<sz-news-list src="${base}/hang"></sz-news-list>`, { timeout: 0.3 });
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.equal(result.rendered, 0);
    assert.match(result.problems[0].message, /within 0\.3 s/);
  });

  it('reads a feed a server labels with a wrong content type by its body, as the elements do', async () => {
    const result = await render(`<sz-news-list src="${base}/mislabelled.json"></sz-news-list>`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(partText(readPage(result.html).widgets[0].root, 'title'), SERVED_TITLES);
  });
});

describe('a rendered page whose source fails now', () => {
  useServer();

  it('keeps the earlier copy, with its time, and renders the widget from it (renderPage)', async () => {
    const page = `<main>\n  <sz-news-list src="${base}/news.json"></sz-news-list>\n  <sz-center-card center="london" src="${base}/centres.geojson"></sz-center-card>\n</main>\n`;
    const once = await render(page);
    assert.deepEqual(once.problems, []);
    state.fail.add('/news.json');
    state.fail.add('/centres.geojson');
    const again = await render(once.html, { now: LATER });
    // The same page as before: same copies (same savedAt), same shadow roots.
    assertSame(again.html, once.html);
    assert.equal(again.rendered, 2);
    assert.deepEqual(
      again.problems.map((p) => p.widget),
      [`<sz-news-list src="${base}/news.json">`, `<sz-center-card center="london" src="${base}/centres.geojson">`],
    );
    assert.deepEqual(
      again.problems.map((p) => p.message),
      ['news.json', 'centres.geojson'].map(
        (f) => `${base}/${f}: HTTP 500 Internal Server Error; shown from the earlier copy`,
      ),
    );
    const read = readPage(again.html);
    for (const copy of read.copies) assert.equal(Date.parse(copy.savedAt), NOW);
    assert.deepEqual(partText(read.widgets[0].root, 'title'), SERVED_TITLES);
    assert.deepEqual(partText(read.widgets[1].root, 'name'), ['Served London centre']);
  });

  it("leaves the widget as it was when the earlier copy no longer reads either, with the source's failure alone", async () => {
    const page = `<sz-news-list src="${base}/news.json"></sz-news-list>\n`;
    const once = await render(page);
    // The copy's data spoiled (as a hand edit might): it holds no feed.
    const spoiled = once.html.replace(/"data":\{.*\}\}<\/script>/, '"data":"no feed"}</script>');
    assert.notEqual(spoiled, once.html);
    state.fail.add('/news.json');
    const again = await render(spoiled, { now: LATER });
    assert.equal(again.rendered, 0);
    assert.equal(again.left, 1);
    assert.deepEqual(
      again.problems.map((p) => p.message),
      [`${base}/news.json: HTTP 500 Internal Server Error`],
    );
    // Left as it was: the widget keeps its shadow root from the earlier run (the element shows it
    // until its own load), and the copy that no longer reads is gone; the page is otherwise the same.
    assertSame(strip(again.html), page);
    const read = readPage(again.html);
    assert.equal(read.copies.length, 0);
    assert.equal(read.widgets[0].shadowRoots, 1);
  });

  it('keeps the earlier copy through the command, exits 1 and counts the widget as prerendered', async () => {
    const page = `<sz-news-list src="${base}/news.json"></sz-news-list>\n<sz-news-list></sz-news-list>\n`;
    const first = await renderFile(page);
    assert.equal(first.code, 0, first.err.join('\n'));
    const [earlier] = readPage(first.html).copies;
    state.fail.add('/news.json');
    // The rendered page is the next build's input.
    await writeFile(first.input, first.html);
    const second = await cli(first.input, '--out', first.output, '--timeout', '1');
    assert.equal(second.code, 1);
    const html = await readFile(first.output, 'utf8');
    const read = readPage(html);
    assert.deepEqual(read.copies[0], earlier);
    assert.deepEqual(partText(read.widgets[0].root, 'title'), SERVED_TITLES);
    assert.deepEqual(second.err.slice(0, 2), [
      `sz-widgets render: <sz-news-list src="${base}/news.json">: ${base}/news.json: HTTP 500 Internal Server Error; shown from the earlier copy`,
      `${first.output}: 2 widgets prerendered.`,
    ]);
  });
});

describe('a relative src', () => {
  useServer();

  it('resolves against --base-url when it is given', async () => {
    const page =
      '<sz-news-list src="feeds/news.json"></sz-news-list>\n<sz-center-card src="/centres.geojson" center="london"></sz-center-card>\n';
    const run = await renderFile(page, '--base-url', `${base}/site/index.html`);
    assert.equal(run.code, 0, run.err.join('\n'));
    assert.deepEqual(state.requests.sort(), ['/centres.geojson', '/site/feeds/news.json']);
    const read = readPage(run.html);
    assert.deepEqual(partText(read.widgets[0].root, 'title'), SERVED_TITLES);
    assert.deepEqual(partText(read.widgets[1].root, 'name'), ['Served London centre']);
    // The copies name the src as written: what the element looks its copy up by.
    assert.deepEqual(
      read.copies.map((c) => c.src),
      ['feeds/news.json', '/centres.geojson'],
    );
  });

  it("resolves against the page's <base href>, as the browser does", async () => {
    const page = '<!doctype html>\n<head><base href="/feeds/"></head>\n<sz-news-list src="news.json"></sz-news-list>\n';
    const run = await renderFile(page, '--base-url', `${base}/site/index.html`);
    assert.equal(run.code, 0, run.err.join('\n'));
    assert.deepEqual(state.requests, ['/feeds/news.json']);
    assert.deepEqual(partText(readPage(run.html).widgets[0].root, 'title'), SERVED_TITLES);
    // A page file with a relative <base href>: against the file's location, then the base.
    await mkdir(join(dir, 'site'));
    await mkdir(join(dir, 'shared'));
    await writeFile(join(dir, 'shared/centres.geojson'), JSON.stringify(SERVED_CENTRES));
    const input = join(dir, 'site/page.html');
    await writeFile(
      input,
      '<base href="../shared/">\n<sz-center-card src="centres.geojson" center="london"></sz-center-card>\n',
    );
    const local = await cli(input);
    assert.equal(local.code, 0, local.err.join('\n'));
    assert.deepEqual(partText(readPage(local.stdout.join('')).widgets[0].root, 'name'), ['Served London centre']);
  });

  it('names the address it asked, resolved, when a relative src fails', async () => {
    const page = '<base href="/feeds/">\n<sz-news-list src="old/news.json"></sz-news-list>\n';
    const run = await renderFile(page, '--base-url', `${base}/site/index.html`);
    assert.equal(run.code, 1);
    assert.equal(
      run.err[0],
      `sz-widgets render: <sz-news-list src="old/news.json">: ${base}/feeds/old/news.json: HTTP 404 Not Found`,
    );
  });

  it("resolves against the page file's own location without --base-url, wherever the command runs", async () => {
    await mkdir(join(dir, 'site/data'), { recursive: true });
    await mkdir(join(dir, 'shared'));
    const feed = { ...NEWS_FEED, items: [{ ...NEWS_FEED.items[0], title: 'A headline from a file' }] };
    await writeFile(join(dir, 'site/data/news.json'), JSON.stringify(feed));
    await writeFile(join(dir, 'shared/centres.geojson'), JSON.stringify(SERVED_CENTRES));
    const page =
      '<sz-news-list src="data/news.json"></sz-news-list>\n<sz-center-card src="../shared/centres.geojson" center="boston"></sz-center-card>\n<sz-news-list src="data/missing.json"></sz-news-list>\n';
    const input = join(dir, 'site/page.html');
    await writeFile(input, page);
    // The page named relative to the working directory (the repository), which has no data/ of its own.
    const run = await cli(relative(process.cwd(), input));
    assert.equal(run.code, 1);
    const read = readPage(run.stdout.join(''));
    assert.deepEqual(partText(read.widgets[0].root, 'title'), ['A headline from a file']);
    assert.deepEqual(partText(read.widgets[1].root, 'name'), ['Served Boston centre']);
    assert.ok(
      run.err[0].includes(
        `<sz-news-list src="data/missing.json">: ${join(dir, 'site/data/missing.json')}: cannot read the file`,
      ),
    );
    assert.deepEqual(state.requests, []);
    // renderPage does the same with the page's address as baseUrl.
    const result = await render(page, { baseUrl: pathToFileURL(input).href });
    assert.equal(result.rendered, 2);
  });
});
