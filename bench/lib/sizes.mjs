// Sizes: min+gzip and min+brotli of every built entry and chunk in dist/, of the alternatives
// a partner would use instead (Leaflet; React 19 + ReactDOM), and the totals the budgets name.
//
// dist/ is already minified by the build (terser). leaflet.js, topojson-client.min.js and
// countries-110m.json ship minified; leaflet.css ships readable and is minified here with esbuild.
// gzip: zlib level 9; brotli: quality 11, text mode (what a CDN serving static files does).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { root } from './paths.mjs';

export function compressed(data) {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.[^"']+)["']\s*\)/g;

/** `import … from "./x.js"` and `import("./x.js")` of a built file, as dist-relative paths. */
function importsOf(dist, file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const resolve = (spec) => relative(dist, join(dirname(join(dist, file)), spec));
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1])),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1])),
  };
}

export const ENTRIES = [
  'sz-widgets.js',
  'sz-widgets.iife.js',
  'sz-news-list.js',
  'sz-center-card.js',
  'sz-center-map.js',
];

/** Every file an entry loads before it runs (static imports, transitively). */
export function staticClosure(graph, file, seen = new Set()) {
  if (seen.has(file) || !graph[file]) return seen;
  seen.add(file);
  for (const dep of graph[file].static) staticClosure(graph, dep, seen);
  return seen;
}

