#!/usr/bin/env node
// `npm run bench`: sizes, speed, the demo page's life (long tasks, layout shifts), the demo page
// prerendered against client-only, and Lighthouse, each compared with what partners would use
// instead or with the same page without widgets.
// See bench/README.md. Needs dist/ (npm run build) and the system Chromium (CHROME_PATH or
// /usr/bin/chromium); runs offline on 127.0.0.1. Writes bench/results.json, prints Markdown.
//
//   node bench/run.mjs [--runs 7] [--warmup 1] [--rate 4] [--lighthouse-runs 3] [--no-lighthouse] [--no-speed]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.mjs';
import { makeFeed, makeLongFeed, THUMB_SVG } from './lib/feed.mjs';
import { runLighthouse, runLighthouseSeries } from './lib/lighthouse.mjs';
import { pageLife } from './lib/lifecycle.mjs';
import { chromePath, dist, root } from './lib/paths.mjs';
import { prerenderCompare } from './lib/prerender.mjs';
import { buildReactBundle } from './lib/react-bundle.mjs';
import { markdown } from './lib/report.mjs';
import { fileFor, startServer } from './lib/server.mjs';
import { compressed, measureSizes } from './lib/sizes.mjs';
import { cacheRender, calibrate, longFeed, mapRender, newsRender } from './lib/speed.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    rate: { type: 'string', default: '4' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-speed': { type: 'boolean', default: false },
    // --only b,e: just those speed figures (a quicker look while working on one of them).
    only: { type: 'string', default: 'a,b,c,d,e,g' },
    'lighthouse-runs': { type: 'string', default: '3' },
  },
});
const runs = Math.max(7, Number(opts.runs));
const warmup = Math.max(1, Number(opts.warmup));
const rate = Number(opts.rate);
const started = Date.now();
// Other work on the machine slows the browser unevenly: recorded, so a noisy run shows.
const loadAtStart = loadavg()[0];
const log = (msg) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

