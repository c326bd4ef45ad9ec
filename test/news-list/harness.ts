// <sz-news-list> as a test sees it, in one place: putting one on the page, waiting for a state,
// reading what it shows. Public behaviour only (attributes, properties, parts, events); the tag
// is not defined here: each test file loads the build it tests (src/ or dist/).
import { fixture, waitUntil } from '@open-wc/testing';
import type { NewsItem } from '../../src/data/types.js';
import type { SzNewsList } from '../../src/news-list/sz-news-list.js';
import { $, part, parts } from '../shadow.js';

export type NewsListAttribute =
  | 'src'
  | 'lang'
  | 'theme'
  | 'limit'
  | 'layout'
  | 'heading'
  | 'date-style'
  | 'link-target'
  | 'timeout'
  | 'refresh'
  | 'hide-summary'
  | 'hide-images'
  | 'hide-dates'
  | 'style';
/** Attributes as written in HTML: '' for a boolean one. */
export type NewsListAttributes = Partial<Record<NewsListAttribute, string>>;
export type NewsListProperties = Partial<Pick<SzNewsList, 'src' | 'items' | 'limit' | 'layout' | 'theme'>>;

/** A new <sz-news-list>, not yet on the page: attributes first, then properties, in the order given. */
export function createNewsList(attributes: NewsListAttributes = {}, properties: NewsListProperties = {}): SzNewsList {
  const el = document.createElement('sz-news-list');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return Object.assign(el, properties);
}

/** A <sz-news-list> on the page (removed after the test), once its first update is done. */
export function newsListFixture(attributes: NewsListAttributes = {}, properties: NewsListProperties = {}) {
  return fixture<SzNewsList>(createNewsList(attributes, properties));
}

/** `n` items for the `items` property: "Given item 1"…, one a day from 1 January 2024. */
export const givenItems = (n: number): NewsItem[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `i${i + 1}`,
    title: `Given item ${i + 1}`,
    url: `https://example.test/${i + 1}`,
    published: `2024-01-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`,
    summary: `Summary ${i + 1}`,
    image: `https://example.test/${i + 1}.png`,
    tags: [],
  }));

/** The item titles shown, in order. */
export const titles = (el: Element) => parts(el, 'title').map((t) => t.textContent);
/** The status line (loading, empty, error, stale), trimmed; '' when there is none. */
export const statusText = (el: Element) => part(el, 'status')?.textContent?.trim() ?? '';
/** The heading's text, or null when there is no heading. */
export const headingText = (el: Element) => part(el, 'heading')?.textContent ?? null;
/** The first date shown (a <time>). */
export const firstTime = (el: Element) => $(el, 'time');

export type NewsListState = 'loading' | 'error' | 'empty' | 'loaded' | 'other';

/** What a visitor can tell about the state. */
export function state(el: Element): NewsListState {
  if (part(el, 'skeleton')) return 'loading';
  if (part(el, 'retry-button') && !parts(el, 'item').length) return 'error';
  if (/No news yet/.test(statusText(el))) return 'empty';
  return parts(el, 'item').length ? 'loaded' : 'other';
}

/** Waits until the list shows items, says it is empty, or shows an error (8 s at most). */
export async function settled(el: SzNewsList): Promise<void> {
  await waitUntil(() => parts(el, 'item').length > 0 || ['empty', 'error'].includes(state(el)), 'never loaded', {
    timeout: 8000,
  });
  await el.updateComplete;
}

/** Waits until the first date shows: the language's strings have arrived (1 s at most). */
export async function waitForDate(el: Element, message: string): Promise<void> {
  await waitUntil(() => firstTime(el), message);
}
