// `renderPage`: every widget of a page prerendered where it stands, the rest of the page left byte
// for byte as it was. The page is parsed (parse5, as browsers parse) only to find the widgets and
// their inherited language; the output is the input with insertions, never a re-serialisation.
import { pathToFileURL } from 'node:url';
import { html as namespaces, parse, type DefaultTreeAdapterMap } from 'parse5';
import { loadOutlines } from '../center-map/map-layout.js';
import { resolveLocale } from '../shared/locale.js';
import { stringsFor } from '../shared/strings.js';
import { EMBEDDED_ATTR, readEmbedded, type Embedded } from '../shared/embedded.js';
import { datasetName, embeddedScript, readCopy, readData, type DataKey, type ReadData } from './data.js';
import { renderWidget, WIDGETS, type WidgetName } from './widget.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderOptions {
  /**
   * The address the page is served at: relative `src` attributes resolve against it. Default: the
   * current directory (the command passes the page file's own address).
   */
  baseUrl?: string;
  /** Seconds to wait for each data source. Default 10. */
  timeout?: number;
  /** The time the copies are stamped with (ms since 1970). Default: now. */
  now?: number;
}

export interface RenderResult {
  /** The page, its widgets prerendered. */
  html: string;
  /** How many widgets were prerendered. */
  rendered: number;
  /** How many widgets were left as they were (each has a problem saying why). */
  left: number;
  /** The widgets left as they were (they load in the browser, as on a page never prerendered), and why. */
  problems: { widget: string; message: string }[];
  /**
   * The CSP sources (`'sha256-…'`) of the style elements in the prerendered shadow roots: a page
   * whose `style-src` lists them shows the widgets styled before the script runs.
   */
  styleHashes: string[];
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

interface Widget {
  element: Element;
  name: WidgetName;
  key: DataKey;
  attributes: [string, string][];
  /** The start tag as written, for messages. */
  label: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

const childrenOf = (node: Node) => ('childNodes' in node ? node.childNodes : []);

function* elements(root: Node): Generator<Element> {
  // A template's content is not part of the page (parse5 keeps it apart), nor is its declarative shadow root.
  // A stack, not recursion: a page of thousands of unclosed tags, which a browser shows, nests that deep.
  const stack = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The language an element shows: its own `lang`, else its nearest ancestor's, else English. */
function inheritedLang(element: Element): string {
  for (let node: Node | null = element; node && isElement(node); node = node.parentNode) {
    const lang = attr(node, 'lang');
    if (lang) return lang;
  }
  return 'en';
}

// Attribute names a browser would accept but a template could not carry are of no use to a widget.
const PLAIN_NAME = /^[a-z][a-z0-9_.:-]*$/;

function widgetOf(element: Element, cardCentres: Map<string, string>): Widget | undefined {
  const name = WIDGETS.find((w) => w === element.tagName);
  // Inside <svg> or <math> the name is no custom element, and a shadow root there would spill out as markup.
  if (!name || element.namespaceURI !== namespaces.NS.HTML) return undefined;
  const attributes = element.attrs
    .filter((a) => PLAIN_NAME.test(a.name))
    .map((a): [string, string] => [a.name, a.value]);
  // The server has no ancestors to ask: the language comes with the element.
  if (!attr(element, 'lang')) attributes.push(['lang', inheritedLang(element)]);
  // A card that a map shows its selection in starts with the map's selected centre.
  const linked = name === 'sz-center-card' && !attr(element, 'center') && cardCentres.get(attr(element, 'id') ?? '');
  if (linked) attributes.push(['center', linked]);
  const src = attr(element, 'src');
  const key: DataKey = { kind: name === 'sz-news-list' ? 'news' : 'centres', ...(src !== undefined && { src }) };
  const label = `<${name}${element.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
  return { element, name, key, attributes, label };
}

/**
 * How an embedded copy names the data it holds: its kind, by the shipped dataset of that kind,
 * and the `src` as written (none: the shipped dataset itself). One `src` can be read as a feed by
 * a news list and as centres by a map: two copies.
 */
const copyId = (copy: { dataset?: string; src?: string }) => `${copy.dataset} ${copy.src ?? ''}`;
const idOf = (key: DataKey) => copyId({ dataset: datasetName(key.kind), src: key.src });

const textOf = (element: Element) => element.childNodes.map((n) => ('value' in n ? n.value : '')).join('');

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** What a dataset's read came to: the data, or why there is none; `kept`: the earlier copy stands in after this failure. */
interface DatasetRead {
  read?: ReadData;
  error?: Error;
  kept?: Error;
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** `key`'s data read now; if that fails, the earlier run's copy (when there is one and it still reads). */
async function readOrKeep(
  key: DataKey,
  copy: Embedded | undefined,
  base: string,
  timeout: number,
  now: number,
): Promise<DatasetRead> {
  try {
    return { read: await readData(key, base, timeout, now) };
  } catch (e) {
    const error = asError(e);
    if (!copy) return { error };
    try {
      return { read: readCopy(key, copy), kept: error };
    } catch {
      // An earlier copy this version cannot read is no copy: the source's failure is what went wrong.
      return { error };
    }
  }
}

/** The start of the line `offset` is on, up to `offset`, if it is only spaces and tabs. */
function indentAt(html: string, offset: number): string {
  const line = html.slice(html.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^[ \t]*$/.test(line) ? line : '';
}

/**
 * Prerenders every `<sz-news-list>`, `<sz-center-card>` and `<sz-center-map>` of `html`: each gets
 * a declarative shadow root with what it shows, and the page one copy of each dataset shown,
 * before its first widget, for the elements to start from without a request. A widget whose data
 * cannot be read is left as it was (or, rendered before, as it was then, with its earlier copy).
 * A page without widgets comes back unchanged.
 */
export async function renderPage(html: string, options: RenderOptions = {}): Promise<RenderResult> {
  const pageUrl = options.baseUrl ?? pathToFileURL(`${process.cwd()}/`).href;
  const timeout = (options.timeout ?? 10) * 1000;
  const now = options.now ?? Date.now();
  const bom = html.startsWith('\uFEFF') ? 1 : 0;
  const document = parse(html.slice(bom), { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  // The elements resolve `src` against document.baseURI: the page's first <base href>, if any.
  const baseHref = all.find((e) => e.tagName === 'base' && attr(e, 'href') !== undefined);
  const href = baseHref && attr(baseHref, 'href');
  const base = href !== undefined && URL.canParse(href, pageUrl) ? new URL(href, pageUrl).href : pageUrl;

  // What an earlier run left: its copies (kept if a source fails now) and its shadow roots.
  const earlier = new Map<string, Embedded>();
  const edits: Edit[] = [];
  for (const element of all) {
    if (element.tagName !== 'script' || !element.attrs.some((a) => a.name === EMBEDDED_ATTR)) continue;
    const copy = readEmbedded(textOf(element));
    if (copy) earlier.set(copyId(copy), copy);
    const at = element.sourceCodeLocation;
    // With the line break and indentation after it, which the new copies bring again.
    const after = at && /^\r?\n[ \t]*/.exec(html.slice(at.endOffset + bom))?.[0].length;
    if (at) edits.push({ from: at.startOffset, to: at.endOffset + (after ?? 0), text: '' });
  }

  const cardCentres = new Map<string, string>();
  for (const map of all.filter((e) => e.tagName === 'sz-center-map')) {
    const card = attr(map, 'for');
    const selected = attr(map, 'selected');
    if (card && selected) cardCentres.set(card, selected);
  }
  const widgets = all.flatMap((element) => widgetOf(element, cardCentres) ?? []);
  if (!widgets.length && !edits.length) return { html, rendered: 0, left: 0, problems: [], styleHashes: [] };

  // Each dataset read once, however many widgets show it.
  const reads = new Map<string, Promise<DatasetRead>>();
  for (const { key } of widgets) {
    const id = idOf(key);
    if (!reads.has(id)) reads.set(id, readOrKeep(key, earlier.get(id), base, timeout, now));
  }
  const datasets = new Map(await Promise.all([...reads].map(async ([id, reading]) => [id, await reading] as const)));

  // Everything the server render needs that the browser would load: languages, map code, outlines.
  await Promise.all(
    widgets.map(({ attributes }) => {
      const lang = attributes.find(([name]) => name === 'lang')?.[1] ?? 'en';
      const { ui } = resolveLocale({ getAttribute: () => lang, parentNode: null } as unknown as globalThis.Element);
      return new Promise<void>((resolve) => stringsFor(ui, { requestUpdate: resolve }) && resolve());
    }),
  );
  const geo = widgets.some((w) => w.name === 'sz-center-map') ? await import('../center-map/map-geo.js') : undefined;

  const problems: RenderResult['problems'] = [];
  const styles = new Set<string>();
  const embedded = new Map<string, string>();
  let rendered = 0;
  let left = 0;
  for (const widget of widgets) {
    const id = idOf(widget.key);
    const { read, error, kept } = datasets.get(id) ?? {};
    const at = widget.element.sourceCodeLocation;
    if (!at?.startTag) continue;
    if (kept) problems.push({ widget: widget.label, message: `${kept.message}; shown from the earlier copy` });
    if (!read) {
      problems.push({ widget: widget.label, message: error?.message ?? 'no data' });
      left++;
      continue;
    }
    const map = geo && {
      geo,
      outlines: await loadOutlines(attr(widget.element, 'projection') ?? ''),
    };
    let root: string;
    try {
      root = renderWidget({ name: widget.name, attributes: widget.attributes, data: read.value, map });
    } catch (e) {
      problems.push({ widget: widget.label, message: `could not be rendered: ${(e as Error).message}` });
      left++;
      continue;
    }
    for (const [, css] of root.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(css);
    // A shadow root from an earlier run is replaced, not added to.
    const first = widget.element.childNodes.find(isElement);
    const old = first?.tagName === 'template' && attr(first, 'shadowrootmode') !== undefined ? first : undefined;
    const end = at.startTag.endOffset;
    edits.push({ from: end, to: old?.sourceCodeLocation?.endOffset ?? end, text: root });
    if (!embedded.has(id)) embedded.set(id, embeddedScript(widget.key, read));
    rendered++;
  }

  // The copies go before the first widget: parsed before any widget, however early the elements are defined.
  const first = widgets[0]?.element.sourceCodeLocation;
  if (first && embedded.size) {
    const indent = indentAt(html, first.startOffset + bom);
    // The page's own line breaks (CRLF stays CRLF).
    const eol = html.includes('\r\n') ? '\r\n' : '\n';
    const text = [...embedded.values()].map((script) => `${script}${eol}${indent}`).join('');
    edits.push({ from: first.startOffset, to: first.startOffset, text });
  }

  let out = html;
  for (const edit of edits.sort((a, b) => b.from - a.from || b.to - a.to)) {
    out = out.slice(0, edit.from + bom) + edit.text + out.slice(edit.to + bom);
  }
  return { html: out, rendered, left, problems, styleHashes: await Promise.all([...styles].map(sha256)) };
}
