// RSS 0.9x/1.0/2.0, Atom 1.0 and JSON Feed 1.x into one Feed shape. Pure: no rendering, no network.
// Every URL goes through safeUrl; every text comes out plain (HTML is read in an inert document).
import { sniffFeed } from './feed-format.js';
import { fromJson } from './feed-json.js';
import { runNow } from './feed-item.js';
import { fromXml } from './feed-xml.js';
import type { Feed, Problem } from './types.js';

export interface FeedOptions {
  /** The response's Content-Type. */
  contentType?: string;
  /** The feed's own URL: relative links resolve against it. */
  baseUrl?: string;
  /**
   * Told about each part of the feed that was left out while the rest was kept: an item that has
   * nothing to show or could not be read, or a link or image that is not a safe http(s) URL.
   * `path` is a JSONPath for JSON Feed (`$.items[3]`, 0-based) and an XPath for XML
   * (`/rss/channel/item[3]`, `/feed/entry[2]`, 1-based); `path` names the item (or the feed)
   * and `message` says what was dropped and why.
   */
  onDrop?: (problem: Problem) => void;
}

/**
 * Parses a news feed. Throws SzError 'parse' for unreadable XML/JSON or an empty body, and
 * 'unsupported' for an HTML page or a document that is not a feed. A bad item never fails the
 * feed: it is left out and reported to `opts.onDrop`.
 */
export function parseFeed(text: string, opts: FeedOptions = {}): Feed {
  const [body, format] = sniffFeed(text, opts.contentType);
  return runNow((format === 'json' ? fromJson : fromXml)(body, opts.baseUrl, opts.onDrop));
}
