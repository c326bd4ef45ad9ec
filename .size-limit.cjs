// Size budgets (min+gzip), checked in `npm test`. The built dist/ files are re-bundled with
// esbuild, code-splitting kept, so each line counts what a browser downloads for it.
const splitting = (config) => ({ ...config, format: 'esm', splitting: true });

/** Leaves out what is only loaded on demand (import()), to measure the static part alone. */
const staticOnly = (config) => ({
  ...splitting(config),
  plugins: [
    {
      name: 'dynamic-imports-external',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
      },
    },
  ],
});

module.exports = [
  {
    name: '<sz-news-list> entry with Lit (all it imports statically)',
    path: 'dist/sz-news-list.js',
    modifyEsbuildConfig: staticOnly,
    gzip: true,
    limit: '10 KB',
  },
  {
    name: 'Module bundle: every element and chunk but the map geometry',
    path: 'dist/sz-widgets.js',
    modifyEsbuildConfig: splitting,
    gzip: true,
    limit: '20 KB',
  },
  {
    name: 'Classic-script bundle (everything in one file)',
    path: 'dist/sz-widgets.iife.js',
    gzip: true,
    limit: '20 KB',
  },
];
