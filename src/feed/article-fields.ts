// The fields of an article page's item, each read from the most deliberate statement the page makes
// about itself first (see article.ts).
import { langTag } from '../data/feed-item.js';
import { isObj, type Obj } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { ldString, ldUrls, ldValues, names, resolve, typeNames, type LinkedData } from './json-ld.js';
import { addressDate, DATE_METAS, MODIFIED_METAS, readDate } from './page-dates.js';
import { articleTime, canonicalLinks, contentImage, heading, type MetaLookup, type Reading } from './page-markup.js';
import { isAddress, splitTags, uniqueIgnoringCase, type PlainText } from './page-text.js';

/** The first value that is there (not undefined, not ''). */
const first = <T>(values: Iterable<T | undefined>): T | undefined => {
  for (const value of values) if (value) return value;
  return undefined;
};

/** What an article's fields are read from. */
export interface ArticlePage {
  doc: Document;
  /** The page's address (after redirects). */
  pageUrl: string;
  /** What relative URLs resolve against: a <base href> moves it, in metadata as in links. */
  base: string;
  text: PlainText;
  meta: MetaLookup;
  ld: LinkedData;
  /** The page's JSON-LD article; {} when it has none. */
  article: Obj;
  /** Readability's reading, made the first time a field needs it. */
  readable(): Reading;
  /** The element holding the article: Readability's, else the page's <article>/<main>, else <body>. */
  content(): Element;
}

/** The article's language: its own statement first, since <html lang> is often a theme's default. */
export function language({ doc, meta, ld, article }: ArticlePage): string | undefined {
  const inLanguage = resolve(ld, article.inLanguage);
  const root = doc.documentElement;
  return first(
    [
      isObj(inLanguage) ? (ldString(inLanguage.alternateName) ?? ldString(inLanguage.name)) : ldString(inLanguage),
      root.getAttribute('lang'),
      root.getAttribute('xml:lang'),
      ...meta('http-equiv:content-language', 'dc.language', 'og:locale'), // og:locale writes "zh_CN"
    ].map(langTag),
  );
}

/** The site's name: what a title or a description that only names the site says. */
export function siteName({ meta, ld, article, text }: ArticlePage): string {
  const website = ld.nodes.find((node) => typeNames(node).includes('WebSite'));
  const metas = meta('og:site_name', 'application-name');
  const candidates = [...metas, ...names(ld, article.publisher), ...names(ld, website)];
  return first(candidates.map(text)) ?? '';
}

// "Headline | Site", "Site - Headline", "标题_站名": the site's name is not part of the headline.
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » ', ' / ', ' _ ', '_', '｜', '|', '--', '-'];

function withoutSite(title: string, site: string): string {
  if (!site || title === site) return title;
  for (const sep of SEPARATORS) {
    if (title.endsWith(sep + site)) return title.slice(0, -(sep.length + site.length)).trim();
    if (title.startsWith(site + sep)) return title.slice(site.length + sep.length).trim();
  }
  return title;
}

/** What the page says its headline is, then its heading, then Readability's guess from <title>. */
export function headline(page: ArticlePage, site: string): string | undefined {
  const { doc, meta, article, text } = page;
  const metas = meta('og:title', 'twitter:title', 'articletitle');
  for (const said of [ldString(article.headline), ldString(article.name), ...metas]) {
    const clean = withoutSite(text(said), site);
    if (clean && clean !== site) return clean;
  }
  return (
    heading(doc, page.base, site, text) ||
    withoutSite(text(page.readable().title), site) ||
    withoutSite(text(doc.title), site)
  );
}

/** A site that puts its home page in og:url (or canonical) on every page has not named the article. */
const namesHome = (url: string, pageUrl: string): boolean =>
  new URL(url).pathname === '/' && new URL(pageUrl).pathname !== '/';

/** The article's own address, as the page states it; undefined when it states none that is usable. */
export function address({ doc, pageUrl, base, meta, ld, article }: ArticlePage): string | undefined {
  return first(
    [...ldUrls(ld, article), ...meta('og:url'), ...canonicalLinks(doc)]
      .map((url) => safeUrl(url, base))
      .filter((url): url is string => !!url && !namesHome(url, pageUrl)),
  );
}

export function description({ meta, article, text }: ArticlePage, title: string, site: string): string | undefined {
  const metas = meta('og:description', 'twitter:description', 'description', 'dc.description', 'dcterms.description');
  return first(
    [ldString(article.description), ...metas]
      .map(text)
      // A description that repeats the headline or the site's name says nothing more.
      .filter((said) => said !== title && said !== site),
  );
}

/** When the article was published and last changed; a change before publication is not one. */
export function datesOf(page: ArticlePage, url: string): { published?: string; updated?: string } {
  const { doc, meta, article } = page;
  const scopes = (): Element[] => [
    ...doc.querySelectorAll('article'),
    ...doc.querySelectorAll('main, [role="main"]'),
    page.content(),
  ];
  const publishedMetas = meta('article:published_time', 'og:article:published_time');
  const published =
    first([ldString(article.datePublished), ldString(article.dateCreated), ...publishedMetas].map(readDate)) ??
    articleTime(scopes(), false) ??
    first(meta(...DATE_METAS).map(readDate)) ??
    addressDate(safeUrl(page.pageUrl)) ??
    addressDate(url);
  const modifiedMetas = meta('article:modified_time', 'og:article:modified_time', 'og:updated_time');
  const updated =
    first([ldString(article.dateModified), ...modifiedMetas].map(readDate)) ??
    articleTime(scopes(), true) ??
    first(meta(...MODIFIED_METAS).map(readDate));
  return { published, updated: updated && published && updated < published ? undefined : updated };
}

export function imageOf(page: ArticlePage): string | undefined {
  const { doc, meta, ld, article, base } = page;
  const fromLd = ldValues(article.image)
    .concat(ldValues(article.thumbnailUrl))
    .map((value) => resolve(ld, value))
    .map((value) => (isObj(value) ? (ldString(value.url) ?? ldString(value.contentUrl)) : ldString(value)));
  const fromMetas = meta(
    'og:image',
    'og:image:url',
    'og:image:secure_url',
    'twitter:image',
    'twitter:image:src',
    'itemprop:image',
  );
  const fromLinks = [...doc.querySelectorAll('link[rel="image_src"][href]')].map((link) => link.getAttribute('href'));
  const stated = first([...fromLd, ...fromMetas, ...fromLinks].map((url) => safeUrl(url, base)));
  return stated ?? contentImage(page.content(), base);
}

export function authorsOf({ meta, ld, article, text }: ArticlePage): string[] {
  return (
    [...names(ld, article.author), ...meta('article:author', 'author', 'dc.creator', 'dcterms.creator')]
      .map(text)
      // article:author is often a profile's address, not a name.
      .filter((name) => !isAddress(name))
  );
}

/** The tags of the first source that has any: JSON-LD keywords, article:tag, then the keywords metas. */
export function tagsOf({ meta, ld, article, text }: ArticlePage): string[] {
  const sources = [
    splitTags(names(ld, article.keywords)),
    meta('article:tag'),
    splitTags(meta('news_keywords', 'keywords')),
  ];
  const usable = sources.map((tags) => tags.map(text).filter((tag) => tag && !isAddress(tag)));
  return uniqueIgnoringCase(first(usable.map((tags) => (tags.length ? tags : undefined))) ?? []);
}
