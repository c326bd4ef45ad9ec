/* global window, document, location, addEventListener, requestAnimationFrame */
// The speed measurements, each in one browser run with the CPU throttled (see throttledPage).
import { ratio, summarize } from './stats.mjs';
import { throttledPage } from './browser.mjs';

/**
 * Injected before any script of every bench page: clears localStorage when the URL has ?cold,
 * notes when the first sz-load arrives and, on the cache page, the frame in which the first
 * news item is on screen.
 */
function instrument() {
  if (new URLSearchParams(location.search).has('cold')) {
    try {
      localStorage.clear();
    } catch {
      // no storage: nothing to clear
    }
  }
  const r = (window.__bench = {});
  addEventListener('sz-load', () => (r.loaded ??= performance.now()), true);
  if (!location.pathname.endsWith('/news-cache.html')) return;
  const tick = () => {
    const root = document.querySelector('sz-news-list')?.shadowRoot;
    const n = root?.querySelectorAll('[part~="item"]').length ?? 0;
    if (!n) return requestAnimationFrame(tick);
    r.firstItems = performance.now();
    r.items = n;
    r.status = root.querySelector('[part~="status"]')?.textContent.trim() ?? '';
  };
  requestAnimationFrame(tick);
}

async function benchPage(browser, rate, requests) {
  const { page, cdp } = await throttledPage(browser, rate);
  await page.evaluateOnNewDocument(instrument);
  if (requests) page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  return { page, cdp };
}

/** How much slower a fixed piece of JS runs at `rate` than unthrottled, in this browser. */
export async function calibrate(browser, origin, rate) {
  const { page, cdp } = await benchPage(browser, 1);
  await page.goto(`${origin}/bench/news-render.html`, { waitUntil: 'load' });
  const loop = () => {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 3e6; i++) x += Math.sqrt(i) % 7;
    return [performance.now() - t, x];
  };
  const time = async () => {
    const times = [];
    for (let i = 0; i < 5; i++) times.push((await page.evaluate(loop))[0]);
    return summarize(times);
  };
  await time();
  const plain = await time();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const throttled = await time();
  await page.close();
  return { rate, plainMs: plain.median, throttledMs: throttled.median, measuredSlowdown: ratio(throttled, plain) };
}

