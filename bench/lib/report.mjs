// The Markdown tables printed at the end of a run (and pasted in bench/README.md).
const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
const pass = (ok) => (ok ? 'yes' : '**no**');

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

// The targets (DESIGN.md and the issues), in one place: the tables and the summary use these.
const MAP_TARGET = 0.5;
const TASK_TARGET = 50;
const TBT_TARGET = 100;
const LH_TARGET = { performance: 95, accessibility: 100, 'best-practices': 100 };
/** CLS scores are shown, and compared, to three decimals, as Lighthouse shows them. */
const clsText = (x) => x.toFixed(3);
const sameCls = (a, b) => clsText(a) === clsText(b);
const score = (s) => `${s.median.toFixed(3)} (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;

const METRIC_NAMES = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

export function markdown(r) {
  const out = [];
  const m = r.meta;
  out.push(`## sz-widgets bench — ${m.date}`);
  out.push('');
  out.push(
    `${m.browser}, Node ${m.node}, ${m.cpus} × ${m.cpuModel}. Speed: CPU throttled ${m.rate}× (Emulation.setCPUThrottlingRate; a fixed JS loop ran ${r.calibration?.measuredSlowdown ?? '?'}× slower), ` +
      `HTTP cache off, median of ${m.runs} runs after ${m.warmup} warm-up run(s), (min–max) in brackets, ms. Sizes in kB = 1,000 bytes (as size-limit counts), gzip level 9, brotli quality 11. Run time ${Math.round(m.durationMs / 1000)} s; 1-minute load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end${Math.max(m.loadAverage.start, m.loadAverage.end) > m.cpus ? ' — **the machine was busy: timings are noisy**' : ''}.`,
  );

  out.push('', '### Targets', '');
  out.push(table(['target', 'measured', 'met'], targets(r)));

  const s = r.sizes;
  out.push('', '### Size of every built file (dist/, as built: minified)', '');
  out.push(
    table(
      ['file', 'min', 'gzip', 'brotli', 'what it is'],
      s.distRows.map((f) => [`\`${f.file}\``, kB(f.min), kB(f.gzip), kB(f.brotli), f.role]),
    ),
  );
  out.push('', `The map's lazily loaded chunk is \`${s.mapGeoChunk}\`.`);
  out.push('', '### Alternatives (from the npm registry)', '');
  out.push(
    table(
      ['file', 'min', 'gzip', 'brotli', 'what it is'],
      s.altRows.map((f) => [`\`${f.file}\``, kB(f.min), kB(f.gzip), kB(f.brotli), f.role]),
    ),
  );

  const t = s.totals;
  const dl = r.downloads ?? {};
  const row = (name, a, budget, ok) => [name, kB(a.gzip), kB(a.brotli), budget ?? '', ok === undefined ? '' : pass(ok)];
  out.push('', '### Budgets and comparisons (min+gzip)', '');
  const rows = [
    row(
      '`<sz-news-list>` entry + static imports (Lit included)',
      t.newsListStatic,
      '≤ 10 kB',
      t.newsListStatic.gzip <= 10_000,
    ),
    row("map's lazy chunks (drawing code + equal-earth outlines)", t.mapGeo, '≤ 45 kB', t.mapGeo.gzip <= 45_000),
    row(
      '`sz-widgets.js` + static imports: every element (everything but the lazy chunks)',
      t.moduleStatic,
      '≤ 20 kB',
      t.moduleStatic.gzip <= 20_000,
    ),
    row('classic script `sz-widgets.iife.js` (a loader of the module build)', t.iife),
  ];
  if (dl.news)
    rows.push(
      row(
        `page with only \`<sz-news-list>\`: every script it downloaded to show the feed (${dl.news.files.length} files)`,
        dl.news,
      ),
    );
  rows.push(
    row(
      'React 19 + ReactDOM minimal list (no fetch, parser, states or languages)',
      t.react,
      dl.news ? `React ÷ widget = ${(t.react.gzip / dl.news.gzip).toFixed(2)}×` : '',
    ),
  );
  if (dl.widgetMap)
    rows.push(
      row(
        `page with only \`<sz-center-map>\`: every script it downloaded (${dl.widgetMap.files.length} files, geometry included)`,
        dl.widgetMap,
      ),
    );
  rows.push(
    row(
      'Leaflet alone (js + css)',
      t.leaflet,
      dl.widgetMap ? `Leaflet ÷ widget = ${(t.leaflet.gzip / dl.widgetMap.gzip).toFixed(2)}×` : '',
    ),
  );
  if (dl.leafletMap)
    rows.push(
      row(
        `Leaflet page of the speed test: leaflet, topojson-client, countries-110m (${dl.leafletMap.files.length} files)`,
        dl.leafletMap,
        dl.widgetMap ? `÷ widget = ${(dl.leafletMap.gzip / dl.widgetMap.gzip).toFixed(2)}×` : '',
      ),
    );
  out.push(table(['what', 'gzip', 'brotli', 'budget / ratio', 'within'], rows));

  out.push('', `### Speed (CPU ${m.rate}× slower, ms)`, '');
  const a = r.speed?.news;
  const b = r.speed?.map;
  const c = r.speed?.cache;
  const srows = [];
  if (a) {
    srows.push([
      `(a) \`<sz-news-list>\`: \`parseFeed\` + set \`items\` + \`updateComplete\`, ${a.items} items`,
      ms(a.widget.parseDom),
      '',
      '',
    ]);
    srows.push([
      '(a) hand-written DOM baseline: same `parseFeed` + createElement/textContent',
      ms(a.baseline.parseDom),
      `widget ÷ baseline = **${a.ratio.parseDom}×**`,
      `≤ 1.3×: ${pass(a.ratio.parseDom <= 1.3)}`,
    ]);
    srows.push([
      '(a) DOM only (after the parse): widget vs baseline',
      `${ms(a.widget.dom)} vs ${ms(a.baseline.dom)}`,
      `${a.ratio.dom}×`,
      '',
    ]);
    srows.push(['(a) `parseFeed` alone (the same call in every total)', ms(a.widget.parse), '', '']);
    srows.push([
      '(a) until laid out (+ forced style and layout, the same CSS in both): widget vs baseline',
      `${ms(a.widget.total)} vs ${ms(a.baseline.total)}`,
      `${a.ratio.total}×`,
      '',
    ]);
    srows.push([
      '(a) React 19 list, for reference: same `parseFeed` + `flushSync` render (same markup and CSS)',
      ms(a.react.parseDom),
      `React ÷ baseline = ${a.ratio.reactParseDom}×`,
      '',
    ]);
  }
  if (b) {
    srows.push([
      `(b) \`<sz-center-map>\`: element connected → all ${b.widget.markers} centres' markers on screen (${b.widget.buttons} buttons)`,
      ms(b.widget.connectToMarkers),
      '',
      '',
    ]);
    srows.push([
      `(b) Leaflet: start → countries-110m GeoJSON layer (${b.leaflet.paths} paths) + ${b.leaflet.markers} markers on screen`,
      ms(b.leaflet.connectToMarkers),
      `widget ÷ Leaflet = **${b.ratio.connect}×**`,
      `≤ ${MAP_TARGET}×: ${pass(b.ratio.connect <= MAP_TARGET)}`,
    ]);
    srows.push([
      "(b) Leaflet drawing the widget's own simplified shapes instead",
      ms(b.leafletSimplified.connectToMarkers),
      `widget ÷ this = ${b.ratio.connectSimplified}×`,
      '',
    ]);
    srows.push([
      '(b) whole page: navigation start → markers, widget vs Leaflet',
      `${ms(b.widget.navigationToMarkers)} vs ${ms(b.leaflet.navigationToMarkers)}`,
      `${b.ratio.navigation}×`,
      '',
    ]);
  }
  if (c) {
    srows.push([
      `(c) cold visit: no offline copy, feed served ${c.delayMs} ms late → first item on screen`,
      ms(c.cold.firstItems),
      '',
      '',
    ]);
    srows.push([
      `(c) returning visit: from the localStorage copy (“${c.warm.status}”) → first item on screen`,
      ms(c.warm.firstItems),
      `warm ÷ cold = **${c.ratio.firstItems}×**`,
      `faster: ${pass(c.ratio.firstItems < 1)}`,
    ]);
    srows.push([
      '(c) fresh data from the network (`sz-load`), cold vs returning',
      `${ms(c.cold.loaded)} vs ${ms(c.warm.loaded)}`,
      '',
      '',
    ]);
  }
  const d = r.speed?.longFeed;
  if (d) {
    srows.push([
      `(d) a ${d.items.toLocaleString('en')}-item feed by URL: longest main-thread task, navigation → list on screen`,
      ms(d.longestTask),
      `tasks over 50 ms: ${ms(d.tasksOver50)}`,
      `≤ 50 ms: ${pass(d.longestTask.median <= 50)}`,
    ]);
    srows.push(['(d) the same: navigation → `sz-load`', ms(d.loaded), '', '']);
  }
  if (srows.length) out.push(table(['measure', 'median (min–max)', 'ratio', 'target'], srows));
  else out.push('Speed was not measured.');
  if (a && (a.markupDiff.baseline || a.markupDiff.react)) out.push('', `Markup check: ${JSON.stringify(a.markupDiff)}`);
  else if (a)
    out.push(
      '',
      'Markup check: the baseline and the React list render the same elements, attributes and text as the widget (first 8 items compared).',
    );

  const life = r.speed?.life;
  if (life) out.push('', ...lifeSection(life, m));
  const pre = r.speed?.prerender;
  if (pre) out.push('', ...prerenderSection(pre, m));

  out.push('', '### Lighthouse (mobile defaults, simulated throttling)', '');
  const lh = r.lighthouse ?? [];
  if (!lh.length) out.push('Lighthouse was not run.');
  const target = lh.find((x) => x.role === 'target' && !x.error);
  const control = lh.find((x) => x.role === 'control' && !x.error);
  if (target && control) {
    out.push(lighthousePair(target, control), '');
    out.push('Every page Lighthouse ran:', '');
  }
  const lrows = lh.map((x) =>
    x.error
      ? [`[${lh.indexOf(x) + 1}] ${x.label}`, 'could not run', x.error, '', '', '']
      : [
          `[${lh.indexOf(x) + 1}] ${x.label}`,
          `${x.scores.performance} (${pass(x.scores.performance >= 95)})${x.runs > 1 ? `, median of ${x.runs}: ${x.allScores.map((sc) => sc.performance).join(', ')}` : ''}`,
          `${x.scores.accessibility} (${pass(x.scores.accessibility === 100)})`,
          `${x.scores['best-practices']} (${pass(x.scores['best-practices'] === 100)})`,
          String(x.scores.seo),
          Object.entries(x.metrics)
            .map(([k, v]) => `${METRIC_NAMES[k] ?? k} ${v}`)
            .join(', '),
        ],
  );
  if (lrows.length)
    out.push(
      table(['served', 'performance (≥ 95)', 'accessibility (100)', 'best practices (100)', 'SEO', 'metrics'], lrows),
    );
  lh.forEach((x, i) => (x.key = `[${i + 1}]`));
  if (lrows.length) out.push('');
  for (const x of lh) {
    if (x.error) continue;
    for (const [cat, list] of Object.entries(x.failing)) {
      for (const f of list) {
        const where = f.items
          .map((i) =>
            i.selector ? `\`${i.selector}\`${i.label ? ` (“${i.label}”)` : ''}` : (i.url ?? i.description ?? ''),
          )
          .filter(Boolean);
        out.push(
          `- ${x.key}, ${cat}: \`${f.id}\` — ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}${where.length ? `: ${where.join('; ')}` : ''}`,
        );
      }
    }
    if (x.longTasks?.length)
      out.push(
        `- ${x.key}, long tasks (simulated ms): ${x.longTasks.map((t) => `${t.duration} at ${t.startTime} (${t.url.replace(/^https?:\/\/[^/]+/, '')})`).join('; ')}`,
      );
    if (x.bootup?.length)
      out.push(
        `- ${x.key}, script execution (simulated ms, total/scripting/parse+compile): ${x.bootup.map((t) => `${t.url.replace(/^https?:\/\/[^/]+/, '')} ${t.total}/${t.scripting}/${t.parseCompile}`).join('; ')}`,
      );
    if (x.requestedMissingFavicon)
      out.push(
        `- ${x.key}: the browser asked for \`/favicon.ico\`, which the page does not provide (404; the demo has no \`<link rel="icon">\`).`,
      );
    if (x.benchmarkIndex)
      out.push(
        `- ${x.key}: Lighthouse benchmarkIndex ${x.benchmarkIndex} (its CPU speed estimate for this machine at the time).`,
      );
    for (const w of x.warnings ?? []) out.push(`- ${x.key}, Lighthouse warning: ${w}`);
  }
  return out.join('\n');
}

