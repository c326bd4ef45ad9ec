// Prints ready-to-paste <script> tags with Subresource Integrity hashes for the built entry files
// (npm run build first), plus an import map that pins the files the entries load by themselves.
//
//   npm run sri                                  # URLs on jsDelivr for this package's version
//   npm run sri -- https://example.org/sz/       # your own copy of dist/
//
// Each hash equals `openssl dgst -sha384 -binary FILE | openssl base64 -A`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'sz-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const base = new URL(process.argv[2] ?? `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`);
if (!base.pathname.endsWith('/')) base.pathname += '/';

const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(dist, file)))
    .digest('base64')}`;
const url = (file) => new URL(file, base).href;

const entries = [
  ['sz-widgets.js', 'module', 'every element'],
  ['sz-news-list.js', 'module', '<sz-news-list> only'],
  ['sz-center-card.js', 'module', '<sz-center-card> only'],
  ['sz-center-map.js', 'module', '<sz-center-map> only'],
  ['sz-widgets.iife.js', 'classic', 'classic script: loads sz-widgets.js (all three elements) from beside itself'],
];
for (const [file, kind, what] of entries) {
  const type = kind === 'module' ? ' type="module"' : '';
  console.log(`<!-- ${file}: ${what} -->`);
  console.log(`<script${type} src="${url(file)}" integrity="${sri(file)}" crossorigin="anonymous"></script>\n`);
}

// A hash on the entry covers that one file, not the modules it imports. Browsers that read the
// import map "integrity" key check those too; put this map before the module script.
const imported = ['chunks', 'i18n'].flatMap((dir) =>
  readdirSync(join(dist, dir))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${dir}/${f}`),
);
const integrity = Object.fromEntries([...imported, 'sz-center-map.js'].map((file) => [url(file), sri(file)]));
console.log('<!-- Optional, before the module script: hashes for the files the entries import -->');
console.log(`<script type="importmap">\n${JSON.stringify({ integrity }, null, 2)}\n</script>`);
