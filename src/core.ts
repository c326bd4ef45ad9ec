/**
 * What the classic bundle exports: the news list and the centre card (defined on import) and the
 * pure data functions. The map is loaded by classic.ts; the module bundle is index.ts.
 */
export { SzNewsList } from './news-list/define.js';
export { SzCenterCard } from './center-card/define.js';
export { safeUrl } from './shared/url.js';
export { resolveLocale, type Locale, type UiLang } from './shared/locale.js';
export * from './data/exports.js';
export type { Center, ErrorCode, Feed, LangMap, NewsItem } from './data/types.js';
export type { SzErrorDetail } from './shared/events.js';
