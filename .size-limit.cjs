// Size budgets (min+gzip), checked in `npm test`, on the dist/ files exactly as they are served.
//
// "<sz-news-list> entry with Lit": the entry file plus every chunk it imports statically (Lit is
// in those), found by following its `import … from "./…"` statements; chunks loaded on demand
// with import() (data layer, parsers, other languages) are not counted there.
// "Everything but the map geometry": the classic-script bundle, one file with every element, the
// data layer, the parsers and all five languages.
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

module.exports = [
  {
    name: '<sz-news-list> entry with Lit (all it imports statically)',
    path: staticClosure(join(__dirname, 'dist/sz-news-list.js')),
    gzip: true,
    limit: '10 KB',
  },
  {
    name: 'Everything but the map geometry (the classic-script bundle)',
    path: 'dist/sz-widgets.iife.js',
    gzip: true,
    limit: '20 KB',
  },
];