if (!existsSync(join(dist, 'sz-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}
if (!existsSync(chromePath)) {
  console.error(`Chromium not found at ${chromePath}: install it (sudo apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const demoHtml = readFileSync(join(root, 'demo/index.html'), 'utf8');
// Served under /gen/: the base keeps the demo's relative URLs (site.css, links) as they are at /.
const withBase = (html) => html.replace('<head>', '<head>\n  <base href="/">');
const PACKAGE_SCRIPT = /<script\b[^>]*\bsrc="[^"]*\/dist\/[^"]*"[^>]*><\/script>/g;

/**
 * The page after `renderPage` (dist/render/index.js), once per run. Imported from dist/, not the
 * snapshot: its imports (parse5, jsdom, Lit's server renderer) resolve from the repository's
 * node_modules only; it reads the shipped data beside it, which the snapshot copied moments ago.
 */
async function prerender(html, baseUrl) {
  const { renderPage } = await import(pathToFileURL(join(dist, 'render/index.js')).href);
  const widgets = html.match(/<sz-[a-z-]+\b/g)?.length ?? 0;
  const result = await renderPage(html, { baseUrl });
  // A widget left for the browser would make the two pages differ in more than prerendering.
  if (result.problems.length || result.rendered !== widgets)
    throw new Error(
      `renderPage rendered ${result.rendered} of ${widgets} widgets: ${result.problems.map((p) => `${p.widget} ${p.message}`).join('; ')}`,
    );
  return result;
}

function demoWithoutMap() {
  return withBase(demoHtml).replace(/<sz-center-map\b[^>]*>\s*<\/sz-center-map>/g, '');
}

/** The demo page with no widget and no script of the package: the rest of the page, as it is. */
function demoWithoutWidgets() {
  const html = withBase(demoHtml)
    .replace(/<(sz-[a-z-]+)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(PACKAGE_SCRIPT, '');
  // A demo the patterns no longer fit would make every comparison with this page void.
  if (/<sz-|<script\b[^>]*\/dist\//.test(html))
    throw new Error('demo/index.html: a widget or package script was left in');
  return html;
}

// Whether the demo runs any script besides the package's: if not, every event listener on it is
// the package's (how (e) attributes the listeners the browser does not name; lib/lifecycle.mjs).
const demoOwnScripts = /<script\b/.test(demoHtml.replace(PACKAGE_SCRIPT, ''));

// A snapshot of dist/: sizes and pages then come from the same build even if dist/ is rebuilt
// while the bench runs.
const snapshot = mkdtempSync(join(tmpdir(), 'sz-bench-dist-'));
cpSync(dist, snapshot, { recursive: true });
const distDir = snapshot;

const results = { meta: {}, sizes: null, downloads: null, calibration: null, speed: {}, lighthouse: [], failures: [] };
const servers = [];
let browser;
try {
  log('bundling the React list, generating the feed');
  const reactBundle = await buildReactBundle();
  // The simplified topology the map's outlines are projected from (scripts/build-geometry.mjs).
  const simplified = readFileSync(join(root, 'scripts/geometry/world-110m.json'), 'utf8').trim();
  const generated = new Map([
    ['react-news-list.js', { body: reactBundle, type: 'text/javascript; charset=utf-8' }],
    ['feed-1000.json', { body: makeFeed(1000), type: 'application/feed+json; charset=utf-8' }],
    ['feed-10000.json', { body: makeLongFeed(10_000), type: 'application/feed+json; charset=utf-8' }],
    ['thumb.svg', { body: THUMB_SVG, type: 'image/svg+xml' }],
    ...(simplified ? [['world-simplified.json', { body: simplified, type: 'application/json; charset=utf-8' }]] : []),
    // The demo page without its map, for Lighthouse: how much of the page's cost is the map's.
    ['demo-no-map.html', { body: demoWithoutMap(), type: 'text/html; charset=utf-8' }],
    // …and without any widget: the rest of the page's cost, and a control for the machine's load.
    ['demo-no-widgets.html', { body: demoWithoutWidgets(), type: 'text/html; charset=utf-8' }],
  ]);

  log('sizes');
  results.sizes = await measureSizes({ reactBundle, dist: distDir });

  const server = await startServer({ generated, dist: distDir });
  servers.push(server);
  const { origin } = server;

  if (!opts['no-speed']) {
    const launched = await launch(['--js-flags=--expose-gc']);
    browser = launched.browser;
    results.meta.browser = launched.version;
    const step = async (name, fn) => {
      log(name);
      try {
        return await fn();
      } catch (err) {
        results.failures.push(`${name}: ${err instanceof Error ? err.message : err}`);
        log(`  FAILED: ${err instanceof Error ? err.message : err}`);
        return undefined;
      }
    };
    const o = { rate, runs, warmup };
    const only = new Set(opts.only.split(',').map((s) => s.trim()));
    // (g)'s two pages: the demo as partners write it and the same after renderPage, from one
    // server that gzips (a 30 kB page on a slow network is what a site would serve compressed).
    const gz = only.has('g') ? await startServer({ generated, dist: distDir, compress: true }) : undefined;
    if (gz) servers.push(gz);
    const skip = async () => undefined;
    results.calibration = await step(`calibrating the ${rate}× CPU throttle`, () => calibrate(browser, origin, rate));
    results.speed.news = await (only.has('a') ? step : skip)(
      `(a) parse + render 1,000 items (${runs} runs + ${warmup} warm-up)`,
      () => newsRender(browser, origin, o),
    );
    results.speed.map = await (only.has('b') ? step : skip)('(b) map vs Leaflet', () => mapRender(browser, origin, o));
    results.speed.cache = await (only.has('c') ? step : skip)('(c) first render, cold vs from the offline copy', () =>
      cacheRender(browser, origin, o),
    );
    results.speed.longFeed = await (only.has('d') ? step : skip)(
      '(d) a 10,000-item feed: longest main-thread task',
      () => longFeed(browser, origin, o),
    );
    results.speed.life = await (only.has('e') ? step : skip)(
      `(e) (f) the demo page's life: load, select, resize, language — with and without widgets`,
      () =>
        pageLife(browser, origin, {
          ...o,
          barePath: '/gen/demo-no-widgets.html',
          distDir,
          ownScripts: demoOwnScripts,
        }),
    );
    results.speed.prerender = await (only.has('g') ? step : skip)(
      '(g) the demo page prerendered vs client-only: first headline, LCP, CLS, data requests',
      async () => {
        const client = withBase(demoHtml);
        const rendered = await prerender(client, `${gz.origin}/`);
        generated.set('demo-client.html', { body: client, type: 'text/html; charset=utf-8' });
        generated.set('demo-prerendered.html', { body: rendered.html, type: 'text/html; charset=utf-8' });
        const measured = await prerenderCompare(browser, gz.origin, {
          ...o,
          clientPath: '/gen/demo-client.html',
          prerenderedPath: '/gen/demo-prerendered.html',
        });
        return { rendered: rendered.rendered, ...measured };
      },
    );
    await launched.close();
    browser = undefined;

    // What each page downloaded (its bench harness and the data files both sides load aside).
    const minCss = results.sizes.altRows.find((r) => r.file.endsWith('leaflet.css'));
    const weigh = (paths) => {
      // Scripts, styles and geometry; not the bench's own files, not the data both sides fetch.
      const data = (p) =>
        p.startsWith('/dist/data/') || p.startsWith('/slow/') || p.endsWith('.geojson') || p.endsWith('.svg');
      const harness = (p) => p.startsWith('/bench/') || p.startsWith('/gen/react') || p === '/favicon.ico';
      const kept = [...new Set(paths)].filter((p) => !data(p) && !harness(p));
      const each = kept.map((p) => {
        if (p.endsWith('/leaflet.css')) return { path: p, ...minCss };
        const gen = p.startsWith('/gen/') ? generated.get(p.slice(5)) : undefined;
        return { path: p, ...compressed(gen ? gen.body : readFileSync(fileFor(p, distDir))) };
      });
      return {
        files: each.map((e) => e.path),
        min: each.reduce((t, e) => t + e.min, 0),
        gzip: each.reduce((t, e) => t + e.gzip, 0),
        brotli: each.reduce((t, e) => t + e.brotli, 0),
      };
    };
    results.downloads = {};
    if (results.speed.cache) results.downloads.news = weigh(results.speed.cache.requests);
    if (results.speed.map) {
      results.downloads.widgetMap = weigh(results.speed.map.requests.widget);
      results.downloads.leafletMap = weigh(results.speed.map.requests.leaflet);
    }
  }

  if (!opts['no-lighthouse']) {
    const lhRuns = Math.max(1, Number(opts['lighthouse-runs']));
    const gz = await startServer({ generated, dist: distDir, compress: true });
    servers.push(gz);
    // The page the targets apply to and the same page without widgets, run in turns: a busy
    // machine lowers both, a cost of the widgets only the first.
    const pair = [
      ['`demo/index.html` as `scripts/serve.mjs` serves it (uncompressed)', `${origin}/`, 'target'],
      ['the same page without widgets (control; same server)', `${origin}/gen/demo-no-widgets.html`, 'control'],
    ];
    log(
      `Lighthouse (${lhRuns} run${lhRuns > 1 ? 's' : ''} each, in turns): the demo page and the page without widgets`,
    );
    const before = server.requests.length;
    const paired = await runLighthouseSeries(
      pair.map(([, url]) => url),
      lhRuns,
    );
    const pairFavicon = server.requests.slice(before).includes('/favicon.ico');
    pair.forEach(([label, , role], k) => {
      const lh = paired[k];
      results.lighthouse.push({ label, role, ...lh, ...(pairFavicon ? { requestedMissingFavicon: true } : {}) });
      if (lh.error) results.failures.push(`Lighthouse (${label}): ${lh.error}`);
    });
    const variants = [
      ['the same, gzip-encoded (as a CDN serves it)', `${gz.origin}/`, 1],
      ['the same page without its `<sz-center-map>` (gzip; diagnosis)', `${gz.origin}/gen/demo-no-map.html`, 1],
    ];
    for (const [label, url, n] of variants) {
      log(`Lighthouse (${n} run${n > 1 ? 's' : ''}): ${label}`);
      const before = server.requests.length + gz.requests.length;
      const lh = await runLighthouse(url, n);
      const notFound = [...server.requests, ...gz.requests].slice(before).filter((p) => p === '/favicon.ico');
      results.lighthouse.push({ label, ...lh, ...(notFound.length ? { requestedMissingFavicon: true } : {}) });
      if (lh.error) results.failures.push(`Lighthouse (${label}): ${lh.error}`);
    }
  }
} catch (err) {
  results.failures.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  for (const s of servers) await s.close();
  rmSync(snapshot, { recursive: true, force: true });
}

results.meta = {
  ...results.meta,
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model?.trim(),
  chromePath,
  rate,
  runs,
  warmup,
  durationMs: Date.now() - started,
  loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadavg()[0] * 100) / 100 },
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (results.sizes) console.log(markdown(results));
if (results.failures.length) {
  console.log(`\n### Not measured / failed\n\n${results.failures.map((f) => `- ${f}`).join('\n')}`);
}
log(`done; results in bench/results.json`);