/** The summary at the top: every target of the run, what was measured, met or not. */
function targets(r) {
  const rows = [];
  const t = r.sizes?.totals;
  if (t) {
    rows.push([
      '`<sz-news-list>` entry + static imports ≤ 10 kB (gzip)',
      kB(t.newsListStatic.gzip),
      pass(t.newsListStatic.gzip <= 10_000),
    ]);
    rows.push(["map's lazy chunks (code + outlines) ≤ 45 kB (gzip)", kB(t.mapGeo.gzip), pass(t.mapGeo.gzip <= 45_000)]);
    rows.push([
      '`sz-widgets.js` + static imports ≤ 20 kB (gzip)',
      kB(t.moduleStatic.gzip),
      pass(t.moduleStatic.gzip <= 20_000),
    ]);
  }
  const { news: a, map: b, cache: c, longFeed: d, life: e } = r.speed ?? {};
  if (a)
    rows.push([
      '(a) 1,000 items: widget ÷ hand-written DOM ≤ 1.3×',
      `${a.ratio.parseDom}×`,
      pass(a.ratio.parseDom <= 1.3),
    ]);
  if (b)
    rows.push([
      `(b) map, connection → markers: widget ÷ Leaflet ≤ ${MAP_TARGET}×`,
      `${b.ratio.connect}× (${Math.round(b.widget.connectToMarkers.median)} vs ${Math.round(b.leaflet.connectToMarkers.median)} ms)`,
      pass(b.ratio.connect <= MAP_TARGET),
    ]);
  if (c)
    rows.push(['(c) returning visit faster than a cold one', `${c.ratio.firstItems}×`, pass(c.ratio.firstItems < 1)]);
  if (d)
    rows.push([
      `(d) 10,000-item feed: longest task ≤ ${TASK_TARGET} ms`,
      `${Math.round(d.longestTask.median)} ms`,
      pass(d.longestTask.median <= TASK_TARGET),
    ]);
  if (e) {
    rows.push([
      `(e) demo page's life: longest task attributable to the package ≤ ${TASK_TARGET} ms`,
      `${Math.round(e.widgets.longestPackage.median)} ms`,
      pass(e.widgets.longestPackage.median <= TASK_TARGET),
    ]);
    rows.push([
      `(e) demo page's life: total blocking time the widgets add ≤ ${TBT_TARGET} ms`,
      `${Math.round(e.tbtAdded.median)} ms`,
      pass(e.tbtAdded.median <= TBT_TARGET),
    ]);
    rows.push([
      '(f) CLS of the load: with widgets = without',
      `${clsText(e.widgets.cls.median)} vs ${clsText(e.bare.cls.median)}`,
      pass(sameCls(e.widgets.cls.median, e.bare.cls.median)),
    ]);
  }
  const g = r.speed?.prerender;
  if (g) {
    rows.push([
      '(g) first headline on screen: prerendered earlier than client-only',
      `${Math.round(g.prerendered.headline.median)} vs ${Math.round(g.client.headline.median)} ms`,
      pass(g.prerendered.headline.median < g.client.headline.median),
    ]);
    rows.push([
      '(g) LCP: prerendered ≤ client-only',
      `${Math.round(g.prerendered.lcp.median)} vs ${Math.round(g.client.lcp.median)} ms`,
      pass(g.prerendered.lcp.median <= g.client.lcp.median),
    ]);
    rows.push([
      '(g) prerendered page: no data request (the data is embedded)',
      `${g.prerendered.dataRequests.max} (client-only: ${g.client.dataRequests.median})`,
      pass(g.prerendered.dataRequests.max === 0),
    ]);
  }
  const lh = (r.lighthouse ?? []).find((x) => x.role === 'target');
  if (lh && !lh.error)
    for (const [cat, min] of Object.entries(LH_TARGET))
      rows.push([
        `Lighthouse ${cat.replace('-', ' ')} ${min === 100 ? '= 100' : `≥ ${min}`} (demo page, median of ${lh.runs})`,
        String(lh.scores[cat]),
        pass(lh.scores[cat] >= min),
      ]);
  return rows;
}

