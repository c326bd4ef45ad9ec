// An HTML article page as one news item. Each field is read from the most deliberate statement the
// page makes about itself first: its JSON-LD, then OpenGraph/article meta, then <time>, other metas
// and <link rel="canonical">, and last the page's own text (its heading and first real paragraph,
// found with Mozilla Readability), and for dates the page's address, where government CMSs put them.
import type { NewsItem } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import {
  address,
  authorsOf,
  datesOf,
  description,
  headline,
  imageOf,
  language,
  siteName,
  tagsOf,
  type ArticlePage,
} from './article-fields.js';
import { linkedData, pickArticle } from './json-ld.js';
import { withPage, type PageWindow } from './page.js';
import { ARTICLE, firstParagraph, metaLookup, readability, type Reading } from './page-markup.js';
import { clip, plainText, uniqueIgnoringCase } from './page-text.js';

/**
 * An article page read as a news item (without an id: the command gives it its address): plain
 * text, absolute http(s) URLs, UTC ISO 8601 dates, a canonical BCP 47 `lang`, one or more authors
 * joined with ", ". The summary is the page's description, or its first real paragraph cut to
 * about 300 characters; it may be ''.
 */
export type ArticleDraft = Omit<NewsItem, 'id'>;

const SUMMARY_MAX = 300;
const TITLE_MAX = 300;
const TAGS_MAX = 20;

/**
 * An HTML article page as a news item, or the reason it is not one ({ problem: 'no title found' }).
 * `pageUrl` is the page's address (after redirects): relative links and the fallback item URL.
 */
export function articleFromHtml(html: string, pageUrl: string): { item?: ArticleDraft; problem?: string } {
  const read = (window: PageWindow) => readArticle(articlePage(window, pageUrl));
  return withPage(html, pageUrl, read, () => ({ problem: `not a valid page address: ${pageUrl}` }));
}

function articlePage(window: PageWindow, pageUrl: string): ArticlePage {
  const doc = window.document;
  const base = doc.baseURI;
  const parser = new window.DOMParser();
  const ld = linkedData(doc);
  let reading: Reading | undefined;
  const readable = (): Reading => (reading ??= readability(doc));
  return {
    doc,
    pageUrl,
    base,
    text: (value) => plainText(parser, value),
    meta: metaLookup(doc),
    ld,
    article: pickArticle(ld, pageUrl, base),
    readable,
    content: () => readable().content ?? doc.querySelector(ARTICLE) ?? doc.body,
  };
}

function readArticle(page: ArticlePage): { item?: ArticleDraft; problem?: string } {
  const lang = language(page);
  const site = siteName(page);
  const title = clip(headline(page, site) ?? '', TITLE_MAX, lang);
  if (!title) return { problem: 'no title found' };
  const url = address(page) ?? safeUrl(page.pageUrl);
  if (!url) return { problem: 'no http(s) address for the article' };
  const said = description(page, title, site) ?? firstParagraph(page.content(), lang, page.text);
  const summary = clip(said, SUMMARY_MAX, lang);
  const { published, updated } = datesOf(page, url);
  const image = imageOf(page);
  const author = uniqueIgnoringCase(authorsOf(page)).join(', ');
  const tags = tagsOf(page);

  const item: ArticleDraft = { url, title, summary, tags: tags.slice(0, TAGS_MAX) };
  if (published) item.published = published;
  if (updated) item.updated = updated;
  if (image) item.image = image;
  if (author) item.author = clip(author, TITLE_MAX, lang);
  if (lang) item.lang = lang;
  return { item };
}
