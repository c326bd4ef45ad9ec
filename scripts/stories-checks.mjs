// What test-stories.mjs checks on each entry of a Storybook build, in a page of its own: a story's
// sz-* elements reach the state its `state-*` tag names, nothing logs an error, axe-core finds no
// violation, each data URL is requested once; a docs page shows the manifest's API, pasteable
// "Show code" snippets and a control per attribute. test-stories.mjs serves the build, launches
// Chromium and hands each worker the site it is checking.

/* global document, window -- in the functions this module hands to the page */

// Generous: a story that has not settled by then is stuck, not slow.
const SETTLE_MS = 20_000;

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
      state = data
        ? retry
          ? 'stale'
          : text
            ? 'revalidating'
            : 'loaded'
        : retry
          ? 'error'
          : text
            ? 'message'
            : 'blank';
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

/**
 * One browser context per worker, its page reused story after story. `site` is what the run
 * found: its origin, its index entries, the manifest's element declarations, and how to load axe.
 */
export async function worker(browser, site) {
  const { origin } = site;
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let run;
  page.on('pageerror', (err) => run?.problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (!run) return;
    if (isError(msg, run.failingOnPurpose))
      run.problems.push(`console.error: ${msg.text()} ${msg.location()?.url ?? ''}`.trim());
    if (msg.type() === 'warn' && msg.text().startsWith('sz-widgets:')) run.warnings.push(msg.text());
  });
  page.on('request', (req) => {
    if (run && DATA.test(new URL(req.url()).pathname))
      run.requests.set(req.url(), (run.requests.get(req.url()) ?? 0) + 1);
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
    await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=a11y.manual:!true`,
    );
    return run;
  }

  return {
    story: (entry) => checkStory(page, open, entry, site),
    docs: (entry) => checkDocs(page, open, entry, site),
    close: () => context.close(),
  };
}

/** Waits (up to SETTLE_MS) for `condition`; says whether it came true. */
async function until(condition) {
  for (const end = Date.now() + SETTLE_MS; !condition();) {
    if (Date.now() > end) return false;
    await new Promise((done) => setTimeout(done, 50));
  }
  return true;
}

async function checkStory(page, open, entry, { axeScript }) {
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
      if (!(await until(() => run.heldOpen)))
        problems.push('the request was not held open by the service worker (stories/network.ts)');
    }
    const seen = await page.evaluate(observe);
    if (!seen.length) problems.push('no sz-* element in the story');
    for (const s of seen) if (s.state !== expected) problems.push(`<${s.tag}> is "${s.state}", expected "${expected}"`);
    if (await page.$('body.sb-show-errordisplay'))
      problems.push(`Storybook shows an error: ${await page.$eval('#error-message', (el) => el.textContent)}`);

    // The elements' last render (a language chunk, say) is done before axe looks.
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('#storybook-root *')].map((el) => el.updateComplete)),
    );
    await page.addScriptTag(axeScript);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root'));
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    problems.push(...violations.map((v) => `axe: ${v}`));

    const want = warns ? seen.length : 0;
    if (run.warnings.length !== want)
      problems.push(
        `${run.warnings.length} sz-widgets console warnings, expected ${want}: ${run.warnings.join(' | ')}`,
      );
    for (const [url, count] of run.requests) {
      if (count > 1 && !url.includes('/never-answers/'))
        problems.push(`${url} was requested ${count} times (one request per URL per page)`);
    }
  } catch (err) {
    problems.push(`could not run: ${err.message}`);
  }
  return { entry, expected, problems };
}

// Descriptions as the docs page shows them: Markdown code marks gone, spaces collapsed.
const plain = (text) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/**
 * A docs page renders without a page error; an element's page lists each attribute, event, CSS
 * part and CSS custom property of the manifest with its description, its "Show code" snippets
 * are plain HTML with the element's tag, and the Controls panel has a control per attribute.
 */
async function checkDocs(page, open, entry, { origin, entries, declarations }) {
  const problems = [];
  try {
    await open(entry, 'docs', true, problems);
    await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: SETTLE_MS });
    const tag = entry.title.split('/').pop();
    const declaration = declarations.find((d) => d.tagName === tag);
    if (declaration) {
      await page.waitForSelector('#storybook-docs table.docblock-argstable', { timeout: SETTLE_MS });
      const text = plain(await page.$eval('#storybook-docs', (el) => el.innerText));
      const api = [
        ...(declaration.attributes ?? []),
        ...(declaration.events ?? []),
        ...(declaration.cssParts ?? []),
        ...(declaration.cssProperties ?? []),
      ];
      const missing = api.filter(
        (item) =>
          !text.includes(item.name) || (item.description && !text.includes(plain(item.description).slice(0, 40))),
      );
      if (missing.length)
        problems.push(`the docs page lacks ${missing.map((m) => m.name).join(', ')} from the manifest`);

      // Open every "Show code" and read the snippets.
      for (const toggle of await page.$$('#storybook-docs .docblock-code-toggle:not(.docblock-code-toggle--expanded)'))
        await toggle.click();
      const count = (await page.$$('#storybook-docs .docblock-code-toggle')).length;
      await page.waitForFunction(
        (n) => document.querySelectorAll('#storybook-docs pre.prismjs').length >= n,
        { timeout: SETTLE_MS },
        count,
      );
      const snippets = await page.$$eval('#storybook-docs pre.prismjs', (els) => els.map((el) => el.textContent ?? ''));
      const bad = snippets.filter((s) => !s.includes(`<${tag}`) || /<!--|\$\{|=""/.test(s));
      if (bad.length)
        problems.push(
          `"Show code" is not plain pasteable HTML: ${bad.map((s) => JSON.stringify(s.slice(0, 120))).join(', ')}`,
        );

      // The Controls panel (in Storybook's own UI, which reads argTypes differently from the
      // docs table): a working control in each attribute's row.
      const first = entries.find((e) => e.type === 'story' && e.title === entry.title);
      await page.goto(`${origin}/?path=/story/${encodeURIComponent(first.id)}`);
      await page.waitForSelector('table.docblock-argstable', { timeout: SETTLE_MS });
      const controlled = await page.$$eval('table.docblock-argstable tbody tr', (rows) =>
        rows
          .filter((row) => row.lastElementChild?.querySelector('input, select, textarea, button'))
          .map((row) => row.firstElementChild?.textContent?.trim()),
      );
      const uncontrolled = (declaration.attributes ?? []).filter((a) => !controlled.includes(a.name));
      if (uncontrolled.length)
        problems.push(`the Controls panel has no control for ${uncontrolled.map((a) => a.name).join(', ')}`);
    }
  } catch (err) {
    problems.push(`could not run: ${err.message}`);
  }
  return { entry, expected: 'docs', problems };
}
