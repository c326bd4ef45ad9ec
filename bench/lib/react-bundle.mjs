// Bundles bench/react/news-list.jsx with React 19 + ReactDOM: minified, production, ES module,
// no license comments (dist/ is built without comments too). In memory: nothing is written.
import { build } from 'esbuild';
import { join } from 'node:path';
import { root } from './paths.mjs';

export async function buildReactBundle() {
  const result = await build({
    entryPoints: [join(root, 'bench/react/news-list.jsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
