// What every feed format shares: small readers of untrusted values and the item fallbacks.
import { pause } from '../shared/pause.js';
import { htmlToText } from './html-text.js';
import { isObj, SzError, type Feed, type NewsItem, type Obj, type Problem } from './types.js';

export type Draft = Omit<NewsItem, 'url'> & { url?: string };
/** A candidate summary: its raw text (to compare lengths) and how to read it. */
export type Field = [raw: string, read: () => string];

/** `text` cut to `max` characters, at a word boundary where there is one, with an ellipsis when cut. */
export const cut = (text: string, max: number): string =>
  text.length > max
    ? text
        .slice(0, max + 1)
        .replace(/\s+\S*$/, '')
        .slice(0, max) + '…'
    : text;
export const obj = (v: unknown): Obj => (isObj(v) ? v : {});
/** A string as it is, a number as its digits (ids often are numbers), anything else as ''. */
export function str(v: unknown): string {
  if (typeof v === 'string') return v;
  return typeof v === 'number' ? String(v) : '';
}
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Milliseconds of work between two pauses when a feed is parsed in steps. */
const SLICE_MS = 10;
/**
 * Items read between two pauses at most, however fast the clock says the work went: the bound
 * on one slice does not depend on the machine, and a test can check it.
 */
export const SLICE_ITEMS = 100;

/** Steps of a feed's parse: each `yield` is a point where the main thread may do other work. */
export type FeedSteps = Generator<void, Feed, void>;

/** Receives what a feed's reader left out: an item, or one field of an item or of the feed. */
export type OnDrop = (problem: Problem) => void;
/** Notes why the item being read lost a field, or was left out. */
export type Drop = (message: string) => void;

/** The message for a URL field that was given but is not a safe, absolute http(s) URL. */
export const unsafe = (field: string): string => `its ${field} is not an http(s) URL and was dropped`;

/**
 * `url`, after noting it as dropped when the data gave a value (`given`) that did not survive
 * safeUrl: a widget that silently lost its links would be hard to debug.
 */
export function checked(url: string | undefined, given: boolean, field: string, drop: Drop): string | undefined {
  if (!url && given) drop(unsafe(field));
  return url || undefined;
}

/** Whether the data holds a value at all (null, absent and blank strings are "not given"). */
export const given = (v: unknown): boolean => v != null && (typeof v !== 'string' || !!v.trim());

/** A canonical BCP 47 tag, or undefined for anything that is not one. */
export function langTag(v: unknown): string | undefined {
  // "en_US" is the POSIX spelling many CMSs write; the intent is plain, so it is read as "en-US".
  const tag = str(v).trim().replace(/_/g, '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // RangeError: not a well-formed tag
  }
}

/** Leaves out members that are undefined, so that the result survives a JSON round trip unchanged. */
export const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter((e) => e[1] !== undefined)) as T;

/** What `feed` may be told besides the feed's title, link and items. */
interface FeedExtras {
  /** The feed's language, for items that give none of their own. */
  lang?: string;
  /** Where the item at `index` is, for onDrop (a JSONPath or an XPath). */
  path?: (index: number) => string;
  onDrop?: OnDrop;
}

/**
 * The feed-level fields and the items, mapped in slices. A generator: parseFeed runs it straight
 * through (runNow), the elements pause between slices (runInSlices) so that a feed of
 * thousands of items never holds the main thread for long.
 *
 * One bad item never costs the others: an item whose mapping throws, or that has nothing to show,
 * is left out, and it (like a field its mapper dropped) goes to `onDrop` under `path(index)`.
 */
export function* feed<T>(
  title: string,
  url: string | undefined,
  raw: readonly T[],
  toItem: (r: T, drop: Drop) => NewsItem | undefined,
  { lang, path = (i) => `[${i}]`, onDrop }: FeedExtras = {},
): FeedSteps {
  const items: NewsItem[] = [];
  let sliceStart = performance.now();
  let firstProblem = '';
  for (let i = 0, inSlice = 0; i < raw.length; i++) {
    const said: string[] = [];
    try {
      const item = toItem(raw[i], (message) => said.push(message));
      if (item) items.push(item);
    } catch (err) {
      said.push(`could not be read and was left out (${cut(String(err), 160)})`);
    }
    // Reported outside the try: a throwing onDrop is the caller's bug and must not look like a bad item.
    if (onDrop) for (const message of said) onDrop({ path: path(i), message });
    firstProblem ||= said[0] ? `${path(i)} ${said[0]}` : '';
    // Time, and a count: a slow phone gets more pauses than a fast desktop, and no slice is long.
    if (++inSlice >= SLICE_ITEMS || performance.now() - sliceStart > SLICE_MS) {
      yield;
      sliceStart = performance.now();
      inSlice = 0;
    }
  }
  // A feed whose every item was left out is broken, not empty: say why, as for an unreadable feed.
  if (raw.length && !items.length && firstProblem) {
    throw new SzError('parse', `None of the feed's ${raw.length} items can be shown: ${cut(firstProblem, 160)}`);
  }
  return { ...defined({ title: title || undefined, url: url || undefined, lang }), items };
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
    await pause();
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

/** Fills the fallbacks every format shares; undefined (noted by `drop`) for an item with nothing to show. */
export function finish(d: Draft, drop: Drop): NewsItem | undefined {
  const url = d.url || '';
  const title = d.title || cut(d.summary, 80);
  if (!title && !url) {
    drop('has no title and no link');
    return undefined;
  }
  return defined<NewsItem>({
    ...d,
    id: d.id || url || title + (d.published || ''),
    title,
    url,
    author: d.author || undefined,
    tags: [...new Set(d.tags.map(htmlToText).filter(Boolean))],
    lang: d.lang || undefined,
  });
}
