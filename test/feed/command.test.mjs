// `sz-widgets feed` against a local server that plays the publishers, good and bad: every source
// kind, every fault, merging, 304s, idempotence, atomic writes. Needs dist/ (npm test builds it).
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { run } from '../../dist/feed/cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const day = (d) => `2024-05-${String(d).padStart(2, '0')}`;
const rss = (items, extra = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.test/</link>${extra}${items
    .map((i) => `<item><title>${i.title}</title><link>${i.url}</link><guid>${i.url}</guid><pubDate>${new Date(i.date + 'T10:00:00Z').toUTCString()}</pubDate><description>${i.summary ?? 'Summary'}</description></item>`)
    .join('')}</channel></rss>`;
const jsonFeed = (items) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bureau',
    language: 'en',
    items: items.map((i) => ({ id: i.url, url: i.url, title: i.title, content_text: 'Text', date_published: `${i.date}T08:00:00Z` })),
  });
const ARTICLE = `<!doctype html><html lang="en"><head><title>Site — Centres</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Seven centres open abroad","datePublished":"2024-05-20T09:00:00Z","description":"Shenzhen opened seven overseas innovation centres."}</script>
<link rel="canonical" href="/news/centres.html"></head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Seven centres open abroad</h1><p>Shenzhen opened seven overseas innovation centres on one day, from San Francisco to Tel Aviv.</p></article></main></body></html>`;

/** The publishers: each path one behaviour; `state` changes it between runs. */
const state = { rssItems: [{ title: 'Wire one', url: 'https://wire.test/1', date: day(10) }, { title: 'Wire two', url: 'https://wire.test/2', date: day(12) }], fail: new Set(), requests: [] };
let server;
let base;
function serve(req, res) {
  const path = new URL(req.url, 'http://x').pathname;
  state.requests.push({ path, headers: req.headers });
  if (state.fail.has(path)) {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    return res.end('down');
  }
  const send = (type, body, headers = {}) => {
    res.writeHead(200, { 'Content-Type': type, ...headers });
    res.end(body);
  };
  switch (path) {
    case '/rss.xml': {
      const body = rss(state.rssItems);
      const etag = `"${Buffer.from(body).length}-${state.rssItems.length}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag });
        return res.end();
      }
      return send('application/rss+xml', body, { ETag: etag });
    }
    case '/feed.json':
      return send('application/feed+json', jsonFeed([{ title: 'Bureau one', url: 'https://bureau.test/1', date: day(11) }, { title: 'Wire two again', url: 'https://wire.test/2', date: day(12) }]));
    case '/news/centres.html':
      return send('text/html; charset=utf-8', ARTICLE);
    case '/news/second.html':
      return send('text/html; charset=utf-8', ARTICLE.replaceAll('Seven centres open abroad', 'A second article').replace('2024-05-20', '2024-05-21').replace('/news/centres.html', '/news/second.html'));
    case '/list.html':
      return send(
        'text/html',
        '<!doctype html><html><body><nav><a href="/">Home</a></nav><ul class="news"><li><a href="/news/centres.html">Seven centres</a></li><li><a href="/news/second.html">Second</a></li><li><a href="https://elsewhere.test/x.html">Elsewhere</a></li><li><a href="/news/missing.html">Missing</a></li></ul></body></html>',
      );
    case '/hostile.json':
      return send(
        'application/feed+json',
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'x',
          items: [{ id: 'h1', url: 'javascript:alert(1)', external_url: 'https://hostile.test/1', title: '<img src=x onerror=alert(1)>Title', content_html: '<script>alert(2)</script><b onmouseover=alert(3)>Bold</b> text', image: 'javascript:alert(4)', date_published: `${day(1)}T00:00:00Z`, tags: ['<b onclick=alert(5)>tag</b>'] }],
        }),
      );
    case '/404':
      res.writeHead(404);
      return res.end('no');
    case '/429':
      res.writeHead(429, { 'Retry-After': '120' });
      return res.end();
    case '/slow.xml':
      return setTimeout(() => send('application/rss+xml', rss([])), 3000);
    case '/truncated.xml':
      res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': '5000' });
      res.write(rss(state.rssItems).slice(0, 100));
      return setTimeout(() => res.destroy(), 50);
    case '/html-instead.xml':
      return send('text/html', '<!doctype html><html><body><h1>Maintenance</h1><p>We will be back soon.</p></body></html>');
    case '/huge.json':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"version":"https://jsonfeed.org/version/1.1","items":[');
      return res.end(' '.repeat(20_000_000) + ']}');
    case '/loop':
      res.writeHead(302, { Location: '/loop' });
      return res.end();
    default:
      res.writeHead(404);
      return res.end();
  }
}

let dir;
const out = () => join(dir, 'news.json');
async function feed(...args) {
  const lines = { out: [], err: [] };
  const code = await run([...args, '--out', out(), '--timeout', '1'], { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) }, dir);
  return { code, ...lines };
}
const read = async () => JSON.parse(await readFile(out(), 'utf8'));
const titles = async () => (await read()).items.map((i) => i.title);

