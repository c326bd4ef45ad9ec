// Shared by test/feed/command-*.test.mjs: a local server that plays the publishers, good and bad,
// and a way to run `sz-widgets feed` against it in a fresh directory per test. Not a test file
// itself (no .test.mjs), so `node --test test/feed/*.test.mjs` does not run it on its own.
// Needs dist/ (npm test builds it).
import { after, before, beforeEach } from 'node:test';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../dist/feed/cli.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const day = (d) => `2024-05-${String(d).padStart(2, '0')}`;
export const rss = (items, extra = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.test/</link>${extra}${items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.url}</link><guid>${i.url}</guid><pubDate>${new Date(i.date + 'T10:00:00Z').toUTCString()}</pubDate><description>${i.summary ?? 'Summary'}</description></item>`,
    )
    .join('')}</channel></rss>`;
const jsonFeed = (items) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bureau',
    language: 'en',
    items: items.map((i) => ({
      id: i.url,
      url: i.url,
      title: i.title,
      content_text: 'Text',
      date_published: `${i.date}T08:00:00Z`,
    })),
  });
const ARTICLE = `<!doctype html><html lang="en"><head><title>Site — Centres</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Seven centres open abroad","datePublished":"2024-05-20T09:00:00Z","description":"Shenzhen opened seven overseas innovation centres."}</script>
<link rel="canonical" href="/news/centres.html"></head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Seven centres open abroad</h1><p>Shenzhen opened seven overseas innovation centres on one day, from San Francisco to Tel Aviv.</p></article></main></body></html>`;

/** The publishers: each path one behaviour; `state` changes it between runs. */
export const state = {
  rssItems: [
    { title: 'Wire one', url: 'https://wire.test/1', date: day(10) },
    { title: 'Wire two', url: 'https://wire.test/2', date: day(12) },
  ],
  fail: new Set(),
  requests: [],
};
let server;
/** The server's origin, set once it listens (a live binding: read it inside tests). */
export let base;
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
      return send(
        'application/feed+json',
        jsonFeed([
          { title: 'Bureau one', url: 'https://bureau.test/1', date: day(11) },
          { title: 'Wire two again', url: 'https://wire.test/2', date: day(12) },
        ]),
      );
    case '/news/centres.html':
      return send('text/html; charset=utf-8', ARTICLE);
    case '/news/second.html':
      return send(
        'text/html; charset=utf-8',
        ARTICLE.replaceAll('Seven centres open abroad', 'A second article')
          .replace('2024-05-20', '2024-05-21')
          .replace('/news/centres.html', '/news/second.html'),
      );
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
          items: [
            {
              id: 'h1',
              url: 'javascript:alert(1)',
              external_url: 'https://hostile.test/1',
              title: '<img src=x onerror=alert(1)>Title',
              content_html: '<script>alert(2)</script><b onmouseover=alert(3)>Bold</b> text',
              image: 'javascript:alert(4)',
              date_published: `${day(1)}T00:00:00Z`,
              tags: ['<b onclick=alert(5)>tag</b>'],
            },
          ],
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
      return send(
        'text/html',
        '<!doctype html><html><body><h1>Maintenance</h1><p>We will be back soon.</p></body></html>',
      );
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

/** This test's working directory, fresh for each test (a live binding, like `base`). */
export let dir;
export const out = () => join(dir, 'news.json');
export async function feed(...args) {
  const lines = { out: [], err: [] };
  const code = await run(
    [...args, '--out', out(), '--timeout', '1'],
    { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) },
    dir,
  );
  return { code, ...lines };
}
export const read = async () => JSON.parse(await readFile(out(), 'utf8'));
export const titles = async () => (await read()).items.map((i) => i.title);

/**
 * Call inside a describe(): the publishers listen for its tests, and each test starts in a new
 * directory with no failures and no requests recorded.
 */
export function usePublishers() {
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
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
}
