// HTML pages as news items, for `sz-widgets feed` (Node): an article page becomes one item, a
// listing page gives the article links to follow. Pure functions over a jsdom document made
// without `runScripts` or `resources`: the page's scripts never run and nothing it names is fetched.
//
// Each field is read from the most deliberate statement the page makes about itself first: its
// JSON-LD, then OpenGraph/article meta, then <time>, other metas and <link rel="canonical">, and
// last the page's own text (its heading and first real paragraph, found with Mozilla Readability),
// and for dates the page's address, where government CMSs put them.
import * as jsdom from 'jsdom';
import type { PageApi } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { parseDate } from '../data/dates.js';
import { collapse, textOf } from '../data/html-text.js';
import { safeUrl } from '../data/url.js';

/** An article page read as a news item: plain text, absolute http(s) URLs, UTC ISO 8601 dates. */
export interface ArticleDraft {
  url: string;
  title: string;
  /** The page's description, or its first real paragraph cut to about 300 characters; may be ''. */
  summary: string;
  published?: string;
  updated?: string;
  image?: string;
  /** One or more names, joined with ", ". */
  author?: string;
  tags: string[];
  /** A canonical BCP 47 tag. */
  lang?: string;
}

const { JSDOM, VirtualConsole } = jsdom as unknown as PageApi;

type Obj = Record<string, unknown>;
type Text = (value: unknown) => string;

const SUMMARY_MAX = 300;
const TITLE_MAX = 300;
const TAGS_MAX = 20;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const first = <T>(values: Iterable<T | undefined>): T | undefined => {
  for (const v of values) if (v) return v;
  return undefined;
};

/** A document of the page at `pageUrl`, whose relative links resolve as the browser's would. */
function open(html: string, pageUrl: string): Window & typeof globalThis {
  // A virtual console of our own: jsdom's notices (CSS it cannot parse…) would fill the command's output.
  return new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() }).window;
}

/**
 * `value` as plain text. Readers of the feed (this package's parseFeed too) read its text fields
 * as HTML, so the text must read the same when read again: markup and entities are read until
 * none is left (CMSs often escape twice). Text that still changes after that is hostile: dropped.
 */
