// Test-server middleware that produces real network faults for the browser tests:
// status codes, delays, truncated bodies, wrong content types, counted and aborted requests.
// Everything lives under /__fault/ so it never shadows a real file.
//
//   /__fault/serve?path=feeds/rss.xml   serve test/fixtures/<path> (datasets/<file>: the shipped dataset)
//     &type=text/html                   Content-Type to send (default: from the extension)
//     &body=...                         inline body instead of a fixture
//     &size=6000000                     a generated body of that many bytes instead of a fixture
//     &items=10000                      a generated JSON Feed with that many items (HTML summaries)
//     &status=404                       status to send
//     &delay=800                        wait (ms) before answering
//     &fail=2&failStatus=503            the first 2 requests for this key get failStatus (500)
//     &failFrom=2                       requests from the 2nd on get failStatus (a server that goes down)
//     &retryAfter=1                     Retry-After header (seconds) on the failing answers
//     &truncate=40                      send only the first 40 bytes, then cut the connection
//     &trickle=200                      send the body in 8 pieces, 200 ms apart
//     &redirect=/path?query             answer 302 to that address
//     &cors=none                        no Access-Control-Allow-Origin (a cross-origin read is refused)
//     &cache=max-age=60                 Cache-Control to send (default no-store, so tests are independent)
//     &key=k1                           request-count key (default: the whole URL)
//   /__fault/stats?key=k1               JSON { requests, aborted }
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { makeLongFeed } from '../../bench/lib/feed.mjs';

const TYPES = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.html': 'text/html',
  '.txt': 'text/plain',
};
const stats = new Map();
const FIXTURES = join(process.cwd(), 'test', 'fixtures');

function statFor(key) {
  if (!stats.has(key)) stats.set(key, { requests: 0, aborted: 0 });
  return stats.get(key);
}

async function bodyFor(q) {
  if (q.has('body')) return Buffer.from(q.get('body'), 'utf8');
  if (q.has('size')) return Buffer.alloc(Number(q.get('size')), 0x20);
  // The same long feed the benchmark reads (bench/lib/feed.mjs).
  if (q.has('items')) return Buffer.from(makeLongFeed(Number(q.get('items'))));
  const rel = normalize(q.get('path') || '').replace(/^(\.\.[/\\])+/, '');
  return readFile(rel.startsWith('datasets/') ? join(process.cwd(), rel) : join(FIXTURES, rel));
}

// The CSP a strict partner page sends (DESIGN.md), with the Trusted Types policies to allow.
const csp = (policies) =>
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
  `require-trusted-types-for 'script'; trusted-types ${policies}`;

// Hostile feeds the CSP-report test builds in the browser (the corpus is TypeScript) and stores
// here, so the page under test fetches and parses them itself; and the reports its CSP sends.
const stored = new Map();
const reports = new Map();
const XSS_PAGE = { enforce: 'Content-Security-Policy', 'report-only': 'Content-Security-Policy-Report-Only' };
const BUNDLES = {
  module: '<script type="module" src="/dist/sz-widgets.js"></script>',
  classic: '<script src="/dist/sz-widgets.iife.js"></script>',
};
// Both pages have the map: the classic script loads the same module build (one Lit, one policy).
const XSS_MAP =
  '<sz-center-map id="map" src="/__csp/feed?key={key}&amp;name=centres" for="card" show-list></sz-center-map>';
// Markup of the page's own that breaks the CSP: proves a violation is seen (and reported) at all.
const CONTROL = '<img id="control" src="/__csp/no-such-image.png" alt="" onerror="void 0" style="width: 1px">';

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The routes of test/security/csp-reports.test.ts:
 *   POST /__csp/feed?key=k&name=rss&type=…   store a body; GET /__csp/feed?key=k&name=rss serves it
 *   /__csp/xss-page?key=k&mode=enforce|report-only&bundle=module|classic[&control=1]
 *                                    test/fixtures/csp/xss-page.html, its widgets reading key k's
 *                                    feeds, under the strict CSP (report-uri: /__csp/report?key=k);
 *                                    control=1 adds an inline handler and style of the page's own
 *   POST /__csp/report?key=k         a violation report; GET /__csp/reports?key=k lists them
 */
