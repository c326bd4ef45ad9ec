// The data a prerendered widget shows, read at build time with the widgets' own parsers, and the
// copy of it the page carries for the element to take over from.
import { fileURLToPath } from 'node:url';
import { parseCenters } from '../data/centres.js';
import type { Center, Feed, NewsItem } from '../data/types.js';
import { fetchSource } from '../feed/fetch.js';
import { newsDatasetUrl } from '../news-list/dataset.js';
import { parseFeedInNode } from '../node/dom.js';
import { jsonFeedItem } from '../node/json-feed.js';
import { centresDatasetUrl } from '../shared/datasets.js';
import { EMBEDDED_ATTR, type Embedded } from '../shared/embedded.js';

export type DataKind = 'news' | 'centres';

/** Which data a widget shows: a shipped dataset, or its `src` as written in the page. */
export interface DataKey {
  kind: DataKind;
  /** The `src` attribute as written; undefined: the shipped dataset. */
  src?: string;
}

/** The shipped datasets, by the file name an embedded copy gives (the element matches it against its own URL). */
const SHIPPED: Record<DataKind, string> = { news: newsDatasetUrl, centres: centresDatasetUrl };

export const datasetName = (kind: DataKind): string => SHIPPED[kind].slice(SHIPPED[kind].lastIndexOf('/') + 1);

/** Read data: what the widgets render from, and what the page embeds. */
export interface ReadData {
  value: Feed | Center[];
  /** The embedded copy's `data`: the data in the format the element's parser reads. */
  data: unknown;
  savedAt: number;
}

/**
 * Text as the widgets' parser reads it back: it takes a JSON Feed's texts for HTML (as many feeds
 * write them), so a headline such as "Why <canvas> beats SVG" would lose its "<canvas>" when the
 * element reads the copy, and change as it takes over.
 */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `item` as the copy holds it: a JSON Feed item whose texts read back as they are. */
function copyItem(item: NewsItem) {
  const out = jsonFeedItem(item);
  return {
    ...out,
    title: asHtml(out.title),
    content_text: asHtml(out.content_text),
    ...(out.summary !== undefined && { summary: asHtml(out.summary) }),
    ...(out.authors && { authors: out.authors.map(({ name }) => ({ name: asHtml(name) })) }),
  };
}

/** `data` (a copy's, or a source's text already decoded to JSON or a feed) read by the widget's parser. */
function parse(kind: DataKind, text: string, contentType: string, baseUrl: string): Omit<ReadData, 'savedAt'> {
  if (kind === 'centres') {
    const data: unknown = JSON.parse(text);
    return { value: parseCenters(data, { strict: false }), data };
  }
  const feed = parseFeedInNode(text, { contentType, baseUrl });
  const data = {
    version: 'https://jsonfeed.org/version/1.1',
    ...(feed.title && { title: asHtml(feed.title) }),
    ...(feed.url && { home_page_url: feed.url }),
    ...(feed.lang && { language: feed.lang }),
    items: feed.items.map(copyItem),
  };
  return { value: feed, data };
}

/** Where `key`'s data is, for a page at `base`: a URL, or a file path. */
export function locate(key: DataKey, base: string): string {
  const url = new URL(key.src ?? SHIPPED[key.kind], base);
  if (url.protocol === 'file:') return fileURLToPath(url);
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  throw new Error(`"${key.src}" is neither an http(s) address nor a file`);
}

/** Reads and parses `key`'s data now. Throws with a sentence a person can act on. */
export async function readData(key: DataKey, base: string, timeout: number, now: number): Promise<ReadData> {
  const location = locate(key, base);
  try {
    const fetched = await fetchSource(location, {}, timeout);
    if (fetched.status !== 'fresh') throw new Error('no content');
    return { ...parse(key.kind, fetched.text, fetched.type, fetched.url), savedAt: now };
  } catch (e) {
    // The address asked, as resolved: a relative src says little on its own.
    throw new Error(`${location}: ${(e as Error).message}`);
  }
}

/** The data of an earlier embedded copy, read again (it is kept when its source fails now). */
export function readCopy(key: DataKey, copy: Embedded): ReadData {
  return { ...parse(key.kind, JSON.stringify(copy.data), 'application/json', 'about:blank'), savedAt: copy.savedAt };
}

/** The page's copy of `key`'s data, as `<script type="application/json" data-sz-embedded>`. */
export function embeddedScript(key: DataKey, read: ReadData): string {
  const payload = {
    dataset: datasetName(key.kind),
    ...(key.src !== undefined && { src: key.src }),
    savedAt: new Date(read.savedAt).toISOString(),
    data: read.data,
  };
  // `<` escaped: no `</script>` or `<!--` in the data can end or change the script.
  const json = JSON.stringify(payload)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" ${EMBEDDED_ATTR}>${json}</script>`;
}
