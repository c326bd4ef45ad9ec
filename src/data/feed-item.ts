// What every feed format shares: small readers of untrusted values and the item fallbacks.
import { htmlToText } from './html-text.js';
import type { Feed, NewsItem } from './types.js';

export type Obj = Record<string, unknown>;
export type Draft = Omit<NewsItem, 'url'> & { url?: string };
/** A candidate summary: its raw text (to compare lengths) and how to read it. */
export type Field = [raw: string, read: () => string];

export const cut = (s: string, n: number): string =>
  s.length > n ? s.slice(0, n + 1).replace(/\s+\S*$/, '').slice(0, n) + '…' : s;
export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Milliseconds of work between two pauses when a feed is parsed in steps. */
const SLICE_MS = 10;

/** Steps of a feed's parse: each `yield` is a point where the main thread may do other work. */
export type FeedSteps = Generator<void, Feed, void>;

/**
 * The feed-level fields and the items, mapped in slices. A generator: parseFeed runs it straight
 * through (runNow), the elements pause between slices (runInSlices) so that a feed of
 * thousands of items never holds the main thread for long. Items with nothing to show are left out.
 */
export function* feed<T>(title: string, url: string | undefined, raw: T[], toItem: (r: T) => NewsItem | undefined): FeedSteps {
  const items: NewsItem[] = [];
  let sliceStart = performance.now();
  for (const entry of raw) {
    const item = toItem(entry);
    if (item) items.push(item);
    // Time, not a count: a slow phone gets more pauses than a fast desktop.
    if (performance.now() - sliceStart > SLICE_MS) {
      yield;
      sliceStart = performance.now();
    }
  }
  return { ...(title && { title }), ...(url && { url }), items };
}

export function runNow<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The shortest field that has words in it: a teaser wins over the full article. */
export function pick(fields: Field[]): string {
  for (const [, read] of fields.filter((f) => f[0].trim()).sort((a, b) => a[0].length - b[0].length)) {
    const s = read();
    if (/[\p{L}\p{N}]/u.test(s)) return s;
  }
  return '';
}

/** Fills the fallbacks every format shares; undefined for an item with nothing to show. */
export function finish(d: Draft): NewsItem | undefined {
  const url = d.url || '';
  const title = d.title || cut(d.summary, 80);
  if (!title && !url) return undefined;
  const item: NewsItem = {
    ...d,
    id: d.id || url || title + (d.published || ''),
    title,
    url,
    author: d.author || undefined,
    tags: [...new Set(d.tags.map(htmlToText).filter(Boolean))],
  };
  // Absent fields are left out rather than set to undefined, so items survive a JSON round trip unchanged.
  return Object.fromEntries(Object.entries(item).filter((e) => e[1] !== undefined)) as NewsItem;
}

