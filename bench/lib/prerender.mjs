/* global window, document, innerHeight, innerWidth, requestAnimationFrame */
// (g) The demo page prerendered (`renderPage`: every widget's shadow root written into the page,
// its data embedded) against the same page rendered in the browser only: when the first headline
// is on screen, LCP, FCP, CLS and the data requests, on a slow network with the CPU throttled.
import { throttledPage } from './browser.mjs';
import { cls, widgetsShown } from './lifecycle.mjs';
import { summarize } from './stats.mjs';

/**
 * Lighthouse's mobile "Slow 4G" (the profile its simulated runs assume; DevTools' "Slow 4G"
 * preset), applied as Lighthouse's own `throttlingMethod: 'devtools'` applies it: 150 ms RTT ×
 * 3.75 as each request's latency, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. Without it, on
 * 127.0.0.1, a request costs nothing and the request prerendering saves would not show.
 */
export const SLOW_4G = { name: 'Slow 4G', latencyMs: 150 * 3.75, downKbps: 1.6 * 1024 * 0.9, upKbps: 750 * 0.9 };

/**
 * Injected before any script of the page. A first visit (no offline copy in localStorage, which
 * would spare the client-only page its request too); every LCP candidate and layout shift from
 * the first byte; and, every frame from the first one, whether the first headline is on screen.
 */
function observeFirstView() {
  try {
    localStorage.clear();
  } catch {
    // no storage: nothing to clear
  }
  const r = (window.__firstView = { lcp: [], shifts: [] });
  const observe = (type, keep) =>
    new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true });
  observe('largest-contentful-paint', (e) =>
    r.lcp.push({
      start: e.startTime,
      size: e.size,
      // Chromium names no element inside a shadow root: what the widgets paint shows as null.
      element: e.element
        ? `${e.element.localName}${e.element.id ? `#${e.element.id}` : ''}${e.element.className ? `.${e.element.className.split(' ').join('.')}` : ''}`
        : null,
      url: e.url,
    }),
  );
  observe('layout-shift', (e) =>
    r.shifts.push({ start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput }),
  );
  // The first news item's title in the first <sz-news-list>: laid out (a box), in the viewport and
  // not hidden. Checked in animation frames, which run just before the browser paints.
  const tick = () => {
    const title = document.querySelector('sz-news-list')?.shadowRoot?.querySelector('[part~="item"] [part~="title"]');
    const box = title?.getBoundingClientRect();
    const inView = box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0;
    if (
      inView &&
      box.top < innerHeight &&
      box.left < innerWidth &&
      title.checkVisibility({ visibilityProperty: true })
    ) {
      r.headline = performance.now();
      r.headlineText = title.textContent.trim();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** One first visit of `url` in a fresh tab at 1280×800, until every widget shows its data and the network is idle. */
async function visit(browser, url, { rate, network }) {
  const { page, cdp } = await throttledPage(browser, rate);
  const requests = [];
  page.on('request', (req) => requests.push({ path: new URL(req.url()).pathname, type: req.resourceType() }));
  try {
    await page.setViewport({ width: 1280, height: 800 });
    // DevTools takes bytes per second.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: Math.floor((network.downKbps * 1024) / 8),
      uploadThroughput: Math.floor((network.upKbps * 1024) / 8),
    });
    await page.evaluateOnNewDocument(observeFirstView);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(widgetsShown, { timeout: 60_000, polling: 100 });
    // Late requests (a language's strings, the map's chunk) may still paint something larger.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    await page.evaluate(twoFrames);
    const seen = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        ...window.__firstView,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        htmlBytes: nav?.encodedBodySize,
      };
    });
    if (seen.headline === undefined) throw new Error(`${url}: the first headline was never on screen`);
    return { ...seen, requests };
  } finally {
    await page.close();
  }
}

/**
 * (g) `runs` first visits of each page, alternating (the order flips every round), after `warmup`
 * rounds. `clientPath` and `prerenderedPath` are the same page before and after `renderPage`.
 */
export async function prerenderCompare(browser, origin, { rate, runs, warmup, clientPath, prerenderedPath }) {
  const network = SLOW_4G;
  const variants = { prerendered: `${origin}${prerenderedPath}`, client: `${origin}${clientPath}` };
  const raw = { prerendered: [], client: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const kinds = Object.keys(variants);
    for (const kind of i % 2 ? kinds.reverse() : kinds) {
      const seen = await visit(browser, variants[kind], { rate, network });
      if (i < warmup) continue;
      const last = seen.lcp.at(-1);
      const data = seen.requests.filter((q) => q.type === 'fetch' || q.type === 'xhr');
      raw[kind].push({
        headline: seen.headline,
        headlineText: seen.headlineText,
        fcp: seen.fcp,
        lcp: last?.start,
        lcpElement: last ? { size: last.size, element: last.element, url: last.url || undefined } : undefined,
        cls: cls(seen.shifts),
        dataRequests: data.length,
        dataPaths: data.map((q) => q.path),
        requests: seen.requests.length,
        scripts: seen.requests.filter((q) => q.type === 'script').length,
        htmlBytes: seen.htmlBytes,
      });
    }
  }
  const out = { rate, network, runs };
  for (const kind of Object.keys(variants)) {
    const pick = (key, decimals) =>
      summarize(
        raw[kind].map((r) => r[key]),
        decimals,
      );
    out[kind] = {
      url: variants[kind].slice(origin.length),
      headline: pick('headline'),
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      cls: pick('cls', 4),
      dataRequests: pick('dataRequests', 0),
      requests: pick('requests', 0),
      scripts: pick('scripts', 0),
      htmlBytes: raw[kind][0].htmlBytes,
      headlineText: raw[kind][0].headlineText,
      // Runs whose headline check passed before the first contentful paint: in that first frame.
      headlineByFcp: raw[kind].filter((r) => r.headline <= r.fcp).length,
      dataPaths: [...new Set(raw[kind].flatMap((r) => r.dataPaths))],
      // What the LCP was in the run with the median LCP (the same element in every run, usually).
      lcpElement: [...raw[kind]].sort((x, y) => x.lcp - y.lcp)[Math.floor((raw[kind].length - 1) / 2)].lcpElement,
      runs: raw[kind],
    };
  }
  // How much sooner the prerendered page was, round by round (the two pages ran back to back).
  const sooner = (key) => summarize(raw.client.map((r, i) => r[key] - raw.prerendered[i][key]));
  out.headlineSooner = sooner('headline');
  out.lcpSooner = sooner('lcp');
  out.fcpSooner = sooner('fcp');
  return out;
}