function plain(parser: DOMParser, value: unknown): string {
  let text = typeof value === 'string' ? collapse(value) : '';
  for (let round = 0; /[<&]/.test(text); round++) {
    const next = textOf(parser.parseFromString(text, 'text/html').body);
    if (next === text) break;
    if (round === 3) return '';
    text = next;
  }
  return text;
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Word boundaries for the page's language (Chinese and Japanese words are not spaced). */
function words(text: string, lang?: string): Intl.Segments {
  let s = segmenters.get(lang ?? '');
  if (!s) segmenters.set(lang ?? '', (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s.segment(text);
}

/** Words with a letter in them: a date line's numbers do not make it a paragraph. */
function wordCount(text: string, lang?: string): number {
  let n = 0;
  for (const { segment, isWordLike } of words(text, lang)) {
    if (isWordLike && /\p{L}/u.test(segment)) n += 1;
  }
  return n;
}

// Marks that do not end a cut text well: separators, openers, and a full stop before the ellipsis.
const TRAILING = ' ,;:.、，；：。-–—([{（【「“‘«';

/** `text` cut to at most `max` characters on a word boundary, with an ellipsis when cut. */
function clip(text: string, max: number, lang?: string): string {
  if (text.length <= max) return text;
  let end = 0;
  // Boundaries past the cut do not matter: only what could be kept (and a little after) is segmented.
  for (const { index, segment } of words(text.slice(0, max + 40), lang)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  // One "word" longer than the limit (a long URL): cut inside it, between code points.
  if (!end) end = max - 1 - (/[\uD800-\uDBFF]/.test(text[max - 2]) ? 1 : 0);
  let cut = text.slice(0, end).trimEnd();
  while (cut && TRAILING.includes(cut[cut.length - 1])) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

/** A canonical language tag, or undefined for anything Intl does not accept. */
function canonLang(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    // og:locale writes "zh_CN".
    return Intl.getCanonicalLocales(value.trim().replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

/** A date at noon UTC, as the shipped dataset times dates: the same day in almost every time zone. */
function noon(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d, 12));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString() : undefined;
}

/** A date written in a page (ISO 8601, RFC 2822, 2017/05/12, 20170512, 2017年5月12日) as UTC ISO. */
function readDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = collapse(value);
  const day = /^(\d{4})(?:[-/.年](\d\d?)[-/.月](\d\d?)日?|(\d\d)(\d\d))$/.exec(v);
  if (day) return noon(+day[1], +(day[2] ?? day[4]), +(day[3] ?? day[5]));
  const slashed = /^(\d{4})\/(\d\d?)\/(\d\d?)([ T].*)$/.exec(v);
  const pad = (s: string): string => s.padStart(2, '0');
  return parseDate(slashed ? `${slashed[1]}-${pad(slashed[2])}-${pad(slashed[3])}${slashed[4]}` : v);
}

// Dates in addresses: /201705/t20170512_6693203.htm (TRS, the CMS of most Chinese government
// sites), /2017/05/12/, /2017-05/12/, /2017-05-12-slug, /201705/12/, /20170512/.
const ADDRESS_DATES = [
  /\/t((?:19|20)\d\d)(\d\d)(\d\d)_\d+/,
  /\/((?:19|20)\d\d)[-/]?(\d\d)[-/](\d\d)(?=[/_.-]|$)/,
  /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\/)/,
];

function addressDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = new URL(url).pathname;
  for (const re of ADDRESS_DATES) {
    const m = re.exec(path);
    const date = m && noon(+m[1], +m[2], +m[3]);
    if (date) return date;
  }
  return undefined;
}

/** Every <meta content> by its lower-cased property, name, itemprop (prefixed) or http-equiv (prefixed). */
function metaMap(doc: Document): (...keys: string[]) => string[] {
  const map = new Map<string, string[]>();
  for (const m of doc.querySelectorAll('meta[content]')) {
    const value = m.getAttribute('content') ?? '';
    const keys = [
      ...(m.getAttribute('property') ?? '').split(/\s+/), // RDFa allows several: "og:title twitter:title"
      m.getAttribute('name') ?? '',
      m.hasAttribute('itemprop') ? `itemprop:${m.getAttribute('itemprop')}` : '',
      m.hasAttribute('http-equiv') ? `http-equiv:${m.getAttribute('http-equiv')}` : '',
    ];
    for (const key of keys.map((k) => k.trim().toLowerCase()).filter(Boolean)) {
      map.set(key, [...(map.get(key) ?? []), value]);
    }
  }
  return (...keys) => keys.flatMap((k) => map.get(k) ?? []);
}

/** The first string of a JSON-LD value (a string, {"@value"}, or an array of those). */
function str(v: unknown): string | undefined {
  for (const x of list(v)) {
    if (typeof x === 'string') return x;
    if (isObj(x) && typeof x['@value'] === 'string') return x['@value'];
  }
  return undefined;
}

interface LinkedData {
  nodes: Obj[];
  ids: Map<string, Obj>;
}

/** Every JSON-LD node of the page: top-level objects, arrays of them, @graph members, mainEntity. */
function linkedData(doc: Document): LinkedData {
  const nodes: Obj[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObj(v)) {
      nodes.push(v);
      visit(v['@graph'], depth + 1);
      // A WebPage whose main entity is the article.
      if (typeof v.mainEntity === 'object') visit(v.mainEntity, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block (pages often carry one, from a template) is passed over; the others count.
    }
  }
  const ids = new Map<string, Obj>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !ids.has(node['@id'])) ids.set(node['@id'], node);
  return { nodes, ids };
}

/** A node that only points to another ({"@id": …}, as Yoast's graphs do) completed from it. */
function resolve(ld: LinkedData, v: unknown): unknown {
  return isObj(v) && typeof v['@id'] === 'string' ? { ...ld.ids.get(v['@id']), ...v } : v;
}

/** The names in a JSON-LD value: strings, or objects' `name`s (authors, keywords as DefinedTerms). */
function names(ld: LinkedData, v: unknown): string[] {
  return list(v).flatMap((x) => {
    const r = resolve(ld, x);
    const name = typeof r === 'string' ? r : isObj(r) ? str(r.name) : undefined;
    return name ? [name] : [];
  });
}

const typeNames = (node: Obj): string[] =>
  list(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1)); // "schema:NewsArticle", "https://schema.org/Article"

// Article, NewsArticle, ReportageNewsArticle, OpinionNewsArticle, TechArticle…, BlogPosting and
// LiveBlogPosting: schema.org's article types are all named so.
const isArticle = (node: Obj): boolean => typeNames(node).some((t) => t.endsWith('Article') || t.endsWith('BlogPosting'));

