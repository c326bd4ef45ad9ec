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

/** Text in several languages: BCP 47 tag → text. `en` is always present. */
export type LangMap = Record<string, string> & { en: string };

/** One overseas innovation centre (or a planned, country-level entry). */
export interface Center {
  id: string;
  name: LangMap;
  /** Absent for country-level planned entries. */
  city?: LangMap;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  status: 'open' | 'planned';
  /** ISO date (YYYY-MM-DD). */
  opened?: string;
  founders: LangMap[];
  partners: LangMap[];
  focus: LangMap[];
  summary?: LangMap;
  /** http(s) URL of the source the facts come from. */
  source: string;
  /** [longitude, latitude] in WGS 84; absent when the feature's geometry is null. */
  coordinates?: [number, number];
  /** The source names a place that could not be located. */
  locationUnresolved?: boolean;
}
