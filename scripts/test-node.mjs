// Runs browser test files of the feed parser in Node, on the jsdom DOM that `sz-widgets feed`
// uses (src/node/dom.ts): the same files and expectations as in Chromium and Firefox.
// Each file is bundled by esbuild with test/node/setup.mjs injected first (the DOM, fetch of
// fixtures, mocha's describe/it from node:test) and @open-wc/testing swapped for chai's expect,
// then `node --test` runs the bundles while a local server hands out the fixtures.
import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { notFound, readServable } from './static-file.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The parser's own test files: every test/data/feed-*.test.ts (split by topic), html-text and dates.
const FILES = [
  ...readdirSync(join(root, 'test/data'))
    .filter((f) => /^feed-.*\.test\.ts$/.test(f))
    .sort()
    .map((f) => `test/data/${f}`),
  'test/data/html-text.test.ts',
  'test/data/dates.test.ts',
];
// Inside node_modules, so that the bundles' external imports (jsdom) resolve as from the package.
const out = join(root, 'node_modules/.cache/sz-widgets-test-node');

rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: FILES.map((f) => join(root, f)),
  outdir: out,
  outbase: root,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  inject: [join(root, 'test/node/setup.mjs')],
  alias: { '@open-wc/testing': join(root, 'test/node/open-wc-shim.mjs') },
  // jsdom reads its own files at run time: it is loaded from node_modules, not bundled.
  external: ['jsdom'],
});

// The repository root, read-only, on 127.0.0.1: the tests fetch /test/fixtures/… from it.
const server = createServer(async (req, res) => {
  const path = resolve(root, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  const inside = path === root.replace(/[\\/]$/, '') || path.startsWith(root.replace(/[\\/]?$/, sep));
  const found = await readServable(inside ? path : null);
  const { status, type, body } = found ? { status: 200, ...found } : notFound;
  // One connection per request: a test file that keeps its event loop busy (large or hostile feeds)
  // would otherwise reuse a kept-alive socket this server had already closed after its 5 s idle
  // timeout ("fetch failed: other side closed", seen on Node 20 and 24).
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', Connection: 'close' });
  res.end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}/`;

const started = performance.now();
// Asynchronous, not spawnSync: the server answers from this process's event loop meanwhile.
// Absolute paths: from Node 21 on, `--test` reads its arguments as glob patterns and a relative one
// never matches inside node_modules ("Could not find …" on Node 22 and 24).
const code = await new Promise((done) => {
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', '--test', ...FILES.map((f) => join(out, f.replace(/\.ts$/, '.mjs')))],
    { cwd: root, stdio: 'inherit', env: { ...process.env, SZ_TEST_ORIGIN: origin } },
  );
  child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)));
});
server.close();
console.log(`Node feed tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = code;