/** An article node's own address (url, or mainEntityOfPage as a string or {"@id"}/{"url"}). */
function ldUrls(ld: LinkedData, node: Obj): unknown[] {
  const page = resolve(ld, node.mainEntityOfPage);
  return [str(node.url), isObj(page) ? (str(page.url) ?? str(page['@id'])) : str(page)];
}

const withoutHash = (url: string): string => url.split('#')[0];

/** The page's article: the one whose address is the page's, else the first with a headline. */
function pickArticle(ld: LinkedData, pageUrl: string, base: string): Obj {
  const articles = ld.nodes.filter(isArticle);
  const here = withoutHash(pageUrl);
  return (
    articles.find((a) => ldUrls(ld, a).some((u) => withoutHash(safeUrl(u, base) ?? '') === here)) ??
    articles.find((a) => str(a.headline) ?? str(a.name)) ??
    {}
  );
}

// Parts of the page that are the site's, not the article's: navigation and sidebars anywhere;
// headers and footers unless they are the article's own (its title, byline and date).
const CHROME = 'nav, aside, [role="navigation"], [role="complementary"], [role="search"]';
const PAGE_CHROME = 'header, footer, [role="banner"], [role="contentinfo"]';
const ARTICLE = 'article, main, [role="main"]';

function inChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  const part = el.closest(PAGE_CHROME);
  return !!part && !part.closest(ARTICLE);
}

/** A heading that is a link to the home page is the site's logo. */
function linksHome(h: Element, base: string): boolean {
  return [h.closest('a[href]'), ...h.querySelectorAll('a[href]')].some((a) => {
    const url = a && safeUrl(a.getAttribute('href'), base);
    return !!url && /^\/((index|default)\.\w+)?$/i.test(new URL(url).pathname);
  });
}

const elementText = (el: Element, text: Text): string => text(textOf(el.cloneNode(true) as Element));

/** The article's <h1>: inside <article>/<main> first, else any that is not the site's banner. */
function heading(doc: Document, base: string, site: string, text: Text): string | undefined {
  for (const h of [...doc.querySelectorAll(`article h1, main h1, [role="main"] h1`), ...doc.querySelectorAll('h1')]) {
    if (inChrome(h) || linksHome(h, base)) continue;
    const t = elementText(h, text);
    if (t && t !== site) return t;
  }
  return undefined;
}

/** A <time datetime> of the article (published, or the one marked dateModified), not of the site. */
function articleTime(scopes: Element[], modified: boolean): string | undefined {
  for (const scope of scopes) {
    for (const t of scope.querySelectorAll('time[datetime]')) {
      if (inChrome(t)) continue;
      const isModified = (t.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).includes('datemodified');
      if (isModified !== modified) continue;
      const date = readDate(t.getAttribute('datetime'));
      if (date) return date;
    }
  }
  return undefined;
}

const SENTENCE_END = '.!?。！？…';
const CLOSERS = '"\'”’)）」』»';

/**
 * Prose, rather than a breadcrumb, a date line, a byline or a footer: enough words, and a finished
 * sentence unless it is long.
 */
function isProse(text: string, lang?: string): boolean {
  const n = wordCount(text, lang);
  let end = text.length - 1;
  while (end > 0 && CLOSERS.includes(text[end])) end -= 1;
  return n >= 30 || (n >= 12 && SENTENCE_END.includes(text[end]));
}

/** The share of an element's text that is link text: a row of links is navigation. */
function linkShare(el: Element): number {
  const all = collapse(el.textContent ?? '').length;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += collapse(a.textContent ?? '').length;
  return all ? linked / all : 0;
}

/** The article's first real paragraph, or ''. */
function firstParagraph(content: Element, lang: string | undefined, text: Text): string {
  for (const p of content.querySelectorAll('p')) {
    if (p.closest(`${CHROME}, figure, figcaption`) || linkShare(p) > 0.5) continue;
    const t = elementText(p, text);
    if (isProse(t, lang)) return t;
  }
  // Pages that write paragraphs as text between <br>s.
  for (const line of (content.textContent ?? '').split('\n')) {
    const t = text(line);
    if (isProse(t, lang)) return t;
  }
  return '';
}

/** The first image of the article that is not an icon or a spacer (by its declared size). */
function contentImage(content: Element, base: string): string | undefined {
  for (const img of content.querySelectorAll('img[src]')) {
    const small = ['width', 'height'].some((a) => parseInt(img.getAttribute(a) ?? '', 10) < 100);
    const url = small ? undefined : safeUrl(img.getAttribute('src'), base);
    if (url) return url;
  }
  return undefined;
}

