// Test-server middleware for test/prerender/: pages prerendered by the real renderer
// (dist/render/index.js, which npm test builds before the browser tests) when they are asked for.
//
//   /prerendered/demo/index.html           demo/index.html, rendered
//   /prerendered/fixtures/<name>.html      test/fixtures/prerender/<name>.html, rendered ({key} replaced by key=)
//     ?age=7200                            the copies are stamped that many seconds ago (default 0: now)
//     &key=k1                              fills {key} in the page ([\w-]+)
//     &delay=800                           fills {delay} in the page (digits; default 0)
//     &run=r1                              names the page's requests in the log (see below)
//     &corrupt=1                           the embedded copies' text replaced by text that is not JSON
//     &probe=1                             the probe script first in <head>: errors, alerts, layout shifts
//     &csp=style-self                      Content-Security-Policy: style-src 'self', its violations
//                                          reported to /__csp/report?key=<key> (faults.mjs)
//     &csp=style-hashes                    … style-src 'self' and the hashes renderPage gave
//     &csp=axe                             script-src allows only the axe-core script the middleware adds
//   /prerendered/<demo|fixtures>/<file>    any other file beside the page (its stylesheet)
//   /__prerender/data?path=feed.json&key=k1[&delay=ms]
//                                          test/fixtures/prerender/data/<path>, {read} replaced by how many
//                                          times key k1 was read (the renderer's read is 1); the delay
//                                          is for the browser's requests only
//   /__prerender/log?run=r1                JSON { rendered, problems, styleHashes, requests }: what renderPage
//                                          said, and every request the browser made from the page (their
//                                          answers are never cached, so each one is logged)
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = process.cwd();
const DIRS = { demo: join(ROOT, 'demo'), fixtures: join(ROOT, 'test', 'fixtures', 'prerender') };
const DATA = join(DIRS.fixtures, 'data');
const TYPES = { '.json': 'application/feed+json', '.geojson': 'application/geo+json' };
const PROBE = '<script src="/test/fixtures/prerender/probe.js"></script>';

const reads = new Map();
const runs = new Map();
const runOf = (id) => {
  if (!runs.has(id)) runs.set(id, { rendered: 0, problems: [], styleHashes: [], requests: [] });
  return runs.get(id);
};

// Imported on first use: the config is loaded before any build, and most runs never ask.
let renderer;
const renderPage = async (...args) =>
  (await (renderer ??= import(pathToFileURL(join(ROOT, 'dist', 'render', 'index.js')).href))).renderPage(...args);

const axeSource = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));

/** The request's `run`, when it comes from a page this middleware served (its Referer names it). */
function runOfReferer(ctx) {
  try {
    return new URL(ctx.get('referer')).searchParams.get('run');
  } catch {
    return null;
  }
}

async function page(ctx, dir, file, q) {
  const key = q.get('key') ?? '';
  const delay = q.get('delay') ?? '0';
  if (!/^[\w-]*$/.test(key) || !/^\d+$/.test(delay)) return void (ctx.status = 400);
  const source = (await readFile(join(DIRS[dir], file), 'utf8')).replaceAll('{key}', key).replaceAll('{delay}', delay);
  // The address the browser asks for: relative `src` attributes resolve as they will in the page.
  const baseUrl = `http://${ctx.host}${ctx.path}`;
  const now = Date.now() - Number(q.get('age') ?? 0) * 1000;
  const result = await renderPage(source, { baseUrl, now, timeout: 5 });
  let html = result.html;
  if (q.has('run')) Object.assign(runOf(q.get('run')), { ...result, html: undefined });
  if (q.has('corrupt')) html = html.replace(/(<script[^>]*data-sz-embedded>)[^<]*/g, '$1{"savedAt": not JSON');
  if (q.has('probe')) html = html.replace(/<head>/i, `$&${PROBE}`);

  const csp = q.get('csp');
  // Violations go to the CSP-report route of faults.mjs, under the page's key.
  const report = `; report-uri /__csp/report?key=${key}`;
  if (csp === 'style-self') ctx.set('Content-Security-Policy', `style-src 'self'${report}`);
  if (csp === 'style-hashes')
    ctx.set('Content-Security-Policy', `style-src 'self' ${result.styleHashes.join(' ')}${report}`);
  if (csp === 'axe') {
    const nonce = randomBytes(16).toString('base64');
    ctx.set('Content-Security-Policy', `script-src 'nonce-${nonce}'`);
    html = html.replace(/<head>/i, `$&<script nonce="${nonce}" src="/__prerender/axe.js"></script>`);
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = html;
}

async function route(ctx, next, run) {
  const q = new URLSearchParams(ctx.querystring);
  const served = /^\/prerendered\/(demo|fixtures)\/([\w.-]+)$/.exec(ctx.path);
  if (served && served[2].endsWith('.html')) return page(ctx, served[1], served[2], q);
  if (served) {
    ctx.url = `/${served[1] === 'demo' ? 'demo' : 'test/fixtures/prerender'}/${served[2]}`;
    return next();
  }
  if (ctx.path === '/__prerender/axe.js') {
    ctx.type = 'text/javascript';
    ctx.body = await axeSource();
    return;
  }
  if (ctx.path === '/__prerender/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = runOf(q.get('run') ?? '');
    return;
  }
  if (ctx.path === '/__prerender/data') {
    const key = q.get('key') ?? '';
    reads.set(key, (reads.get(key) ?? 0) + 1);
    const read = reads.get(key);
    const path = normalize(q.get('path') ?? '').replace(/^(\.\.[/\\])+/, '');
    // Only the browser waits: the renderer reads at once.
    if (run) await new Promise((r) => setTimeout(r, Number(q.get('delay') ?? 0)));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = TYPES[extname(path)] ?? 'application/octet-stream';
    ctx.body = (await readFile(join(DATA, path), 'utf8')).replaceAll('{read}', String(read));
    return;
  }
  return next();
}

export async function prerenderMiddleware(ctx, next) {
  const run = runOfReferer(ctx);
  if (run) {
    runOf(run).requests.push(ctx.url);
    // Never from the browser's cache, so that every request a page makes reaches the log. The test
    // runner marks files as cacheable for a year after this middleware is done: the header is
    // changed as it is sent.
    const { res } = ctx;
    const writeHead = res.writeHead;
    res.writeHead = (...args) => {
      res.setHeader('Cache-Control', 'no-store');
      return writeHead.apply(res, args);
    };
  }
  await route(ctx, next, run);
}