async function cspXss(ctx) {
  const q = new URLSearchParams(ctx.querystring);
  const key = q.get('key') || '';
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/__csp/feed') {
    const id = `${key}/${q.get('name')}`;
    if (ctx.method === 'POST') {
      stored.set(id, { type: q.get('type') || 'application/octet-stream', body: await readBody(ctx.req) });
      ctx.status = 204;
    } else if (stored.has(id)) {
      ctx.type = stored.get(id).type;
      ctx.body = stored.get(id).body;
    } else ctx.status = 404;
    return;
  }
  if (ctx.path === '/__csp/report') {
    if (!reports.has(key)) reports.set(key, []);
    reports.get(key).push((await readBody(ctx.req)).toString('utf8'));
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/__csp/reports') {
    ctx.body = reports.get(key) || [];
    return;
  }
  if (ctx.path === '/__csp/xss-page') {
    const header = XSS_PAGE[q.get('mode') || 'enforce'];
    const bundle = BUNDLES[q.get('bundle') || 'module'];
    if (!header || !bundle || !/^[\w-]+$/.test(key)) {
      ctx.status = 400;
      return;
    }
    ctx.set(header, `${csp('lit-html sz-widgets')}; report-uri /__csp/report?key=${key}`);
    ctx.type = 'text/html';
    ctx.body = (await readFile(join(FIXTURES, 'csp', 'xss-page.html'), 'utf8'))
      .replace('<!--bundle-->', bundle)
      .replace('<!--map-->', XSS_MAP)
      .replace('<!--control-->', q.has('control') ? CONTROL : '')
      .replaceAll('{key}', key);
  }
}

export async function faultMiddleware(ctx, next) {
  if (/^\/__csp\/(feed|report|reports|xss-page)$/.test(ctx.path)) return cspXss(ctx);
  //   /__csp/page?tt=lit-html   test/fixtures/csp/page.html under that CSP (default: lit-html sz-widgets)
  if (ctx.path === '/__csp/page') {
    const q = new URLSearchParams(ctx.querystring);
    ctx.set('Content-Security-Policy', csp(q.get('tt') || 'lit-html sz-widgets'));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = await readFile(join(FIXTURES, 'csp', 'page.html'));
    return;
  }
  if (!ctx.path.startsWith('/__fault/')) return next();
  const q = new URLSearchParams(ctx.querystring);

  if (ctx.path === '/__fault/stats') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = stats.get(q.get('key')) || { requests: 0, aborted: 0 };
    return;
  }
  if (ctx.path !== '/__fault/serve') return next();

  const key = q.get('key') || ctx.url;
  const stat = statFor(key);
  stat.requests += 1;
  const nth = stat.requests;

  let closedEarly = false;
  ctx.req.on('close', () => {
    if (!ctx.res.writableEnded) {
      closedEarly = true;
      stat.aborted += 1;
    }
  });

  const delay = Number(q.get('delay') || 0);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  if (closedEarly) {
    ctx.respond = false;
    return;
  }

  const cors = q.get('cors') === 'none' ? {} : { 'Access-Control-Allow-Origin': '*' };
  if (q.has('redirect')) {
    ctx.set(cors);
    ctx.redirect(q.get('redirect'));
    return;
  }
  const fail = Number(q.get('fail') || 0);
  const failFrom = Number(q.get('failFrom') || 0);
  if (nth <= fail || (failFrom && nth >= failFrom)) {
    ctx.status = Number(q.get('failStatus') || 500);
    ctx.set(cors);
    if (q.has('retryAfter')) ctx.set('Retry-After', q.get('retryAfter'));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Server error</title><h1>Server error</h1>';
    return;
  }

  let body;
  try {
    body = await bodyFor(q);
  } catch {
    ctx.status = 404;
    ctx.body = 'No such fixture';
    return;
  }
  const type = q.get('type') ?? (TYPES[extname(q.get('path') || '')] || 'application/octet-stream');
  const status = Number(q.get('status') || 200);
  const headers = { ...cors, 'Cache-Control': q.get('cache') || 'no-store' };
  if (type) headers['Content-Type'] = type;

  if (q.has('truncate')) {
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    res.write(body.subarray(0, Number(q.get('truncate'))));
    // Cut the connection with the promised length unsent: the browser sees a broken body.
    setTimeout(() => res.destroy(), 20);
    return;
  }

  if (q.has('trickle')) {
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    const step = Math.ceil(body.length / 8);
    for (let i = 0; i < body.length && !res.destroyed; i += step) {
      res.write(body.subarray(i, i + step));
      await new Promise((r) => setTimeout(r, Number(q.get('trickle'))));
    }
    res.end();
    return;
  }

  ctx.status = status;
  ctx.set(headers);
  ctx.body = body;
  if (!type) ctx.remove('Content-Type');
}
