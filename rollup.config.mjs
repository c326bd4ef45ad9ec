// Builds dist/: the module bundle, one module entry per element, the classic-script bundle,
// type declarations and the shipped datasets.
import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const production = { compress: { passes: 2 }, format: { comments: false } };

const ts = (declarations) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: declarations,
    declarationDir: declarations ? 'dist/types' : undefined,
    sourceMap: true,
    // The build type-checks too, but `npm run typecheck` is the place that reports it.
    noEmitOnError: true,
  });

// A language chunk is one that src/i18n/load.ts import()s: named by its module, so the list of
// languages stays in src/i18n/languages.ts alone.
const isLanguage = (chunk) =>
  chunk.isDynamicEntry && /[\\/]src[\\/]i18n[\\/][^\\/]+\.ts$/.test(chunk.facadeModuleId ?? '');
const esOutput = {
  dir: 'dist',
  format: 'es',
  sourcemap: true,
  // Languages keep stable names (dist/i18n/<lang>.js): a partner can see, and self-host, each one.
  chunkFileNames: (chunk) => (isLanguage(chunk) ? 'i18n/[name].js' : 'chunks/[name]-[hash].js'),
  // Datasets keep stable names: data owners and partners link to dist/data/news.json.
  assetFileNames: 'data/[name][extname]',
};
// A lazily loaded chunk's own static imports are asked for only once it has arrived and been
// parsed: one more round trip on a widget's way to its data (the map: its data code, then the small
// shared chunk that code imports, then the dataset). Each import() asks for them at the same time.
// A failed one is left to the import() it goes with to report.
const parallelImports = {
  name: 'sz-parallel-imports',
  renderDynamicImport({ format, chunk, getTargetChunkImports }) {
    if (format !== 'es') return null;
    // What is there already when this code runs: the importing chunk and all it imports statically.
    const loaded = new Set();
    const visit = (id) => {
      if (loaded.has(id)) return;
      loaded.add(id);
      this.getModuleInfo(id)?.importedIds.forEach(visit);
    };
    chunk.moduleIds.forEach(visit);
    const early = (getTargetChunkImports() ?? []).filter(
      (target) => target.type === 'internal' && !target.chunk.moduleIds.some((id) => loaded.has(id)),
    );
    if (early.length === 0) return null;
    const asks = early.map((target) => `import(${target.resolvedImportPath}).catch(() => {})`);
    return { left: `(${asks.join(', ')}, import(`, right: '))' };
  },
};

const browserPlugins = (declarations, early = true) => [
  ...(early ? [parallelImports] : []),
  resolve(),
  ts(declarations),
  minifyHTML({ failOnError: true }),
  importMetaAssets(),
  terser(production),
];

// Each element's own entry is built on its own, Lit included, so a page that shows one kind of
// element loads one file first (plus chunks on demand). Pages with several kinds use
// sz-widgets.js, which shares one Lit and one loader among them.
const elementEntries = {
  'sz-news-list': 'src/news-list/define.ts',
  'sz-center-card': 'src/center-card/define.ts',
  'sz-center-map': 'src/center-map/define.ts',
};

export default [
  {
    input: { 'sz-widgets': 'src/index.ts' },
    output: esOutput,
    plugins: browserPlugins(true),
  },
  ...Object.entries(elementEntries).map(([name, input]) => ({
    input: { [name]: input },
    // Lets the entry file itself hold the element (and export what its lazy chunks need),
    // instead of a one-line facade in front of a chunk.
    preserveEntrySignatures: 'allow-extension',
    output: esOutput,
    // Not for the news list's own entry: its first download has no room for the 20 bytes.
    plugins: browserPlugins(false, name !== 'sz-news-list'),
  })),
  {
    // The classic script: a loader of the module build above (src/classic.ts).
    input: 'src/classic.ts',
    output: { file: 'dist/sz-widgets.iife.js', format: 'iife', sourcemap: true },
    plugins: browserPlugins(false),
  },
  {
    // Prerendering (Node 20+): `sz-widgets render` and renderPage. The elements are the browser's
    // own modules, with Lit, its server renderer and parse5 imported from node_modules, so that Node
    // picks Lit's server build and the renderer and the elements share one Lit.
    input: { 'render/index': 'src/render/index.ts', 'render/cli': 'src/render/cli.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      chunkFileNames: 'node/[name]-[hash].js',
      // The shipped datasets, the same files as the browser build's (their names are what embedded copies match).
      assetFileNames: 'data/[name][extname]',
    },
    external: (id) => /^(node:|lit|@lit-labs\/|parse5|jsdom|d3-geo|@mozilla\/)/.test(id),
    // Templates and styles minified as in the browser build: the prerendered markup is the same.
    plugins: [ts(false), minifyHTML({ failOnError: true, exclude: 'src/render/**' }), importMetaAssets()],
  },
  {
    // The data owners' commands (Node 20+): the validator and the feed builder, with the JSON
    // Schemas they check against.
    input: { 'validator/cli': 'src/validator/cli.ts', 'feed/cli': 'src/feed/cli.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'node/[name]-[hash].js' },
    external: [/^node:/, /^ajv/, 'jsdom', '@mozilla/readability'],
    plugins: [
      ts(false),
      {
        name: 'sz-schemas',
        generateBundle() {
          for (const name of ['centres.schema.json', 'news-feed.schema.json', 'feed-sources.schema.json']) {
            this.emitFile({ type: 'asset', fileName: `schemas/${name}`, source: readFileSync(`schemas/${name}`) });
          }
        },
      },
    ],
  },
];
