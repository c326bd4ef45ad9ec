// Size budgets (min+gzip), checked in `npm test`, on the dist/ files exactly as they are served.
//
// "<sz-news-list> entry with Lit": the entry file plus every chunk it imports statically (Lit is
// in those), found by following its `import … from "./…"` statements; chunks loaded on demand
// with import() (data layer, parsers, other languages) are not counted there.
// The map's lazy chunks: what `<sz-center-map>` loads when it connects: its drawing code and the
// outlines of the projection it shows (each projection checked; equal-earth is the default).
// "Everything but the map": dist/sz-widgets.js with all it imports statically (every element, Lit,
// the strings, the data controller); its data functions, the data flow and the parsers arrive in
// chunks it loads on demand, the map's drawing code and shapes in the map's lazy chunk. The
// classic script is a small loader of that same build.
const { readFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    let code = '';
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return; // not built yet: size-limit reports the missing file
    }
    // Static imports only: `import{a}from"./x.js"`, `import"./x.js"` and `export{a}from"./x.js"`,
    // never `import("./x.js")`.
    for (const [, spec] of code.matchAll(/\b(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["'](\.[^"']+)["']/g)) {
      visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen].map((f) => relative(__dirname, f));
}

/**
 * The chunks an entry loads with import() whose file names contain each of `names` (one each), with
 * their static imports.
 */
function lazyChunks(entry, ...names) {
  let code = '';
  try {
    code = readFileSync(entry, 'utf8');
  } catch {
    return [relative(__dirname, entry)];
  }
  const specs = [...code.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => m[1]);
  return [
    ...new Set(
      names.flatMap((name) => {
        const spec = specs.find((s) => s.includes(`/${name}-`));
        return spec
          ? staticClosure(join(dirname(entry), spec))
          : [`${name} (no such chunk in ${relative(__dirname, entry)})`];
      }),
    ),
  ];
}

module.exports = [
  {
    name: '<sz-news-list> entry with Lit (all it imports statically)',
    path: staticClosure(join(__dirname, 'dist/sz-news-list.js')),
    gzip: true,
    limit: '10 KB',
  },
  ...['equal-earth', 'natural-earth', 'mercator'].map((projection) => ({
    name: `The map's lazily loaded code and geometry (its drawing code, the ${projection} outlines)`,
    path: lazyChunks(join(__dirname, 'dist/sz-center-map.js'), 'map-geo', projection),
    gzip: true,
    limit: '45 KB',
  })),
  {
    // The data functions it exports arrive in a chunk it awaits (see src/index.ts), not counted.
    name: 'The module bundle sz-widgets.js with all it imports statically (every element; not the lazy chunks)',
    path: staticClosure(join(__dirname, 'dist/sz-widgets.js')),
    gzip: true,
    limit: '20 KB',
  },
  {
    // The classic script loads the module build: what a classic page downloads before its
    // widgets render is that script and the module bundle's static part.
    name: 'Everything but the map, on a classic-script page (sz-widgets.iife.js and the module bundle it loads)',
    path: ['dist/sz-widgets.iife.js', ...staticClosure(join(__dirname, 'dist/sz-widgets.js'))],
    gzip: true,
    limit: '20 KB',
  },
];