interface Reading {
  title: string;
  content?: Element;
}

/** Mozilla Readability's reading of the page: its title and the element holding the article. */
function readability(doc: Document): Reading {
  try {
    // Readability rewrites the document it reads: it gets a copy, so the original stays as it was.
    const copy = doc.cloneNode(true) as Document;
    const got = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
    return { title: got?.title ?? '', content: got?.content ?? undefined };
  } catch {
    return { title: '' };
  }
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

/** A site that puts its home page in og:url (or canonical) on every page has not named the article. */
const namesHome = (url: string, pageUrl: string): boolean => new URL(url).pathname === '/' && new URL(pageUrl).pathname !== '/';

/** An address (a profile's URL, a "javascript:" one) where a name or a tag was expected: one "word" that parses as a URL. */
function isAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    return !!new URL(value);
  } catch {
    return false;
  }
}

/** Tags from a keywords string ("a, b; c", "甲，乙、丙") or list. */
const splitTags = (values: string[]): string[] => values.flatMap((v) => v.split(/[,，、;；]/));

/**
 * An HTML article page as a news item, or the reason it is not one ({ problem: 'no title found' }).
 * `pageUrl` is the page's address (after redirects): relative links and the fallback item URL.
 */
export function articleFromHtml(html: string, pageUrl: string): { item?: ArticleDraft; problem?: string } {
  let window: Window & typeof globalThis;
  try {
    window = open(html, pageUrl);
  } catch {
    return { problem: `not a valid page address: ${pageUrl}` };
  }
  try {
    return read(window, pageUrl);
  } finally {
    window.close();
  }
}

function read(window: Window & typeof globalThis, pageUrl: string): { item?: ArticleDraft; problem?: string } {
  const doc = window.document;
  // A <base href> moves what relative URLs resolve against, in metadata as in links.
  const base = doc.baseURI;
  const parser = new window.DOMParser();
  const text: Text = (v) => plain(parser, v);
  const meta = metaMap(doc);
  const ld = linkedData(doc);
  const art = pickArticle(ld, pageUrl, base);
  let reading: Reading | undefined;
  const readable = (): Reading => (reading ??= readability(doc));
  const content = (): Element => readable().content ?? doc.querySelector(ARTICLE) ?? doc.body;

  const root = doc.documentElement;
  const inLanguage = resolve(ld, art.inLanguage);
  // The article's own statement first: <html lang> is often a theme's default.
  const lang = first(
    [
      isObj(inLanguage) ? (str(inLanguage.alternateName) ?? str(inLanguage.name)) : str(inLanguage),
      root.getAttribute('lang'),
      root.getAttribute('xml:lang'),
      ...meta('http-equiv:content-language', 'dc.language', 'og:locale'),
    ].map(canonLang),
  );

  const website = ld.nodes.find((n) => typeNames(n).includes('WebSite'));
  const site =
    first([...meta('og:site_name', 'application-name'), ...names(ld, art.publisher), ...names(ld, website)].map(text)) ?? '';

  // What the page says its headline is, then its heading, then Readability's guess from <title>.
  const headline = (): string | undefined => {
    for (const t of [str(art.headline), str(art.name), ...meta('og:title', 'twitter:title', 'articletitle')]) {
      const clean = withoutSite(text(t), site);
      if (clean && clean !== site) return clean;
    }
    return heading(doc, base, site, text) || withoutSite(text(readable().title), site) || withoutSite(text(doc.title), site);
  };
  const title = clip(headline() ?? '', TITLE_MAX, lang);
  if (!title) return { problem: 'no title found' };

  const address = first(
    [...ldUrls(ld, art), ...meta('og:url'), ...canonicalLinks(doc)]
      .map((u) => safeUrl(u, base))
      .filter((u): u is string => !!u && !namesHome(u, pageUrl)),
  );
  const url = address ?? safeUrl(pageUrl);
  if (!url) return { problem: 'no http(s) address for the article' };

  const description = first(
    [str(art.description), ...meta('og:description', 'twitter:description', 'description', 'dc.description', 'dcterms.description')]
      .map(text)
      // A description that repeats the headline or the site's name says nothing more.
      .filter((d) => d !== title && d !== site),
  );
  const summary = clip(description ?? firstParagraph(content(), lang, text), SUMMARY_MAX, lang);

  const scopes = (): Element[] => [...doc.querySelectorAll('article'), ...doc.querySelectorAll('main, [role="main"]'), content()];
  const published =
    first([str(art.datePublished), str(art.dateCreated), ...meta('article:published_time', 'og:article:published_time')].map(readDate)) ??
    articleTime(scopes(), false) ??
    first(meta(...DATE_METAS).map(readDate)) ??
    addressDate(safeUrl(pageUrl)) ??
    addressDate(url);
  let updated =
    first([str(art.dateModified), ...meta('article:modified_time', 'og:article:modified_time', 'og:updated_time')].map(readDate)) ??
    articleTime(scopes(), true) ??
    first(meta(...MODIFIED_METAS).map(readDate));
  if (updated && published && updated < published) updated = undefined;

  const image = first(
    [
      ...list(art.image)
        .concat(list(art.thumbnailUrl))
        .map((x) => resolve(ld, x))
        .map((x) => (isObj(x) ? (str(x.url) ?? str(x.contentUrl)) : str(x))),
      ...meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'itemprop:image'),
      ...[...doc.querySelectorAll('link[rel="image_src"][href]')].map((l) => l.getAttribute('href')),
    ].map((u) => safeUrl(u, base)),
  ) ?? contentImage(content(), base);

  // article:author is often a profile's address, not a name.
  const authors = [...names(ld, art.author), ...meta('article:author', 'author', 'dc.creator', 'dcterms.creator')]
    .map(text)
    .filter((a) => !isAddress(a));
  const author = unique(authors).join(', ');

  // The first source that has any: JSON-LD keywords, article:tag, then the keywords metas.
  const tagSources = [splitTags(names(ld, art.keywords)), meta('article:tag'), splitTags(meta('news_keywords', 'keywords'))];
  const tags = unique(first(tagSources.map((t) => t.map(text).filter((x) => x && !isAddress(x))).map((t) => (t.length ? t : undefined))) ?? []);

  const item: ArticleDraft = { url, title, summary, tags: tags.slice(0, TAGS_MAX) };
  if (published) item.published = published;
  if (updated) item.updated = updated;
  if (image) item.image = image;
  if (author) item.author = clip(author, TITLE_MAX, lang);
  if (lang) item.lang = lang;
  return { item };
}

