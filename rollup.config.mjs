// Builds dist/: the module bundle, one module entry per element, the classic-script bundle,
// type declarations and the shipped datasets.
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
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Datasets keep stable names: data owners and partners link to dist/data/news.json.
      assetFileNames: 'data/[name][extname]',
    },
    plugins: [resolve(), ts(true), minifyHTML({ failOnError: true }), importMetaAssets(), terser(production)],
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/sz-widgets.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      name: 'szWidgets',
      assetFileNames: 'data/[name][extname]',
      sourcemap: true,
    },
    plugins: [resolve(), ts(false), minifyHTML({ failOnError: true }), importMetaAssets(), terser(production)],
  },
];
