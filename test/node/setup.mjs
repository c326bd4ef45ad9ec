// Injected first into every browser test file that scripts/test-node.mjs runs in Node: the DOM the
// parser needs, the little of a page the tests themselves use, and mocha's globals from node:test.
import process from 'node:process';
import * as nodeTest from 'node:test';
import { installDom } from '../../src/node/dom.ts';

// The same call as the `sz-widgets feed` command: the tests run on the globals it provides.
installDom();

// Test-only: the page the browser tests assume. Fixtures are fetched by root-relative paths, which
// Node's fetch refuses, so they are resolved against the local server the runner started.
globalThis.location ??= new URL(process.env.SZ_TEST_ORIGIN ?? 'http://127.0.0.1/');
const nodeFetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  nodeFetch(typeof input === 'string' ? new URL(input, globalThis.location.href) : input, init);
// In a browser `window` is the global object; the tests set and clear `window.__pwned` through it.
globalThis.window ??= globalThis;

// The browser runner's mocha timeout (web-test-runner.config.mjs): a test may rely on it to fail a
// pathologically slow parse, and node:test has none by default.
const timeout = 20000;

/**
 * Tests that need a real browser, by full title ("suite > test"), each with why: reported as
 * skipped in Node, still run in Chromium and Firefox. None today.
 * @type {Map<string, string>}
 */
const BROWSER_ONLY = new Map();

// The titles of the suites being defined, for full test titles (node:test runs a describe body at once).
const suites = [];

export function describe(name, fn) {
  return nodeTest.describe(name, () => {
    suites.push(name);
    try {
      fn();
    } finally {
      suites.pop();
    }
  });
}

/**
 * `fn` as mocha runs it: without arguments (node:test would take a function of two for callback
 * style), and failed when it took too long even if it never yielded, which node:test's own timeout
 * (kept for what hangs asynchronously) cannot see.
 */
const timed = (fn) => async () => {
  const start = performance.now();
  await fn();
  const took = performance.now() - start;
  if (took > timeout) throw new Error(`Timeout of ${timeout}ms exceeded (took ${Math.round(took)} ms)`);
};

export function it(name, fn) {
  const why = BROWSER_ONLY.get([...suites, name].join(' > '));
  return nodeTest.it(name, { timeout, skip: why ? `needs a browser: ${why}` : false }, timed(fn));
}

export const before = (fn) => nodeTest.before(timed(fn), { timeout });
export const after = (fn) => nodeTest.after(timed(fn), { timeout });
export const beforeEach = (fn) => nodeTest.beforeEach(timed(fn), { timeout });
export const afterEach = (fn) => nodeTest.afterEach(timed(fn), { timeout });
