// Builds the React, Vue and Angular host apps in test/hosts/ into test/hosts/.build/<framework>/
// with esbuild, the way a partner's app bundles the package (npm run build first: they use dist/).
//
// `import 'sz-widgets'` resolves through this package's own "exports" (a package may import
// itself by name), so the apps get exactly the files a partner installing from npm gets.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hosts = join(root, 'test', 'hosts');
const out = join(hosts, '.build');

if (!existsSync(join(root, 'dist', 'sz-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true,
  format: 'esm',
  // Lazy chunks stay lazy (the map's geometry, languages), as in a real app's build.
  splitting: true,
  // ES2022: sz-widgets.js awaits its data functions at the top level (see src/index.ts), as
  // current app toolchains allow (Vite, Angular, webpack 5 and esbuild at es2022 or later).
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': '"production"' },
};

const apps = {
  react: {},
  // The build of Vue with the template compiler, and the flags its bundler build expects.
  vue: {
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      ...common.define,
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  },
  angular: {},
};

for (const [name, options] of Object.entries(apps)) {
  await build({ ...common, ...options, entryPoints: [join(hosts, name, 'main.js')], outdir: join(out, name) });
}

// The package finds its shipped datasets with new URL('…/data/x', import.meta.url). Vite and
// webpack copy such files; esbuild leaves the expression alone, so the URL now points beside
// the app's own bundle. Copy the datasets to exactly the places the bundled code names.
const dataUrl = /new URL\("([^"]*data\/[^"]+)", import\.meta\.url\)/g;
const copied = new Set();
for (const file of readdirSync(out, { recursive: true })) {
  if (!String(file).endsWith('.js')) continue;
  const path = join(out, String(file));
  for (const [, relative] of readFileSync(path, 'utf8').matchAll(dataUrl)) {
    const target = resolve(dirname(path), relative);
    if (copied.has(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(root, 'dist', 'data', basename(relative)), target);
    copied.add(target);
  }
}
if (copied.size === 0)
  throw new Error('no dataset URL found in the host bundles: has the package changed how it finds them?');
console.log(
  `host apps built in ${out} (${Object.keys(apps).join(', ')}); datasets copied: ${[...copied].map((p) => p.slice(root.length + 1)).join(', ')}`,
);
