/** One news entry, whatever feed format it came from. */
export interface NewsItem {
  /** Stable identifier: the feed's own id/guid, else the link, else a hash-free fallback. */
  id: string;
  title: string;
  /** Absolute http(s) link to the article; empty string when the feed gives none that is safe. */
  url: string;
  /** ISO 8601 timestamp (UTC, `toISOString()` form) when the feed gives a readable date. */
  published?: string;
  updated?: string;
  /** Plain text, never HTML. */
  summary: string;
  /** Absolute http(s) image URL. */
  image?: string;
  author?: string;
  tags: string[];
}

export interface Feed {
  title?: string;
  /** The feed's home page (http(s) only). */
  url?: string;
  items: NewsItem[];
}

/** Stable error codes carried by `sz-error` and thrown by the data layer. */
export type ErrorCode =
  | 'parse'
  | 'unsupported'
  | 'schema'
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'bad-url'
  | 'not-found';

export class SzError extends Error {
  override name = 'SzError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** HTTP status, where there was one. */
    readonly status?: number,
  ) {
    super(message);
  }
}
