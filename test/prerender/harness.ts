// Prerendered pages as the tests see them: rendered by the real renderer on the test server
// (test/server/prerender.mjs), opened in a frame of the test page with or without JavaScript.
import { waitUntil } from '@open-wc/testing';

let counter = 0;

export interface RenderLog {
  rendered: number;
  problems: { widget: string; message: string }[];
  styleHashes: string[];
  /** Every request the page made (path and query), in order. */
  requests: string[];
}

export interface ProbeRecord {
  errors: string[];
  alerts: unknown[][];
  shifts: string[];
  /** Every text each card (by id) showed, in order. */
  cards: Record<string, string[]>;
}

export interface Prerendered {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & { __probe?: ProbeRecord; __pwned?: unknown };
  /** The page's address, `run` included. */
  url: string;
  /** What renderPage said and which requests the page made, so far. */
  log(): Promise<RenderLog>;
}

export type PageParams = Record<string, string | number | boolean>;

/** A fresh token: each page's requests are logged under their own. */
export const newKey = (what = 'k') => `${what}${Date.now()}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** The address of `page` (demo/index.html, fixtures/<name>.html) prerendered with `params`. */
export function prerenderedUrl(page: string, params: PageParams = {}): string {
  const q = new URLSearchParams({ run: newKey('run') });
  for (const [name, value] of Object.entries(params))
    if (value !== false) q.set(name, value === true ? '1' : `${value}`);
  return `/prerendered/${page}?${q}`;
}

/**
 * Opens `page` prerendered in a frame of `width` × `height` CSS pixels. `scripts: false` is a
 * frame sandboxed without allow-scripts: no script of the page runs, in every engine, while its
 * declarative shadow roots are still attached by the parser (allow-same-origin lets the test read them).
 */
export async function openPrerendered(
  page: string,
  params: PageParams = {},
  { scripts = true, width = 1000, height = 900 } = {},
): Promise<Prerendered> {
  const url = prerenderedUrl(page, params);
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const run = new URL(url, location.href).searchParams.get('run')!;
  return {
    frame,
    doc: frame.contentDocument!,
    win: frame.contentWindow as Prerendered['win'],
    url,
    log: async () => (await fetch(`/__prerender/log?run=${run}`, { cache: 'no-store' })).json(),
  };
}

export const closeFrames = () => document.querySelectorAll('iframe').forEach((f) => f.remove());

/** The page's widgets, in document order. */
export const widgetsOf = (doc: Document) => [
  ...doc.querySelectorAll<HTMLElement>('sz-news-list, sz-center-card, sz-center-map'),
];

/** Every element inside a widget's shadow root. */
export const inRoot = (el: Element, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];

/** Text as it reads: runs of white space as one space, trimmed. */
export const squashed = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text a shadow root (or a template's content) shows: its text nodes, style sheets left out. */
export function shownText(root: Node): string {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  while (walker.nextNode())
    if (walker.currentNode.parentElement?.localName !== 'style') text += walker.currentNode.nodeValue;
  return squashed(text);
}

/**
 * The page's HTML as served, parsed without attaching shadow roots (DOMParser never does, as a
 * crawler that knows none): each widget's declarative root stays a template.
 */
export async function servedSource(url: string): Promise<Document> {
  const source = await (await fetch(url, { cache: 'no-store' })).text();
  return new DOMParser().parseFromString(source, 'text/html');
}

/** The content of the declarative shadow roots of the widgets matching `selector` in `parsed`. */
export const declarativeRoots = (parsed: Document, selector = 'sz-news-list, sz-center-card, sz-center-map') =>
  [...parsed.querySelectorAll(selector)].map(
    (el) => el.querySelector<HTMLTemplateElement>(':scope > template[shadowrootmode="open"]')!.content,
  );

/** On screen, as a visitor would see it: a box of its own, not hidden, not transparent, not clipped to a pixel. */
export function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return box.width > 2 && box.height > 2 && style.visibility === 'visible' && style.opacity !== '0';
}

/**
 * The element has taken over: it is defined, and its shadow root is its own render (Lit adopts
 * its style sheets, so no `<style>` element of the server's is left in it).
 */
export const takenOver = (el: Element) =>
  !!el.ownerDocument.defaultView!.customElements.get(el.localName) &&
  !!el.shadowRoot?.firstElementChild &&
  !el.shadowRoot.querySelector('style');

/** Waits until every widget of the page has taken over; fails naming those that have not. */
export async function allTakenOver(doc: Document, timeout = 10000): Promise<void> {
  try {
    await waitUntil(() => widgetsOf(doc).every(takenOver), '', { timeout });
  } catch {
    const left = widgetsOf(doc).filter((el) => !takenOver(el));
    throw new Error(`not taken over after ${timeout} ms: ${left.map((el) => el.localName).join(', ')}`);
  }
}

/** Requests of `log` for a path starting with `prefix`. */
export const requestsFor = (log: RenderLog, prefix: string) => log.requests.filter((r) => r.startsWith(prefix));

/** Two animation frames of the frame's window: what was drawn has been measured (layout shifts are reported then). */
export const frames = (win: Window) =>
  new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