/** (e) and (f): the demo page's life against the same page without widgets. */
function lifeSection(e, m) {
  const w = e.widgets;
  const n = e.bare;
  const selected = w.runs[0]?.selected;
  const out = [`### The demo page's life (CPU ${e.rate}× slower, ms)`, ''];
  out.push(
    `\`${w.url}\` (demo/index.html) against \`${n.url}\` (the same without widgets), ${w.longestPackage.runs} runs each after ${m.warmup} warm-up, in turns, each in a fresh tab: ` +
      `load at 1280×800 with no offline copy → every widget shows its data → a click on the map's marker of \`${selected}\` (the linked card follows) → ` +
      `viewport 375 px wide, two frames → \`<html lang>\` ${e.langs.map((l) => `\`${l}\``).join(' then ')}, each until the widgets speak it. ` +
      `Long tasks from the \`longtask\` observer; blocking time = Σ (duration − ${e.blockingFrom} ms).`,
    '',
  );
  const steps = Object.keys(w.tbtByStep);
  const where = (t) =>
    t
      ? `typical: ${t.duration} ms in “${t.step}”, ${t.package === 'rendering' ? 'the rendering after a ' : ''}${t.script.type} \`${t.script.invoker}\`${t.script.source ? ` at \`${t.script.source}\`` : ''}${t.script.url ? ` (\`${t.script.url}\`)` : ''}`
      : 'no long task of the package';
  const rows = [
    [
      '(e) longest task attributable to the package, whole life',
      ms(w.longestPackage),
      '—',
      where(e.typicalLongest),
      `≤ ${TASK_TARGET} ms: ${pass(w.longestPackage.median <= TASK_TARGET)}`,
    ],
    [
      '(e) total blocking time, whole life',
      ms(w.tbt),
      ms(n.tbt),
      `added by the widgets (round by round): **${ms(e.tbtAdded)}**`,
      `≤ ${TBT_TARGET} ms: ${pass(e.tbtAdded.median <= TBT_TARGET)}`,
    ],
    ['(e) … of which in tasks attributed to the package', ms(w.tbtPackage), ms(n.tbtPackage), '', ''],
    [
      '(e) long tasks: how many; the longest not attributed to the package',
      `${ms(w.longTasks)}; ${ms(w.longestOther)}`,
      `${ms(n.longTasks)}; ${ms(n.longestOther)}`,
      '',
      '',
    ],
    [
      `(e) blocking time by step: ${steps.join(' / ')}`,
      steps.map((k) => Math.round(w.tbtByStep[k].median)).join(' / '),
      steps.map((k) => Math.round(n.tbtByStep[k].median)).join(' / '),
      'medians',
      '',
    ],
    ['(e) navigation → every widget showing its data (the load step)', ms(w.loadedAt), ms(n.loadedAt), '', ''],
    [
      '(f) CLS of the load (largest session window of shifts without input, up to the end of the load step)',
      score(w.cls),
      score(n.cls),
      e.typicalShifts.length
        ? `shifts in the median run: ${e.typicalShifts.map((x) => `${x.value} at ${x.start} ms (${x.sources.join(', ')})`).join('; ')}`
        : '',
      `equal: ${pass(sameCls(w.cls.median, n.cls.median))}`,
    ],
  ];
  out.push(table(['measure', 'demo page', 'without widgets', 'difference / where', 'target'], rows));
  return out;
}

/** (g): the demo page prerendered against the same page rendered in the browser only. */
function prerenderSection(g, m) {
  const p = g.prerendered;
  const c = g.client;
  const n = g.network;
  const out = [`### The demo page prerendered vs client-only (CPU ${g.rate}× slower, ${n.name}, ms)`, ''];
  out.push(
    `\`${p.url}\` (demo/index.html after \`renderPage\`: ${g.rendered} widgets prerendered, their data embedded) against \`${c.url}\` (the same page as written), ` +
      `${p.headline.runs} first visits each after ${m.warmup} warm-up, in turns, each in a fresh tab at 1280×800 with localStorage cleared, HTTP cache off, gzip, ` +
      `network emulated: ${n.latencyMs} ms latency per request, ${Math.round(n.downKbps)} kbit/s down, ${Math.round(n.upKbps)} kbit/s up. ` +
      'Times from navigation start; "sooner" is client-only minus prerendered, round by round.',
    '',
  );
  const lcpOf = (x) =>
    x.lcpElement
      ? `${x.lcpElement.element ? `\`${x.lcpElement.element}\`` : 'inside a shadow root (not named)'}, ${x.lcpElement.size.toLocaleString('en')} px²`
      : 'none';
  const count = (s) => `${s.median} (${s.min}–${s.max})`;
  const paths = (x) => (x.dataPaths.length ? `: ${x.dataPaths.map((d) => `\`${d}\``).join(', ')}` : '');
  const rows = [
    [
      `(g) first headline on screen: the first item's title (“${p.headlineText}”) laid out in the viewport, checked every frame`,
      ms(p.headline),
      ms(c.headline),
      `sooner: **${ms(g.headlineSooner)}**`,
      `earlier: ${pass(p.headline.median < c.headline.median)}`,
    ],
    [
      '(g) LCP (the last `largest-contentful-paint` entry once the page settled)',
      ms(p.lcp),
      ms(c.lcp),
      `sooner: ${ms(g.lcpSooner)}`,
      `≤: ${pass(p.lcp.median <= c.lcp.median)}`,
    ],
    ['(g) … the LCP element (median run)', lcpOf(p), lcpOf(c), '', ''],
    [
      '(g) FCP',
      ms(p.fcp),
      ms(c.fcp),
      `sooner: ${ms(g.fcpSooner)}; prerendered headline found in the first painted frame (before FCP) in ${p.headlineByFcp} of ${p.fcp.runs} runs`,
      '',
    ],
    ['(g) CLS (navigation → settled, no input)', score(p.cls), score(c.cls), '', ''],
    [
      '(g) data requests (`fetch`)',
      `${count(p.dataRequests)}${paths(p)}`,
      `${count(c.dataRequests)}${paths(c)}`,
      '',
      '',
    ],
    [
      '(g) requests in all; of which scripts',
      `${count(p.requests)}; ${count(p.scripts)}`,
      `${count(c.requests)}; ${count(c.scripts)}`,
      '',
      '',
    ],
    ['(g) the page itself as sent (gzip), kB', kB(p.htmlBytes), kB(c.htmlBytes), '', ''],
  ];
  out.push(table(['measure', 'prerendered', 'client-only', 'difference', 'target'], rows));
  return out;
}

