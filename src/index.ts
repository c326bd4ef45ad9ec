/**
 * sz-widgets, the module bundle: every element, defined on import, and the pure data functions.
 * The elements are defined before the data functions arrive: they come in a chunk of their own
 * (awaited here, and shared with the elements' own lazy parsing), so a page that only shows
 * widgets never waits for them. The map's drawing code and country shapes load only when a map
 * connects.
 */
export { SzNewsList } from './news-list/define.js';
export { SzCenterCard } from './center-card/define.js';
export { SzCenterMap } from './center-map/define.js';
export { safeUrl } from './data/url.js';
export { resolveLocale, type Locale, type UiLang } from './shared/locale.js';
export type { Center, ErrorCode, Feed, LangMap, NewsItem } from './data/types.js';
export type {
  CentersOptions,
  CentresOptions,
  Dropped,
  FeedOptions,
  Loaded,
  LoadOptions,
  Problem,
} from './data/exports.js';
export type { SzErrorDetail, SzEventMap, SzLoadDetail, SzSelectDetail } from './shared/events.js';

const data = await import('./data/exports.js');
export const { parseFeed, parseDate, htmlToText, decodeBody, load, MAX_BYTES, parseCenters, checkCenters, SzError } =
  data;
/** @deprecated Use `parseCenters`; `parseCentres` goes in 0.3.0. */
export const parseCentres = data.parseCentres;
/** @deprecated Use `checkCenters`; `checkCentres` goes in 0.3.0. */
export const checkCentres = data.checkCentres;
/** The error the data functions throw, with a stable `code`. */
export type SzError = import('./data/types.js').SzError;
