// `sz-widgets feed`: every source read (feeds with the package's own parseFeed, HTML pages through
// src/feed/html.ts), merged with what the previous output had (a failing source keeps its
// items), checked against the shipped schema, and written atomically.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { HTML_MSG } from '../data/feed-format.js';
import { defined } from '../data/feed-item.js';
import { SzError, type NewsItem } from '../data/types.js';
import { parseFeedInNode } from '../node/dom.js';
import { validateText } from '../validator/validate.js';
import { fetchSource, SourceError, type Validators } from './fetch.js';
import { articleFromHtml, linksFromListing } from './html.js';
import type { Options, Source } from './options.js';

/** One item of the output: JSON Feed 1.1, with the source it came from in an `_sz` extension. */
export interface OutputItem {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  content_text: string;
  date_published?: string;
  date_modified?: string;
  image?: string;
  authors?: { name: string }[];
  tags?: string[];
  language?: string;
  _sz: { source: string };
}

interface SourceState {
  etag?: string;
  last_modified?: string;
}

interface Output {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  language?: string;
  items: OutputItem[];
  _sz: { sources: Record<string, SourceState> };
}

export interface Report {
  key: string;
  outcome: 'fresh' | 'unchanged' | 'failed';
  items: number;
  ms: number;
  why?: string;
}

export interface Result {
  /** 0 all fresh or unchanged, 1 a source failed, 2 nothing written. */
  code: number;
  reports: Report[];
  written: boolean;
  items: number;
  problems: string[];
}

/** At most this many article requests at a time to one host, for a listing page. */
const PER_HOST = 4;

function fromNewsItem(item: NewsItem, source: Source): OutputItem {
  return defined({
    id: item.id,
    url: item.url || undefined,
    title: item.title,
    summary: item.summary || undefined,
    // JSON Feed requires content; an item with no text has an empty one.
    content_text: item.summary,
    date_published: item.published,
    date_modified: item.updated,
    image: item.image,
    authors: item.author ? [{ name: item.author }] : undefined,
    tags: item.tags.length ? item.tags : undefined,
    language: item.lang ?? source.language,
    _sz: { source: source.key },
  });
}

/** Runs `task` over `list` with at most `limit` running at once. */
async function pool<T, R>(list: T[], limit: number, task: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      results[i] = await task(list[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return results;
}

/** What a URL's path says it is: a page whose address names a feed must not be read as an article. */
const namesAFeed = (url: string): boolean => /\.(xml|rss|rdf|atom|json)$|\/(feed|rss|atom)\/?$/i.test(new URL(url).pathname);

async function readSource(source: Source, known: Validators, timeout: number): Promise<{ items?: OutputItem[]; validators?: Validators }> {
  const got = await fetchSource(source.location, known, timeout);
  if (got.status === 'unchanged') return {};
  let items: OutputItem[];
  try {
    items = parseFeedInNode(got.text, { contentType: got.type, baseUrl: got.url }).items.map((i) => fromNewsItem(i, source));
  } catch (e) {
    if (!(e instanceof SzError && e.message === HTML_MSG)) throw new SourceError(e instanceof Error ? e.message : String(e));
    if (namesAFeed(got.url) && !source.follow) throw new SourceError('an HTML page where a feed was expected');
    items = source.follow ? await readListing(source, got.text, got.url, timeout) : [article(source, got.text, got.url)];
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
  const read = await pool(links, PER_HOST, async (link) => {
    try {
      const got = await fetchSource(link, {}, timeout);
      return got.status === 'fresh' ? article(source, got.text, got.url) : undefined;
    } catch {
      return undefined;
    }
  });
  const items = read.filter((i): i is OutputItem => !!i);
  if (!items.length) throw new SourceError(`none of the ${links.length} linked articles could be read`);
  return items;
}

/** The previous output, as read (to tell an unchanged result) and as data; undefined when there is none. */
async function readPrevious(path: string): Promise<{ text: string; data: Output } | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    const data = JSON.parse(text) as Output;
    return Array.isArray(data.items) ? { text, data } : undefined;
  } catch {
    return undefined;
  }
}

/** Newest first; items without a date after the dated ones, each group in source order. */
function newestFirst(items: OutputItem[]): OutputItem[] {
  return items
    .map((item, i) => ({ item, i, t: item.date_published ? Date.parse(item.date_published) : NaN }))
    .sort((a, b) => (isNaN(a.t) ? (isNaN(b.t) ? a.i - b.i : 1) : isNaN(b.t) ? -1 : b.t - a.t || a.i - b.i))
    .map((x) => x.item);
}

/** One item per canonical URL and per id: the first source that has it wins. */
function unique(items: OutputItem[]): OutputItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const keys = [item.url && `u:${item.url}`, `i:${item.id}`].filter(Boolean) as string[];
    if (keys.some((k) => seen.has(k))) return false;
    keys.forEach((k) => seen.add(k));
    return true;
  });
}

/** Written beside the target and renamed over it: a reader never sees half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export async function buildFeed(options: Options, progress: (report: Report) => void = () => undefined): Promise<Result> {
  const before = await readPrevious(options.out);
  const previous = before?.data;
  const state: Record<string, SourceState> = {};
  const reports: Report[] = [];
  const collected: OutputItem[] = [];
  const earlier = (key: string) => (previous?.items ?? []).filter((i) => i._sz?.source === key);
  for (const source of options.sources) {
    const started = Date.now();
    const known = previous?._sz?.sources?.[source.key];
    let report: Report;
    try {
      const { items, validators } = await readSource(source, { etag: known?.etag, lastModified: known?.last_modified }, options.timeout);
      const kept = items ?? earlier(source.key);
      collected.push(...kept);
      if (validators) state[source.key] = defined({ etag: validators.etag, last_modified: validators.lastModified });
      else if (known) state[source.key] = known;
      report = { key: source.key, outcome: items ? 'fresh' : 'unchanged', items: kept.length, ms: Date.now() - started };
    } catch (e) {
      // The source's items from last time stay: a bad hour at the publisher never empties the news.
      const kept = earlier(source.key);
      collected.push(...kept);
      if (known) state[source.key] = known;
      report = { key: source.key, outcome: 'failed', items: kept.length, ms: Date.now() - started, why: e instanceof Error ? e.message : String(e) };
    }
    reports.push(report);
    progress(report);
  }
  const failed = reports.filter((r) => r.outcome === 'failed').length;
  const result = (code: number, written: boolean, items: number, problems: string[] = []): Result => ({ code, reports, written, items, problems });
  if (failed === reports.length) return result(previous ? 1 : 2, false, previous?.items.length ?? 0);

  const items = newestFirst(unique(collected)).slice(0, options.limit);
  const output: Output = defined({
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    home_page_url: options.homePageUrl,
    feed_url: options.feedUrl,
    language: options.language,
    items,
    _sz: { sources: state },
  });
  const text = `${JSON.stringify(output, null, 2)}\n`;
  // Never publish what the widgets' own schema rejects.
  const { problems } = await validateText(text);
  if (problems.length) return result(2, false, 0, problems.map((p) => `${p.path}: ${p.message}`));
  if (before?.text !== text) await writeAtomically(options.out, text);
  return result(failed ? 1 : 0, true, items.length);
}
