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

/* global document, window -- in the functions this script hands to the page */

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const manifestPath = join(root, 'dist/custom-elements.json');
// Stories run two at a time, each worker in a browser context of its own: suits a 2-core CI box.
const WORKERS = Number(process.env.STORY_WORKERS) || 2;
// Generous: a story that has not settled by then is stuck, not slow.
const SETTLE_MS = 20_000;
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

// The state a story must end in comes from its `state-*` tag (stories/*.stories.ts); untagged
// stories must show their data. "message" is a sentence and no data: empty, or card not found.
const EXPECTED = {
  'state-loading': 'loading',
  'state-empty': 'message',
  'state-not-found': 'message',
  'state-error': 'error',
  'state-stale': 'stale',
};
const expectedState = (tags) => tags.map((t) => EXPECTED[t]).find(Boolean) ?? 'loaded';
// These warn once per element: the design's "one console.warn with the technical detail".
const WARNING_TAGS = ['state-error', 'state-stale', 'state-not-found'];

/**
 * Runs in the page: what a visitor can tell about each sz-* element of the story, from the parts
 * the elements document, not from their internals.
 */
function observe() {
  const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('sz-'));
  return elements.map((el) => {
    const shadow = el.shadowRoot;
    const of = (selector) => shadow?.querySelector(selector);
    let state;
    if (!shadow || !shadow.querySelector('*')) state = 'no shadow content';
    else if (of('[part~="base"]')?.getAttribute('aria-busy') === 'true') state = 'loading';
    else {
      const data = of('[part~="item"], [part~="name"], [part~="list-item"]');
      const retry = of('[part~="retry-button"]');
      const text = of('[part~="status"]')?.textContent.trim() ?? '';
      // Data with a Retry button is a saved copy the network failed to refresh; data with only
      // a sentence is a saved copy still being revalidated.
      state = data ? (retry ? 'stale' : text ? 'revalidating' : 'loaded') : retry ? 'error' : text ? 'message' : 'blank';
    }
    return { tag: el.localName, state };
  });
}

/**
 * Console output that fails a story: any error, except the browser's own note on a fixture the
 * story fails to load on purpose, and on the favicon Chromium asks for by itself.
 */
function isError(msg, failingOnPurpose) {
  if (msg.type() !== 'error') return false;
  const url = msg.location()?.url ?? '';
  const expected404 = (failingOnPurpose && /\/(does-not-exist|moved-away)\./.test(url)) || url.endsWith('/favicon.ico');
  return !(/^Failed to load resource/.test(msg.text()) && expected404);
}

// Requests for data (shipped datasets, fixtures): the ones "one request per URL per page" is about.
const DATA = /\/(data|datasets|fixtures|assets)\/[^?]+\.(json|geojson|xml|rdf|html)$/;

