/**
 * What both bundles export: the news list and the centre card (defined on import) and the pure
 * data functions. The map is added by index.ts (module bundle) and loaded by classic.ts.
 */
export { SzNewsList } from './news-list/define.js';
export { SzCenterCard } from './center-card/define.js';
export { parseFeed } from './data/feed.js';
export { parseDate } from './data/dates.js';
export { htmlToText } from './data/html-text.js';
export { decodeBody } from './data/decode.js';
export { load, MAX_BYTES, type Loaded, type LoadOptions } from './data/loader.js';
export { safeUrl } from './shared/url.js';
export { resolveLocale, type Locale, type UiLang } from './shared/locale.js';
export { parseCentres, parseCenters, checkCentres, checkCenters, type Problem } from './data/centres.js';
export { SzError, type Center, type ErrorCode, type Feed, type LangMap, type NewsItem } from './data/types.js';
export type { SzErrorDetail } from './shared/events.js';