// Publication dates as CMSs, Dublin Core, Google Scholar and news sites write them.
const DATE_METAS = [
  'itemprop:datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'firstpublishedtime',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'sailthru.date',
  'parsely-pub-date',
];
const MODIFIED_METAS = ['itemprop:datemodified', 'dc.date.modified', 'dcterms.modified', 'lastmodifiedtime', 'last-modified'];

function canonicalLinks(doc: Document): (string | null)[] {
  return [...doc.querySelectorAll('link[rel][href]')]
    .filter((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((l) => l.getAttribute('href'));
}

/** Without repeats, compared case-insensitively; the first spelling is kept. */
function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The article links of a listing page: the elements matching `selector` (an <a href>, or the first
 * <a href> inside), resolved against the page and its <base href>, in document order, without
 * repeats (nor fragments, nor the listing page itself), at most `limit`.
 *
 * Only links on the listing's own origin are kept: the command fetches every one, so a listing
 * with ads, share buttons or a link planted in a comment must not send it (and the feed's readers)
 * to other sites, and the feed keeps to the publisher the source names.
 */
export function linksFromListing(html: string, pageUrl: string, selector: string, limit = Infinity): string[] {
  let window: Window & typeof globalThis;
  try {
    window = open(html, pageUrl);
  } catch {
    throw new Error(`not a valid page address: ${pageUrl}`);
  }
  try {
    const doc = window.document;
    let matched: NodeListOf<Element>;
    try {
      matched = doc.querySelectorAll(selector);
    } catch (e) {
      throw new Error(`"${selector}" is not a valid CSS selector (${e instanceof Error ? e.message : String(e)})`);
    }
    const origin = new URL(pageUrl).origin;
    const self = withoutHash(new URL(pageUrl).href);
    const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : Infinity;
    const links = new Set<string>();
    for (const el of matched) {
      if (links.size >= max) break;
      const a = el.localName === 'a' && el.hasAttribute('href') ? el : el.querySelector('a[href]');
      const href = safeUrl(a?.getAttribute('href'), doc.baseURI);
      if (!href) continue;
      const link = withoutHash(href);
      if (new URL(link).origin === origin && link !== self) links.add(link);
    }
    return [...links];
  } finally {
    window.close();
  }
}