function describeChunk(file, graph) {
  // Rollup names chunks `[name]-[hash].js` with an 8-character hash.
  const base = basename(file, '.js');
  const name = file.startsWith('chunks/') ? base.slice(0, -9) : base;
  const loadedBy = Object.keys(graph);
  const statically = loadedBy.filter((f) => graph[f].static.includes(file)).map((f) => basename(f));
  const lazily = loadedBy.filter((f) => graph[f].dynamic.includes(file)).map((f) => basename(f));
  const what = {
    'map-geo': "**the map's map-geo chunk**: its drawing code (d3-geo's projection formulas, arcs, groups)",
    'equal-earth': "**the map's outlines, Equal Earth** (the default): countries projected at build time",
    'natural-earth': "the map's outlines, Natural Earth projection",
    mercator: "the map's outlines, Mercator projection",
    index: 'shared code of sz-widgets.js: Lit, the news list, the card, the map element',
    runtime: 'data flow: loader, offline copy (localStorage), events',
    'feed-lazy': 'feed parser entry (JSON Feed, sniffing)',
    'feed-xml': 'RSS / Atom parser (loaded only for XML feeds)',
    centres: 'centres dataset parser',
    types: 'SzError class',
    'zh-Hans': 'Chinese UI strings',
    he: 'Hebrew UI strings',
    fr: 'French UI strings',
    de: 'German UI strings',
  }[name];
  const by = [
    statically.length ? `imported by ${statically.join(', ')}` : '',
    lazily.length ? `import()ed by ${lazily.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return [what, by].filter(Boolean).join(' — ');
}

/** `dist`: the built files (run.mjs passes a snapshot of dist/, so a rebuild mid-run cannot mix versions). */
export async function measureSizes({ reactBundle, dist }) {
  // Every browser file: the entries and whatever folders of chunks the build writes (not the
  // Node validator, not the type declarations).
  const files = readdirSync(dist, { recursive: true })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.js') && !f.startsWith('validator/') && !f.startsWith('types/'))
    .sort(
      (a, b) =>
        (ENTRIES.includes(a) ? ENTRIES.indexOf(a) : 99) - (ENTRIES.includes(b) ? ENTRIES.indexOf(b) : 99) ||
        a.localeCompare(b),
    );
  const missing = ENTRIES.filter((e) => !files.includes(e));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(', ')}: run \`npm run build\` first.`);

  const graph = Object.fromEntries(files.map((f) => [f, importsOf(dist, f)]));
  const sizes = Object.fromEntries(files.map((f) => [f, compressed(readFileSync(join(dist, f)))]));
  const mapGeo = files.find((f) => /^chunks\/map-geo-/.test(f));
  // What a map loads when it connects: the drawing code and the default projection's outlines, side by side.
  const outlines = files.find((f) => /^chunks\/equal-earth-/.test(f));

  const distRows = files.map((f) => ({
    file: `dist/${f}`,
    role: ENTRIES.includes(f) ? entryRole(f) : describeChunk(f, graph),
    ...sizes[f],
  }));

  const sum = (list) =>
    list.reduce((t, s) => ({ min: t.min + s.min, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
      min: 0,
      gzip: 0,
      brotli: 0,
    });
  const group = (name, list, note) => ({
    name,
    files: list.map((f) => (f.startsWith('node_modules') || f.startsWith('bench') ? f : `dist/${f}`)),
    note,
    ...sum(list.map((f) => sizes[f] ?? alt[f])),
  });

  const leafletCssMin = (
    await transform(readFileSync(join(root, 'node_modules/leaflet/dist/leaflet.css'), 'utf8'), {
      loader: 'css',
      minify: true,
    })
  ).code;
  const alt = {
    'node_modules/leaflet/dist/leaflet.js': compressed(
      readFileSync(join(root, 'node_modules/leaflet/dist/leaflet.js')),
    ),
    'node_modules/leaflet/dist/leaflet.css': compressed(leafletCssMin),
    'node_modules/topojson-client/dist/topojson-client.min.js': compressed(
      readFileSync(join(root, 'node_modules/topojson-client/dist/topojson-client.min.js')),
    ),
    'node_modules/world-atlas/countries-110m.json': compressed(
      readFileSync(join(root, 'node_modules/world-atlas/countries-110m.json')),
    ),
    'bench/react/news-list.jsx (bundled)': compressed(reactBundle),
  };
  const version = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const altRows = [
    {
      file: 'leaflet/dist/leaflet.js',
      role: `Leaflet ${version('leaflet')} (as shipped, minified)`,
      ...alt['node_modules/leaflet/dist/leaflet.js'],
    },
    {
      file: 'leaflet/dist/leaflet.css',
      role: `Leaflet ${version('leaflet')} stylesheet (minified here with esbuild)`,
      ...alt['node_modules/leaflet/dist/leaflet.css'],
    },
    {
      file: 'topojson-client/dist/topojson-client.min.js',
      role: `topojson-client ${version('topojson-client')}: what a Leaflet page needs to read world-atlas`,
      ...alt['node_modules/topojson-client/dist/topojson-client.min.js'],
    },
    {
      file: 'world-atlas/countries-110m.json',
      role: `world-atlas ${version('world-atlas')} Natural Earth 1:110m countries (TopoJSON)`,
      ...alt['node_modules/world-atlas/countries-110m.json'],
    },
    {
      file: 'bench/react/news-list.jsx → esbuild bundle',
      role: `React ${version('react')} + ReactDOM ${version('react-dom')} minimal news list (esbuild, minified, production)`,
      ...alt['bench/react/news-list.jsx (bundled)'],
    },
  ];

  const newsClosure = [...staticClosure(graph, 'sz-news-list.js')];
  const mapClosure = [...staticClosure(graph, 'sz-center-map.js')];
  const mapGeoClosure = [...new Set([mapGeo, outlines].filter(Boolean).flatMap((f) => [...staticClosure(graph, f)]))];
  const totals = {
    newsListStatic: group(
      '<sz-news-list> entry + its static imports (Lit included)',
      newsClosure,
      'budget ≤ 10 KB gzip',
    ),
    mapGeo: group(
      "the map's lazy chunks: map-geo and the equal-earth outlines + their static imports",
      mapGeoClosure,
      'budget ≤ 45 KB gzip',
    ),
    moduleStatic: group(
      'sz-widgets.js + its static imports (everything but the lazy chunks)',
      [...staticClosure(graph, 'sz-widgets.js')],
      'budget ≤ 20 KB gzip',
    ),
    iife: group('classic script sz-widgets.iife.js (a loader of the module build)', ['sz-widgets.iife.js']),
    mapStatic: group('<sz-center-map> entry + its static imports', mapClosure),
    leaflet: group(
      'Leaflet js + css',
      ['node_modules/leaflet/dist/leaflet.js', 'node_modules/leaflet/dist/leaflet.css'],
      'the design says "about 42 KB"',
    ),
    leafletWithGeometry: group(
      'Leaflet js + css + topojson-client + countries-110m.json',
      [
        'node_modules/leaflet/dist/leaflet.js',
        'node_modules/leaflet/dist/leaflet.css',
        'node_modules/topojson-client/dist/topojson-client.min.js',
        'node_modules/world-atlas/countries-110m.json',
      ],
      'what the Leaflet page of the speed test downloads to draw the same map',
    ),
    react: group('React 19 + ReactDOM minimal news list', ['bench/react/news-list.jsx (bundled)']),
  };
  return {
    distRows,
    altRows,
    totals,
    mapGeoChunk: mapGeo ? `dist/${mapGeo}` : null,
    graph,
    sizes: { ...Object.fromEntries(files.map((f) => [`dist/${f}`, sizes[f]])) },
  };
}

function entryRole(f) {
  return {
    'sz-widgets.js': 'ES module bundle: defines every element, exports the data functions (shares chunks/index-*)',
    'sz-widgets.iife.js': 'classic script: a loader of sz-widgets.js',
    'sz-news-list.js': '<sz-news-list> alone, Lit included',
    'sz-center-card.js': '<sz-center-card> alone, Lit included',
    'sz-center-map.js': '<sz-center-map> alone, Lit included (drawing code and outlines in lazy chunks)',
  }[f];
}
