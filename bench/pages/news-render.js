/* global document, window, performance, requestAnimationFrame, setTimeout, fetch, location, URL */
// Parse + render 1,000 feed items: <sz-news-list> (parseFeed, then the `items` property, then
// updateComplete) against the hand-written DOM baseline and a React 19 list, each fed by the same
// parseFeed call on the same JSON Feed text. Timed: the parse, the DOM (the widget's
// updateComplete; the others' synchronous render), then a forced style + layout.
import { parseFeed, SzNewsList } from '/dist/sz-widgets.js';
import { renderBaseline } from './baseline-news-list.js';
import { mount as mountReact } from '/gen/react-news-list.js';

const stage = document.getElementById('stage');
const feedUrl = new URL('/gen/feed-1000.json', location.href).href;
const text = await (await fetch(feedUrl)).text();
const sheets = SzNewsList.elementStyles.map((s) => s.styleSheet ?? s);
const parse = () => parseFeed(text, { contentType: 'application/feed+json', baseUrl: feedUrl }).items;
let reactRoot;

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const layout = (root) => root.querySelector('[part~="item"]:last-child').getBoundingClientRect();

async function clean() {
  reactRoot?.unmount();
  reactRoot = undefined;
  stage.replaceChildren();
  await frame();
  window.gc?.();
  await frame();
}

const renderers = {
  async widget(items) {
    const el = document.createElement('sz-news-list');
    el.limit = items.length;
    el.items = items;
    stage.append(el);
    await el.updateComplete;
    return el.shadowRoot;
  },
  async baseline(items) {
    const host = document.createElement('div');
    const root = renderBaseline(host, items, sheets);
    stage.append(host);
    return root;
  },
  async react(items) {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    stage.append(host);
    reactRoot = mountReact(root.appendChild(document.createElement('div')), items);
    return root;
  },
};

/** One timed run; `withLayout` adds the forced style + layout (the React list skips it: same CSS, same markup). */
async function run(kind, withLayout = true) {
  await clean();
  const t0 = performance.now();
  const items = parse();
  const t1 = performance.now();
  const root = await renderers[kind](items);
  const t2 = performance.now();
  if (withLayout) layout(root);
  const t3 = performance.now();
  return {
    parse: t1 - t0,
    dom: t2 - t1,
    layout: t3 - t2,
    parseDom: t2 - t0,
    total: t3 - t0,
    items: root.querySelectorAll('[part~="item"]').length,
  };
}

// Same markup? Compares element names, attributes (any order) and text; Lit's comments and the
// whitespace-only text between elements (left by the minified templates) aside.
function describe(node) {
  const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  const inner = [];
  let text = '';
  const flush = () => {
    if (text.trim()) inner.push(`#text ${JSON.stringify(text.trim().replace(/\s+/g, ' '))}`);
    text = '';
  };
  for (const child of node.childNodes) {
    if (child.nodeType === 3) text += child.data;
    if (child.nodeType !== 1) continue;
    flush();
    inner.push(...describe(child));
  }
  flush();
  return [`<${node.localName} ${attrs.join(' ')}>`, ...inner, `</${node.localName}>`];
}
async function checkMarkup() {
  const out = {};
  for (const kind of ['widget', 'baseline', 'react']) {
    await clean();
    const root = await renderers[kind](parse().slice(0, 8));
    out[kind] = describe(root.querySelector('[part~="base"]'));
  }
  await clean();
  const diff = (a, b) => {
    const i = a.findIndex((line, k) => line !== b[k]);
    return i < 0 && a.length === b.length ? null : { at: i, widget: a[i], other: b[i] };
  };
  return { baseline: diff(out.widget, out.baseline), react: diff(out.widget, out.react) };
}

window.bench = { ready: true, run, checkMarkup, count: parse().length };
