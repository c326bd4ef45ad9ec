// What a page's own markup says of its article: its metas and canonical link, its heading, <time>,
// first real paragraph and first image, telling the article from the site's navigation around it,
// and Mozilla Readability's reading of it.
import { Readability } from '@mozilla/readability';
import { collapse, textOf } from '../data/html-text.js';
import { safeUrl } from '../data/url.js';
import { readDate } from './page-dates.js';
import { isProse, type PlainText } from './page-text.js';

/** The content of every <meta> named by any of `keys`, in the order of the keys. */
export type MetaLookup = (...keys: string[]) => string[];

/** Every <meta content> by its lower-cased property, name, itemprop (prefixed) or http-equiv (prefixed). */
export function metaLookup(doc: Document): MetaLookup {
  const byKey = new Map<string, string[]>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const value = meta.getAttribute('content') ?? '';
    const keys = [
      ...(meta.getAttribute('property') ?? '').split(/\s+/), // RDFa allows several: "og:title twitter:title"
      meta.getAttribute('name') ?? '',
      meta.hasAttribute('itemprop') ? `itemprop:${meta.getAttribute('itemprop')}` : '',
      meta.hasAttribute('http-equiv') ? `http-equiv:${meta.getAttribute('http-equiv')}` : '',
    ];
    for (const key of keys.map((k) => k.trim().toLowerCase()).filter(Boolean)) {
      byKey.set(key, [...(byKey.get(key) ?? []), value]);
    }
  }
  return (...keys) => keys.flatMap((key) => byKey.get(key) ?? []);
}

/** The addresses of the page's <link rel="canonical">s. */
export function canonicalLinks(doc: Document): (string | null)[] {
  return [...doc.querySelectorAll('link[rel][href]')]
    .filter((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((link) => link.getAttribute('href'));
}

// Parts of the page that are the site's, not the article's: navigation and sidebars anywhere;
// headers and footers unless they are the article's own (its title, byline and date).
const CHROME = 'nav, aside, [role="navigation"], [role="complementary"], [role="search"]';
const PAGE_CHROME = 'header, footer, [role="banner"], [role="contentinfo"]';
/** The elements that hold a page's article, when it marks them. */
export const ARTICLE = 'article, main, [role="main"]';

function inChrome(el: Element): boolean {
  if (el.closest(CHROME)) return true;
  const part = el.closest(PAGE_CHROME);
  return !!part && !part.closest(ARTICLE);
}

/** A heading that is a link to the home page is the site's logo. */
function linksHome(heading: Element, base: string): boolean {
  return [heading.closest('a[href]'), ...heading.querySelectorAll('a[href]')].some((anchor) => {
    const url = anchor && safeUrl(anchor.getAttribute('href'), base);
    return !!url && /^\/((index|default)\.\w+)?$/i.test(new URL(url).pathname);
  });
}

/** An element's text, read from a copy (textOf changes the element it reads). */
const elementText = (el: Element, text: PlainText): string => text(textOf(el.cloneNode(true) as Element));

/** The article's <h1>: inside <article>/<main> first, else any that is not the site's banner. */
export function heading(doc: Document, base: string, site: string, text: PlainText): string | undefined {
  const headings = [...doc.querySelectorAll(`article h1, main h1, [role="main"] h1`), ...doc.querySelectorAll('h1')];
  for (const h1 of headings) {
    if (inChrome(h1) || linksHome(h1, base)) continue;
    const words = elementText(h1, text);
    if (words && words !== site) return words;
  }
  return undefined;
}

/** A <time datetime> of the article (published, or the one marked dateModified), not of the site. */
export function articleTime(scopes: Element[], modified: boolean): string | undefined {
  for (const scope of scopes) {
    for (const time of scope.querySelectorAll('time[datetime]')) {
      if (inChrome(time)) continue;
      const isModified = (time.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/).includes('datemodified');
      if (isModified !== modified) continue;
      const date = readDate(time.getAttribute('datetime'));
      if (date) return date;
    }
  }
  return undefined;
}

/** The share of an element's text that is link text: a row of links is navigation. */
function linkShare(el: Element): number {
  const all = collapse(el.textContent ?? '').length;
  let linked = 0;
  for (const anchor of el.querySelectorAll('a')) linked += collapse(anchor.textContent ?? '').length;
  return all ? linked / all : 0;
}

/** The article's first real paragraph, or ''. */
export function firstParagraph(content: Element, lang: string | undefined, text: PlainText): string {
  for (const paragraph of content.querySelectorAll('p')) {
    if (paragraph.closest(`${CHROME}, figure, figcaption`) || linkShare(paragraph) > 0.5) continue;
    const words = elementText(paragraph, text);
    if (isProse(words, lang)) return words;
  }
  // Pages that write paragraphs as text between <br>s.
  for (const line of (content.textContent ?? '').split('\n')) {
    const words = text(line);
    if (isProse(words, lang)) return words;
  }
  return '';
}

/** The first image of the article that is not an icon or a spacer (by its declared size). */
export function contentImage(content: Element, base: string): string | undefined {
  for (const img of content.querySelectorAll('img[src]')) {
    const small = ['width', 'height'].some((size) => parseInt(img.getAttribute(size) ?? '', 10) < 100);
    const url = small ? undefined : safeUrl(img.getAttribute('src'), base);
    if (url) return url;
  }
  return undefined;
}

export interface Reading {
  title: string;
  content?: Element;
}

/** Mozilla Readability's reading of the page: its title and the element holding the article. */
export function readability(doc: Document): Reading {
  try {
    // Readability rewrites the document it reads: it gets a copy, so the original stays as it was.
    const copy = doc.cloneNode(true) as Document;
    const got = new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
    return { title: got?.title ?? '', content: got?.content ?? undefined };
  } catch {
    return { title: '' };
  }
}
