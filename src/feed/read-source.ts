// One source of `sz-widgets feed` read into output items: a feed with the package's own parseFeed,
// an HTML article page, or a listing page whose article links are followed (src/feed/html.ts).
import { HTML_MSG } from '../data/feed-format.js';
import { SzError, type NewsItem } from '../data/types.js';
import { parseFeedInNode } from '../node/dom.js';
import { jsonFeedItem, type JsonFeedItem } from '../node/json-feed.js';
import { fetchSource, SourceError, type Validators } from './fetch.js';
import { articleFromHtml, linksFromListing } from './html.js';
import type { Source } from './options.js';

/** One item of the output: JSON Feed 1.1, with the source it came from in an `_sz` extension. */
export interface OutputItem extends JsonFeedItem {
  _sz: { source: string };
}

/** At most this many article requests at a time to one host, for a listing page. */
const PER_HOST = 4;

function fromNewsItem(item: NewsItem, source: Source): OutputItem {
  return { ...jsonFeedItem({ ...item, lang: item.lang ?? source.language }), _sz: { source: source.key } };
}

/** Runs `task` over `list` with at most `limit` running at once. */
async function pool<T, R>(list: T[], limit: number, task: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const index = next++;
      results[index] = await task(list[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return results;
}

/** What a URL's path says it is: a page whose address names a feed must not be read as an article. */
const namesAFeed = (url: string): boolean =>
  /\.(xml|rss|rdf|atom|json)$|\/(feed|rss|atom)\/?$/i.test(new URL(url).pathname);

/** A source read afresh: its items, and the validators to ask with next time. */
export interface SourceRead {
  /** Undefined when the source answered that it has not changed since `known`. */
  items?: OutputItem[];
  validators?: Validators;
}

/**
 * Reads a source: a feed (RSS, Atom, JSON Feed), an article page, or a listing page whose articles
 * it follows. Throws SourceError when it cannot be read.
 */
export async function readSource(source: Source, known: Validators, timeout: number): Promise<SourceRead> {
  const got = await fetchSource(source.location, known, timeout);
  if (got.status === 'unchanged') return {};
  let items: OutputItem[];
  try {
    const feed = parseFeedInNode(got.text, { contentType: got.type, baseUrl: got.url });
    items = feed.items.map((item) => fromNewsItem(item, source));
  } catch (e) {
    if (!(e instanceof SzError && e.message === HTML_MSG)) {
      throw new SourceError(e instanceof Error ? e.message : String(e));
    }
    // An HTML page: an article, or with `follow` a listing of them.
    if (namesAFeed(got.url) && !source.follow) throw new SourceError('an HTML page where a feed was expected');
    items = source.follow
      ? await readListing(source, got.text, got.url, timeout)
      : [article(source, got.text, got.url)];
  }
  return { items: items.slice(0, source.limit), validators: got.validators };
}

function article(source: Source, html: string, url: string): OutputItem {
  const { item, problem } = articleFromHtml(html, url);
  if (!item) throw new SourceError(`the page at ${url} is not an article: ${problem ?? 'nothing to show'}`);
  // An article's address is its id, as a feed item's link is when it has no guid.
  return fromNewsItem({ ...item, id: item.url }, source);
}

async function readListing(source: Source, html: string, url: string, timeout: number): Promise<OutputItem[]> {
  let links: string[];
  try {
    links = linksFromListing(html, url, source.follow ?? '', source.limit ?? 20);
  } catch (e) {
    throw new SourceError((e as Error).message);
  }
  if (!links.length) throw new SourceError(`no links match "${source.follow}" on the listing page`);
  // One host (links are same-site only): at most PER_HOST requests at a time.
  const articles = await pool(links, PER_HOST, async (link) => {
    try {
      const got = await fetchSource(link, {}, timeout);
      return got.status === 'fresh' ? article(source, got.text, got.url) : undefined;
    } catch {
      return undefined;
    }
  });
  const items = articles.filter((item): item is OutputItem => !!item);
  if (!items.length) throw new SourceError(`none of the ${links.length} linked articles could be read`);
  return items;
}
