// Opens every story of the static Storybook build (storybook-static/, from `npm run
// build-storybook`) in the system Chromium and checks what a partner would see: each story's
// elements render and reach the state the story is about, nothing logs an error, axe-core finds
// no violation, each data URL is requested once, and every docs page shows the API from the
// manifest and pasteable "Show code" snippets. Offline: a small static server on 127.0.0.1.
// STORYBOOK_URL=http://127.0.0.1:6006 checks a running `npm run storybook` instead.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { contentTypes } from './mime.mjs';
import { notFound, readServable } from './static-file.mjs';
import { worker } from './stories-checks.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const manifestPath = join(root, 'dist/custom-elements.json');
// Stories run two at a time, each worker in a browser context of its own: suits a 2-core CI box.
const WORKERS = Number(process.env.STORY_WORKERS) || 2;
const devUrl = process.env.STORYBOOK_URL?.replace(/\/$/, '');

function fail(message) {
  console.error(`test:stories: ${message}`);
  process.exit(1);
}

for (const [path, fix] of [
  ...(devUrl ? [] : [[join(staticDir, 'index.json'), 'run `npm run build-storybook` first']]),
  [manifestPath, 'run `npm run manifest` first'],
  [chromiumPath, 'install Chromium (sudo apt-get install chromium) or set CHROME_PATH'],
]) {
  if (!existsSync(path)) fail(`${path} is missing: ${fix}.`);
}

/**
 * storybook-static/ on a free port of 127.0.0.1; missing files are a plain 404, as on any host.
 * Files may be cached (the build does not change during the run), so each worker's browser
 * compiles Storybook's scripts once, not once per story. Two extras: axe-core, and an empty
 * page of the same origin where the worker clears storage between stories.
 */
function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    if (path === '__test/blank.html') {
      res.writeHead(200, { 'Content-Type': contentTypes['.html'] });
      return res.end('<!doctype html><title>between stories</title>');
    }
    const file = path.startsWith('..') ? null : path === '__test/axe.min.js' ? axePath : join(staticDir, path);
    const found = await readServable(file);
    const { status, type, body } = found ? { status: 200, ...found } : notFound;
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'max-age=3600' });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const server = devUrl ? undefined : await serve();
const origin = devUrl ?? `http://127.0.0.1:${server.address().port}`;
const index = devUrl
  ? await (await fetch(`${origin}/index.json`)).json()
  : JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
// axe-core from the test server, or from node_modules when checking a running Storybook.
const axeScript = devUrl ? { path: axePath } : { url: '/__test/axe.min.js' };
const site = { origin, entries, declarations, axeScript };
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });

const results = [];
try {
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const w = await worker(browser, site);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const result = await (entry.type === 'docs' ? w.docs(entry) : w.story(entry));
        results.push(result);
        console.log(`${result.problems.length ? 'FAIL' : 'ok  '} ${entry.id} (${result.expected})`);
        for (const p of result.problems) console.log(`       ${p}`);
      }
      await w.close();
    }),
  );
} finally {
  await browser.close();
  server?.close();
}

const stories = results.filter((r) => r.entry.type === 'story').length;
const docs = results.length - stories;
const failed = results.filter((r) => r.problems.length).length;
if (failed) {
  console.error(
    `test:stories: ${failed} of ${results.length} failed (${stories} stories, ${docs} docs pages); see the FAIL lines above.`,
  );
  process.exit(1);
}
console.log(`${stories} stories passed (and ${docs} docs pages)`);