/** Lighthouse: the demo page and the page without widgets side by side, with the targets. */
function lighthousePair(t, c) {
  const runs = (x, cat) => (x.runs > 1 ? ` (${x.allScores.map((sc) => sc[cat]).join(', ')})` : '');
  const rows = ['performance', 'accessibility', 'best-practices', 'seo'].map((cat) => [
    cat === 'seo' ? 'SEO' : cat.replace('-', ' '),
    `${t.scores[cat]}${runs(t, cat)}`,
    `${c.scores[cat]}${runs(c, cat)}`,
    LH_TARGET[cat] === undefined
      ? ''
      : `${LH_TARGET[cat] === 100 ? '100' : `≥ ${LH_TARGET[cat]}`}: ${pass(t.scores[cat] >= LH_TARGET[cat])}`,
  ]);
  for (const [k, name] of Object.entries(METRIC_NAMES)) rows.push([name, t.metrics[k] ?? '', c.metrics[k] ?? '', '']);
  rows.push([
    'Lighthouse benchmarkIndex (its CPU speed estimate)',
    String(t.benchmarkIndex ?? ''),
    String(c.benchmarkIndex ?? ''),
    '',
  ]);
  return table(
    [
      `median of ${t.runs} run${t.runs > 1 ? 's' : ''} each, in turns (by performance; every run's score in brackets)`,
      'demo page',
      'without widgets',
      'target (demo page)',
    ],
    rows,
  );
}