/** One browser context per worker, its page reused story after story. */
async function worker(browser, origin) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let run;
  page.on('pageerror', (err) => run?.problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (!run) return;
    if (isError(msg, run.failingOnPurpose)) run.problems.push(`console.error: ${msg.text()} ${msg.location()?.url ?? ''}`.trim());
    if (msg.type() === 'warn' && msg.text().startsWith('sz-widgets:')) run.warnings.push(msg.text());
  });
  page.on('request', (req) => {
    if (run && DATA.test(new URL(req.url()).pathname)) run.requests.set(req.url(), (run.requests.get(req.url()) ?? 0) + 1);
  });
  page.on('response', (res) => {
    if (run && res.url().includes('/never-answers/') && res.fromServiceWorker()) run.heldOpen = true;
  });

  /** A fresh start: nothing stored from the previous story (stale copies, written feeds). */
  async function open(entry, viewMode, failingOnPurpose, problems) {
    run = undefined;
    await page.goto(`${origin}/__test/blank.html`);
    await page.evaluate(() => localStorage.clear());
    run = { problems, warnings: [], requests: new Map(), heldOpen: false, failingOnPurpose };
    // a11y.manual: Storybook's own a11y addon waits for its panel instead of running beside ours.
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`);
    return run;
  }

  return { story: (entry) => checkStory(page, open, entry), docs: (entry) => checkDocs(page, open, entry), close: () => context.close() };
}

/** Waits (up to SETTLE_MS) for `condition`; says whether it came true. */
async function until(condition) {
  for (const end = Date.now() + SETTLE_MS; !condition(); ) {
    if (Date.now() > end) return false;
    await new Promise((done) => setTimeout(done, 50));
  }
  return true;
}

async function checkStory(page, open, entry) {
  const tags = entry.tags ?? [];
  const expected = expectedState(tags);
  const warns = tags.some((t) => WARNING_TAGS.includes(t));
  const problems = [];
  try {
    const run = await open(entry, 'story', warns, problems);
    try {
      await page.waitForFunction(
        (observeSource, want) => {
          const states = new Function(`return (${observeSource})()`)();
          return states.length > 0 && states.every((s) => s.state === want);
        },
        { timeout: SETTLE_MS, polling: 100 },
        observe.toString(),
        expected,
      );
    } catch {
      // Reported below, with what was there instead.
    }
    if (expected === 'loading') {
      // Loading from the first render on; what matters is that it stays so once the request is
      // out and answered with headers only.
      if (!(await until(() => run.heldOpen))) problems.push('the request was not held open by the service worker (stories/network.ts)');
    }
    const seen = await page.evaluate(observe);
    if (!seen.length) problems.push('no sz-* element in the story');
    for (const s of seen) if (s.state !== expected) problems.push(`<${s.tag}> is "${s.state}", expected "${expected}"`);
    if (await page.$('body.sb-show-errordisplay')) problems.push(`Storybook shows an error: ${await page.$eval('#error-message', (el) => el.textContent)}`);

    // The elements' last render (a language chunk, say) is done before axe looks.
    await page.evaluate(() => Promise.all([...document.querySelectorAll('#storybook-root *')].map((el) => el.updateComplete)));
    await page.addScriptTag(devUrl ? { path: axePath } : { url: '/__test/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'));
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));

    const want = warns ? seen.length : 0;
    if (run.warnings.length !== want) problems.push(`${run.warnings.length} sz-widgets console warnings, expected ${want}: ${run.warnings.join(' | ')}`);
    for (const [url, count] of run.requests) {
      if (count > 1 && !url.includes('/never-answers/')) problems.push(`${url} was requested ${count} times (one request per URL per page)`);
    }
  } catch (err) {
    problems.push(`could not run: ${err.message}`);
  }
  return { entry, expected, problems };
}

const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
// Descriptions as the docs page shows them: Markdown code marks gone, spaces collapsed.
const plain = (text) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/**
 * A docs page renders without a page error; an element's page lists each attribute, event, CSS
 * part and CSS custom property of the manifest with its description, its "Show code" snippets
 * are plain HTML with the element's tag, and the Controls panel has a control per attribute.
 */
async function checkDocs(page, open, entry) {
  const problems = [];
  try {
    await open(entry, 'docs', true, problems);
    await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: SETTLE_MS });
    const tag = entry.title.split('/').pop();
    const declaration = declarations.find((d) => d.tagName === tag);
    if (declaration) {
      await page.waitForSelector('#storybook-docs table.docblock-argstable', { timeout: SETTLE_MS });
      const text = plain(await page.$eval('#storybook-docs', (el) => el.innerText));
      const api = [...(declaration.attributes ?? []), ...(declaration.events ?? []), ...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])];
      const missing = api.filter((item) => !text.includes(item.name) || (item.description && !text.includes(plain(item.description).slice(0, 40))));
      if (missing.length) problems.push(`the docs page lacks ${missing.map((m) => m.name).join(', ')} from the manifest`);

      // Open every "Show code" and read the snippets.
      for (const toggle of await page.$$('#storybook-docs .docblock-code-toggle:not(.docblock-code-toggle--expanded)')) await toggle.click();
      const count = (await page.$$('#storybook-docs .docblock-code-toggle')).length;
      await page.waitForFunction((n) => document.querySelectorAll('#storybook-docs pre.prismjs').length >= n, { timeout: SETTLE_MS }, count);
      const snippets = await page.$$eval('#storybook-docs pre.prismjs', (els) => els.map((el) => el.textContent ?? ''));
      const bad = snippets.filter((s) => !s.includes(`<${tag}`) || /<!--|\$\{|=""/.test(s));
      if (bad.length) problems.push(`"Show code" is not plain pasteable HTML: ${bad.map((s) => JSON.stringify(s.slice(0, 120))).join(', ')}`);

      // The Controls panel (in Storybook's own UI, which reads argTypes differently from the
      // docs table): a working control in each attribute's row.
      const first = entries.find((e) => e.type === 'story' && e.title === entry.title);
      await page.goto(`${origin}/?path=/story/${encodeURIComponent(first.id)}`);
      await page.waitForSelector('table.docblock-argstable', { timeout: SETTLE_MS });
      const controlled = await page.$$eval('table.docblock-argstable tbody tr', (rows) =>
        rows.filter((row) => row.lastElementChild?.querySelector('input, select, textarea, button')).map((row) => row.firstElementChild?.textContent?.trim()),
      );
      const uncontrolled = (declaration.attributes ?? []).filter((a) => !controlled.includes(a.name));
      if (uncontrolled.length) problems.push(`the Controls panel has no control for ${uncontrolled.map((a) => a.name).join(', ')}`);
    }
  } catch (err) {
    problems.push(`could not run: ${err.message}`);
  }
  return { entry, expected: 'docs', problems };
}

const server = devUrl ? undefined : await serve();
const origin = devUrl ?? `http://127.0.0.1:${server.address().port}`;
const index = devUrl ? await (await fetch(`${origin}/index.json`)).json() : JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });

const results = [];
try {
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const w = await worker(browser, origin);
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
  console.error(`test:stories: ${failed} of ${results.length} failed (${stories} stories, ${docs} docs pages); see the FAIL lines above.`);
  process.exit(1);
}
console.log(`${stories} stories passed (and ${docs} docs pages)`);