/** (a) Parse + render 1,000 items: widget vs hand-written DOM vs React, alternating, one page. */
export async function newsRender(browser, origin, { rate, runs, warmup }) {
  const { page } = await benchPage(browser, rate);
  await page.goto(`${origin}/bench/news-render.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.ready, { timeout: 60_000 });
  const count = await page.evaluate(() => window.bench.count);
  const markup = await page.evaluate(() => window.bench.checkMarkup());
  const kinds = ['widget', 'baseline', 'react'];
  const raw = { widget: [], baseline: [], react: [] };
  for (let i = 0; i < warmup + runs; i++) {
    // Alternate the order so that neither side always runs right after the other.
    for (const kind of i % 2 ? [...kinds].reverse() : kinds) {
      const result = await page.evaluate((k) => window.bench.run(k, k !== 'react'), kind);
      if (result.items !== count) throw new Error(`${kind} rendered ${result.items} of ${count} items`);
      if (i >= warmup) raw[kind].push(result);
    }
  }
  await page.close();
  const pick = (kind, key) => summarize(raw[kind].map((r) => r[key]));
  const out = { items: count, markupDiff: markup };
  for (const kind of kinds)
    out[kind] = Object.fromEntries(
      ['parse', 'dom', 'layout', 'parseDom', 'total'].map((key) => [key, pick(kind, key)]),
    );
  out.ratio = {
    parseDom: ratio(out.widget.parseDom, out.baseline.parseDom),
    dom: ratio(out.widget.dom, out.baseline.dom),
    total: ratio(out.widget.total, out.baseline.total),
    reactParseDom: ratio(out.react.parseDom, out.baseline.parseDom),
  };
  return out;
}

/** Loads `path` in a fresh document and waits for the page's own `window.__result`. */
async function loadResult(page, origin, path) {
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__result, { timeout: 60_000 });
  const result = await page.evaluate(() => window.__result);
  if (result.error) throw new Error(`${path}: ${result.error}`);
  return result;
}

/** (b) Map: <sz-center-map> vs Leaflet (world-atlas 110m; and the widget's own shapes). */
export async function mapRender(browser, origin, { rate, runs, warmup }) {
  const variants = {
    widget: '/bench/map-widget.html?cold',
    leaflet: '/bench/map-leaflet.html?cold',
    leafletSimplified: '/bench/map-leaflet.html?cold&world=simplified',
  };
  const requests = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const raw = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  // One tab for all (a background tab gets no animation frames); the first visit of each
  // variant records what the page requested.
  let sink;
  const { page } = await benchPage(browser, rate);
  page.on('request', (req) => sink?.push(new URL(req.url()).pathname));
  const last = {};
  for (let i = 0; i < warmup + runs; i++) {
    const kinds = Object.keys(variants);
    for (const kind of i % 2 ? kinds.reverse() : kinds) {
      sink = i === 0 ? requests[kind] : undefined;
      const result = await loadResult(page, origin, variants[kind]);
      if (i >= warmup) raw[kind].push(result);
      last[kind] = result;
    }
  }
  await page.close();
  const out = { requests };
  for (const kind of Object.keys(variants)) {
    out[kind] = {
      connectToMarkers: summarize(raw[kind].map((r) => r.connectToMarkers)),
      navigationToMarkers: summarize(raw[kind].map((r) => r.navigationToMarkers)),
      markers: last[kind].markers,
      paths: last[kind].paths,
      ...(last[kind].buttons ? { buttons: last[kind].buttons } : {}),
    };
  }
  out.ratio = {
    connect: ratio(out.widget.connectToMarkers, out.leaflet.connectToMarkers),
    navigation: ratio(out.widget.navigationToMarkers, out.leaflet.navigationToMarkers),
    connectSimplified: ratio(out.widget.connectToMarkers, out.leafletSimplified.connectToMarkers),
  };
  return out;
}

/** (c) First render of the news list: cold (no offline copy, feed 300 ms late) vs from localStorage. */
export async function cacheRender(browser, origin, { rate, runs, warmup }) {
  const requests = [];
  const { page } = await benchPage(browser, rate, requests);
  const visit = async (cold) => {
    await page.goto(`${origin}/bench/news-cache.html${cold ? '?cold' : ''}`, { waitUntil: 'load' });
    // Wait for the network answer too: the cold visit stores it for the warm one.
    await page.waitForFunction(() => window.__bench.firstItems && window.__bench.loaded, { timeout: 60_000 });
    return page.evaluate(() => ({ ...window.__bench }));
  };
  const raw = { cold: [], warm: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const cold = await visit(true);
    if (i === 0) page.removeAllListeners('request');
    const warm = await visit(false);
    if (i >= warmup) {
      raw.cold.push(cold);
      raw.warm.push(warm);
    }
  }
  await page.close();
  const out = { delayMs: 300, requests };
  for (const kind of ['cold', 'warm']) {
    out[kind] = {
      firstItems: summarize(raw[kind].map((r) => r.firstItems)),
      loaded: summarize(raw[kind].map((r) => r.loaded)),
      status: raw[kind][0].status,
      items: raw[kind][0].items,
    };
  }
  out.ratio = { firstItems: ratio(out.warm.firstItems, out.cold.firstItems) };
  return out;
}

/**
 * (d) A 10,000-item feed: the longest main-thread task from navigation until the list is on
 * screen (parsing runs in slices; no slice may hold the page). A test can only check the slices'
 * structure; the milliseconds belong here, where a busy machine shows as noise, not a failure.
 */
export async function longFeed(browser, origin, { rate, runs, warmup }) {
  const { page } = await benchPage(browser, rate);
  const raw = [];
  for (let i = 0; i < warmup + runs; i++) {
    const result = await loadResult(page, origin, '/bench/news-long.html?cold');
    if (i >= warmup) raw.push(result);
  }
  await page.close();
  const longest = raw.map((r) => Math.max(0, ...r.tasks.map((t) => t.duration)));
  return {
    items: 10_000,
    longestTask: summarize(longest),
    loaded: summarize(raw.map((r) => r.loaded)),
    tasksOver50: summarize(raw.map((r) => r.tasks.length)),
  };
}
