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
  /**
   * The language of the item's text, as a canonical BCP 47 tag (`Intl.getCanonicalLocales`), so
   * that the element can set `lang` and text direction on it. The item's own language where the
   * feed gives one, else the feed's; absent when unknown.
   */
  lang?: string;
}

export interface Feed {
  title?: string;
  /** The feed's home page (http(s) only). */
  url?: string;
  /**
   * The feed's language, canonical BCP 47 (already copied onto every item that has none of its own); absent
   * when unknown.
   */
  lang?: string;
  items: NewsItem[];
}

/**
 * One thing wrong with a dataset or feed: where (a JSONPath such as `$.features[3].properties.id`,
 * or an XPath such as `/rss/channel/item[3]` for XML feeds) and what.
 */
export interface Problem {
  path: string;
  message: string;
}

/** A record or field left out of data that is shown: a problem, with the record's id when it has one. */
export interface Dropped extends Problem {
  id?: string;
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
  | 'not-found'
  | 'excluded';

export class SzError extends Error {
  override name = 'SzError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** HTTP status, where there was one. */
    readonly status?: number,
    /** A cross-origin request failed with no answer while online: the other site's CORS rules, most likely. */
    readonly crossOrigin = false,
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

/** A JSON object as read from untrusted data: members are checked before they are used. */
export type Obj = Record<string, unknown>;
export const isObj = (value: unknown): value is Obj => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * `value` as a problem's message quotes it ("must be …, not <value>"): its JSON, cut to 60
 * characters, since the value may be long or hostile.
 */
export function shortValue(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? json.slice(0, 59) + '…' : json;
}
