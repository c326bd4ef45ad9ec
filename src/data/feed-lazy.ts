// parseFeed for the elements: lazily (the XML reader loads only for XML) and in slices.
import type { FeedOptions } from './feed.js';
import { sniffFeed } from './feed-format.js';
import { fromJson } from './feed-json.js';
import { runInSlices } from './feed-item.js';
import type { Feed } from './types.js';

/**
 * The same as parseFeed, for the elements: the XML parsers load only when a feed is XML, so a
 * page showing a JSON Feed (the shipped dataset is one) never downloads them, and the items are
 * read in slices between which the page stays responsive. `opts.onDrop` hears of what was left out.
 */
export async function parseFeedLazily(text: string, opts: FeedOptions = {}): Promise<Feed> {
  const [body, format] = sniffFeed(text, opts.contentType);
  // In slices: a feed of thousands of items must not hold the page's main thread.
  const { baseUrl, onDrop } = opts;
  if (format === 'json') return runInSlices(fromJson(body, baseUrl, onDrop));
  const { fromXml } = await import('./feed-xml.js');
  return runInSlices(fromXml(body, baseUrl, onDrop));
}
