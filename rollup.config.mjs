// Builds dist/: the module bundle, one module entry per element, the classic-script bundle,
// type declarations and the shipped datasets.
import { readFileSync, readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const production = { compress: { passes: 2 }, format: { comments: false } };

/** Copies datasets/*.json into dist/data/, next to the bundles that default to them. */
function datasets() {
  return {
    name: 'sz-datasets',
    generateBundle() {
      for (const file of readdirSync('datasets')) {
        if (!file.endsWith('.json')) continue;
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(`datasets/${file}`) });
      }
    },
  };
}

const ts = (declarations) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: declarations,
    declarationDir: declarations ? 'dist/types' : undefined,
    sourceMap: true,
    // The build type-checks too, but `npm run typecheck` is the place that reports it.
    noEmitOnError: true,
  });

export default [
  {
    input: {
      'sz-widgets': 'src/index.ts',
      'sz-news-list': 'src/news-list/define.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      // Shared chunks stay at the top of dist/ so import.meta.url finds dist/data/ from any file.
      chunkFileNames: 'sz-shared-[hash].js',
    },
    plugins: [resolve(), ts(true), terser(production), datasets()],
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/sz-widgets.iife.js',
      format: 'iife',
      name: 'szWidgets',
      sourcemap: true,
    },
    plugins: [resolve(), ts(false), terser(production)],
  },
];