describe('sz-widgets feed', () => {
  before(async () => {
    server = createServer(serve);
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((r) => server.close(r)));
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sz-feed-'));
    state.fail.clear();
    state.requests.length = 0;
  });

  it('merges an RSS feed, a JSON Feed and an HTML article into one JSON Feed, newest first, one item per URL', async () => {
    const r = await feed(`${base}/rss.xml`, `${base}/feed.json`, `${base}/news/centres.html`);
    assert.equal(r.code, 0, r.err.join('\n'));
    const data = await read();
    assert.equal(data.version, 'https://jsonfeed.org/version/1.1');
    assert.deepEqual(data.items.map((i) => i.title), ['Seven centres open abroad', 'Wire two', 'Bureau one', 'Wire one']);
    const article = data.items[0];
    assert.equal(article.url, `${base}/news/centres.html`);
    assert.equal(article.date_published, '2024-05-20T09:00:00.000Z');
    assert.match(article.summary, /seven overseas innovation centres/);
    assert.deepEqual(data.items.map((i) => i._sz.source), [`${base}/news/centres.html`, `${base}/rss.xml`, `${base}/feed.json`, `${base}/rss.xml`]);
    assert.equal(data.items[2].language, 'en');
    assert.match(r.err[0], /^ok +http.*rss\.xml: 2 items/);
    assert.ok(state.requests.every((q) => /sz-widgets-feed/.test(q.headers['user-agent'])), 'a clear User-Agent');
  });

  for (const [name, path, why] of [
    ['404', '/404', /HTTP 404/],
    ['500', '/500', /HTTP 500/],
    ['429 with Retry-After', '/429', /HTTP 429.*retry after 120 s.*skipped this run/],
    ['a timeout', '/slow.xml', /within 1 s/],
    ['a truncated body', '/truncated.xml', /request failed|not well-formed/],
    ['an HTML page where a feed was expected', '/html-instead.xml', /HTML page where a feed was expected/],
    ['a 20 MB body', '/huge.json', /larger than 5 MB/],
    ['a redirect loop', '/loop', /more than 5 redirects/],
  ]) {
    it(`keeps everything else, and the failing source's earlier items, on ${name}`, async () => {
      if (path === '/500') state.fail.add('/500');
      // A first run in which the source worked: its items are in the file.
      const first = await feed(`${base}/feed.json`, `${base}/rss.xml`);
      assert.equal(first.code, 0);
      // Now rss.xml is replaced by the faulty address under the same name: as a config would have it.
      const cfg = join(dir, 'sources.json');
      await writeFile(cfg, JSON.stringify({ sources: [`${base}/feed.json`, `${base}/rss.xml`] }));
      state.fail.add('/rss.xml');
      const second = await feed('--config', cfg, `${base}${path}`);
      assert.equal(second.code, 1, second.err.join('\n'));
      const failures = second.err.filter((l) => l.startsWith('FAILED'));
      assert.equal(failures.length, 2, second.err.join('\n'));
      assert.match(failures.find((l) => l.includes(path)), why);
      // Its one item in the file (the other had the same URL as feed.json's) stays.
      assert.match(failures.find((l) => l.includes('/rss.xml')), /HTTP 500 Internal Server Error; 1 earlier item kept/);
      // feed.json's "Wire two again" has the same URL as rss.xml's "Wire two": one item, the first source's.
      assert.deepEqual(await titles(), ['Wire two again', 'Bureau one', 'Wire one']);
    });
  }

  it('leaves the previous file untouched when every source fails, and writes nothing without one', async () => {
    state.fail.add('/rss.xml');
    const none = await feed(`${base}/rss.xml`);
    assert.equal(none.code, 2);
    await assert.rejects(stat(out()));
    state.fail.clear();
    await feed(`${base}/rss.xml`);
    const before = await readFile(out(), 'utf8');
    state.fail.add('/rss.xml');
    const failed = await feed(`${base}/rss.xml`);
    assert.equal(failed.code, 1);
    assert.equal(await readFile(out(), 'utf8'), before);
    assert.match(failed.err.at(-1), /not written: no source could be read; the earlier file is untouched/);
  });

  it('asks with If-None-Match, keeps the items on a 304, and writes a byte-identical file when nothing changed', async () => {
    await feed(`${base}/rss.xml`, `${base}/feed.json`);
    const first = await readFile(out(), 'utf8');
    const { mtimeMs } = await stat(out());
    state.requests.length = 0;
    const again = await feed(`${base}/rss.xml`, `${base}/feed.json`);
    assert.equal(again.code, 0);
    assert.ok(state.requests.find((q) => q.path === '/rss.xml').headers['if-none-match'], 'conditional request');
    assert.match(again.err[0], /^same +.*rss\.xml: not modified, 2 items kept/);
    assert.equal(await readFile(out(), 'utf8'), first);
    assert.equal((await stat(out())).mtimeMs, mtimeMs, 'not rewritten');
  });

  it('never lets a reader see half a file', async () => {
    state.rssItems = Array.from({ length: 300 }, (_, i) => ({ title: `Item ${i}`, url: `https://wire.test/${i}`, date: day(1 + (i % 28)), summary: 'x'.repeat(2000) }));
    try {
      await feed(`${base}/rss.xml`);
      let reads = 0;
      let running = true;
      const reader = (async () => {
        while (running) {
          JSON.parse(await readFile(out(), 'utf8'));
          reads++;
          await new Promise((r) => setImmediate(r));
        }
      })();
      state.rssItems = state.rssItems.map((i) => ({ ...i, title: `${i.title}!` }));
      for (let n = 0; n < 3; n++) await feed(`${base}/rss.xml`, '--limit', String(100 + n));
      running = false;
      await reader;
      assert.ok(reads > 0);
    } finally {
      state.rssItems = [{ title: 'Wire one', url: 'https://wire.test/1', date: day(10) }, { title: 'Wire two', url: 'https://wire.test/2', date: day(12) }];
    }
  });

  it('follows the links of a listing page (same site only) and reads each as an article', async () => {
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ sources: [{ url: `${base}/list.html`, follow: 'ul.news a', limit: 5 }] }));
    const r = await feed('--config', 'sources.json');
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.deepEqual(await titles(), ['A second article', 'Seven centres open abroad']);
    assert.ok(!state.requests.some((q) => q.path.includes('elsewhere')), 'no request to another site');
  });

  it('keeps --limit items, newest first', async () => {
    const r = await feed(`${base}/rss.xml`, `${base}/feed.json`, '--limit', '2');
    assert.equal(r.code, 0);
    assert.deepEqual(await titles(), ['Wire two', 'Bureau one']);
  });

  it('keeps hostile content plain text and drops unsafe links', async () => {
    const r = await feed(`${base}/hostile.json`);
    assert.equal(r.code, 0, r.err.join('\n'));
    const [item] = (await read()).items;
    assert.equal(item.title, 'Title');
    assert.equal(item.summary, 'Bold text');
    assert.equal(item.url, 'https://hostile.test/1');
    assert.equal(item.image, undefined);
    assert.deepEqual(item.tags, ['tag']);
    assert.doesNotMatch(JSON.stringify(item), /<|javascript:/i);
  });

  it('reads local files and a config, command-line options winning', async () => {
    await writeFile(join(dir, 'local.xml'), rss([{ title: 'Local', url: 'https://local.test/1', date: day(3) }]));
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ title: 'From config', language: 'zh-Hans', sources: ['local.xml'] }));
    const r = await feed('--config', 'sources.json', '--title', 'From the command line');
    assert.equal(r.code, 0, r.err.join('\n'));
    const data = await read();
    assert.equal(data.title, 'From the command line');
    assert.equal(data.language, 'zh-Hans');
    assert.deepEqual(data.items.map((i) => [i.title, i._sz.source]), [['Local', 'local.xml']]);
  });

  it('says what is wrong with bad arguments or a bad config, and writes nothing', async () => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ sources: [{ href: 'x' }] }));
    for (const args of [[], ['--config', 'bad.json'], ['--limit', 'many', `${base}/rss.xml`], ['--bogus', `${base}/rss.xml`], ['ftp://x/feed']]) {
      const r = await feed(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err[0], /^sz-widgets feed: /);
    }
    await assert.rejects(stat(out()));
  });

  it('works from the package bin on local files, and writes exactly the fixture the browser tests render', async () => {
    // test/fixtures/feed-output/news.json is this command's output: test/news-list/feed-output.test.ts
    // shows it in <sz-news-list> in every browser.
    const target = join(dir, 'x.json');
    const args = ['bin/sz-widgets.js', 'feed', 'test/fixtures/feeds/rss2.xml', 'test/fixtures/feeds/jsonfeed-1.1.json', 'test/fixtures/feed-sources/article-jsonld.html', '--title', 'Fixture news', '--language', 'en', '--out', target];
    const { stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
    assert.match(stderr, /x\.json: 10 items from 3 sources\./);
    assert.equal(await readFile(target, 'utf8'), await readFile(join(root, 'test/fixtures/feed-output/news.json'), 'utf8'));
  });

  it('ships a GitHub Actions workflow that is valid YAML and runs the documented command', async () => {
    const flow = yaml.load(await readFile(join(root, 'examples/github-actions/news-feed.yml'), 'utf8'));
    assert.ok(flow.on.schedule[0].cron);
    const steps = flow.jobs.build.steps.map((s) => s.run ?? '').join('\n');
    assert.match(steps, /npx --yes sz-widgets feed --config sources\.json --out public\/news\.json/);
    const sources = JSON.parse(await readFile(join(root, 'examples/sources.json'), 'utf8'));
    assert.ok(sources.sources.length > 0);
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
});
