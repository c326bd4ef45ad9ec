// Shared by test/render/*.test.mjs: a local server playing the data owners (good data, and every
// way a source fails), a fresh directory per test, the command run in-process, and readers of the
// rendered page (parse5, as a browser parses it). Not a test file itself. Needs dist/ (npm run build).
import { after, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { renderPage } from '../../dist/render/index.js';
import { run } from '../../dist/render/cli.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const shipped = (name) => JSON.parse(readFileSync(join(root, 'dist/data', name), 'utf8'));

/** The shipped datasets, as the package publishes them. */
export const SHIPPED_NEWS = shipped('news.json');
export const SHIPPED_CENTRES = shipped('centres.geojson');

/** The time the tests stamp copies with. */
export const NOW = Date.UTC(2024, 4, 20, 9, 30);
export const LATER = NOW + 86_400_000;

/** renderPage with a fixed `now` and a short timeout. */
export const render = (html, options = {}) => renderPage(html, { now: NOW, timeout: 2, ...options });

// ---- The data owners ----

export const SERVED_TITLES = ['Served headline one', 'Served headline two'];
export const NEWS_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Served news',
  items: SERVED_TITLES.map((title, i) => ({
    id: `https://news.test/${i}`,
    url: `https://news.test/${i}`,
    title,
    content_text: `Text of ${title}`,
    date_published: `2024-05-1${i}T08:00:00Z`,
  })),
};
export const RSS_TITLE = 'Wire headline';
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.test/</link>
<item><title>${RSS_TITLE}</title><link>https://wire.test/1</link><guid>https://wire.test/1</guid>
<pubDate>Fri, 17 May 2024 10:00:00 GMT</pubDate><description>Wire text</description></item></channel></rss>`;
/** Two shipped centres under other names, so that a page shows whether it read these or the shipped ones. */
export const SERVED_CENTRES = {
  type: 'FeatureCollection',
  features: SHIPPED_CENTRES.features
    .filter((f) => ['london', 'boston'].includes(f.properties.id))
    .map((f) => ({ ...f, properties: { ...f.properties, name: { en: `Served ${f.properties.city.en} centre` } } })),
};

/**
 * The server's state, reset before each test: `fail` paths answer 500, `extra` maps a path to a
 * body of a test's own ({ type, body }), `onRequest` runs (and is awaited) before each answer,
 * `requests` lists the paths asked.
 */
export const state = { fail: new Set(), requests: [], onRequest: undefined, extra: new Map() };
let server;
/** The server's origin, set once it listens (a live binding: read it inside tests). */
export let base;

function serve(req, res) {
  const path = new URL(req.url, 'http://x').pathname;
  state.requests.push(path);
  const send = (type, body, headers = {}) => {
    res.writeHead(200, { 'Content-Type': type, ...headers });
    res.end(body);
  };
  const respond = () => {
    if (state.fail.has(path)) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      return res.end('down');
    }
    const extra = state.extra.get(path);
    if (extra) return send(extra.type, extra.body);
    switch (path) {
      case '/news.json':
      case '/site/feeds/news.json':
      case '/feeds/news.json':
        return send('application/feed+json', JSON.stringify(NEWS_FEED));
      case '/rss.xml':
        return send('application/rss+xml', RSS);
      case '/mislabelled.json':
        // A feed under a wrong type, as servers often send: read by its body, as the elements do.
        return send('application/octet-stream', JSON.stringify(NEWS_FEED));
      case '/centres.geojson':
        return send('application/geo+json', JSON.stringify(SERVED_CENTRES));
      case '/slow.json':
        return setTimeout(() => send('application/feed+json', JSON.stringify(NEWS_FEED)), 400);
      case '/500':
        res.writeHead(500);
        return res.end('Internal error');
      case '/hang':
        // Headers and the body never come; the server closes the socket when the tests end.
        return;
      case '/truncated.json':
        res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Content-Length': '5000' });
        res.write(JSON.stringify(NEWS_FEED).slice(0, 60));
        return setTimeout(() => res.destroy(), 30);
      case '/maintenance.json':
        return send('text/html; charset=utf-8', '<!doctype html><title>Back soon</title><h1>Maintenance</h1>');
      case '/plain.txt':
        return send('text/plain', 'Nothing to see here.');
      case '/not-a-feed.json':
        return send('application/json', '{"hello":"world"}');
      case '/not-centres.geojson':
        return send('application/geo+json', '{"type":"Topology","objects":{}}');
      default:
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
    }
  };
  if (state.onRequest) Promise.resolve(state.onRequest(path)).then(respond);
  else respond();
}

/** This test's working directory, fresh for each test (a live binding, like `base`). */
export let dir;

/**
 * Call inside a describe(): the data owners listen for its tests, and each test starts in a new
 * directory with no failures, no requests recorded and no extra routes.
 */
export function useServer() {
  before(async () => {
    server = createServer(serve);
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  });
  const dirs = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sz-render-'));
    dirs.push(dir);
    state.fail.clear();
    state.requests.length = 0;
    state.onRequest = undefined;
    state.extra.clear();
  });
  after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
}

/** `sz-widgets render ARGS` in-process: its exit code, what it said, and what it wrote to standard output. */
export async function cli(...args) {
  const said = { out: [], err: [], stdout: [] };
  const code = await run(args, { out: (l) => said.out.push(l), err: (l) => said.err.push(l) }, (page) =>
    said.stdout.push(page),
  );
  return { code, ...said };
}

export const readText = (path) => readFile(path, 'utf8');

// ---- Reading a rendered page ----

/** assert.equal for pages: on a difference, says where it starts instead of printing both pages. */
export function assertSame(actual, expected, what = 'the page') {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  const at = (s) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 80));
  assert.fail(`${what} differs at character ${i}: ${at(actual)}, expected ${at(expected)}`);
}

/** The same for files: byte for byte (latin1 maps each byte to one character). */
export const assertSameBytes = (actual, expected, what = 'the file') =>
  assertSame(actual.toString('latin1'), expected.toString('latin1'), `${what} (bytes)`);

const WIDGET_NAMES = ['sz-news-list', 'sz-center-card', 'sz-center-map'];
const EMBEDDED_SCRIPT = /<script type="application\/json" data-sz-embedded>([^<]*)<\/script>\r?\n[ \t]*/g;
const SHADOW_ROOT =
  /(<sz-(?:news-list|center-card|center-map)\b[^>]*>)<template shadowrootmode="open">[\s\S]*?<\/template>/gi;

/**
 * The page without what rendering inserts: the shadow roots right after the widgets' start tags,
 * and the embedded scripts with the line break (the page's own: CRLF stays CRLF) and indentation each brings. Plain text matching,
 * independent of the renderer's parser, so that it checks the renderer's offsets.
 */
export const strip = (html) => html.replace(EMBEDDED_SCRIPT, '').replace(SHADOW_ROOT, '$1');

/** The embedded copies in `html`, in page order, as their raw text and parsed JSON. */
export const embeddedTexts = (html) => [...html.matchAll(EMBEDDED_SCRIPT)].map((m) => m[1]);

const isElement = (node) => 'tagName' in node;
export const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;

/** Every element under `root` in document order; `intoTemplates`: template contents too. */
export function elements(root, intoTemplates = false) {
  const children = (node) => [...(node.childNodes ?? []), ...(intoTemplates ? (node.content?.childNodes ?? []) : [])];
  // A stack, not recursion: the pages under test nest thousands of levels deep.
  const found = [];
  const stack = children(root).reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue;
    found.push(node);
    const below = children(node);
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]);
  }
  return found;
}

/** The text of `node` and its descendants, template contents included; `shown`: without style sheets. */
export function textOf(node, shown = false) {
  if (node.nodeName === '#text') return node.value;
  if (shown && node.tagName === 'style') return '';
  const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
  return children.map((child) => textOf(child, shown)).join('');
}

/**
 * The page as a browser parses it: its widgets (outside templates), each with its declarative
 * shadow root (the template that is its first child) if it has one, and its embedded copies.
 */
export function readPage(html) {
  const document = parse(html);
  const all = elements(document);
  const widgets = all
    .filter((e) => WIDGET_NAMES.includes(e.tagName))
    .map((element) => {
      const first = element.childNodes[0];
      const root =
        first && isElement(first) && first.tagName === 'template' && attr(first, 'shadowrootmode') === 'open'
          ? first.content
          : undefined;
      const shadowRoots = element.childNodes.filter(
        (n) => isElement(n) && n.tagName === 'template' && attr(n, 'shadowrootmode') !== undefined,
      ).length;
      return { element, name: element.tagName, root, shadowRoots, text: root ? textOf(root, true) : '' };
    });
  const scripts = all.filter((e) => e.tagName === 'script' && attr(e, 'data-sz-embedded') !== undefined);
  const copies = scripts.map((s) => JSON.parse(textOf(s)));
  return { document, all, widgets, scripts, copies };
}

/** The elements of a shadow root (nested template contents included). */
export const inside = (root) => elements(root, true);

/** The elements of a shadow root whose `part` names `part`, and their shown texts. */
export const parts = (root, part) => inside(root).filter((e) => (attr(e, 'part') ?? '').split(/\s+/).includes(part));
export const partText = (root, part) => parts(root, part).map((e) => textOf(e, true).trim());
