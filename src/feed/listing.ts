// A listing page (a section's front page, a search result) as the article links to follow.
import { safeUrl } from '../data/url.js';
import { withoutHash, withPage } from './page.js';

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
  const invalid = () => {
    throw new Error(`not a valid page address: ${pageUrl}`);
  };
  return withPage(html, pageUrl, (window) => links(window.document, pageUrl, selector, limit), invalid);
}

function links(doc: Document, pageUrl: string, selector: string, limit: number): string[] {
  const matched = select(doc, selector);
  const origin = new URL(pageUrl).origin;
  const self = withoutHash(new URL(pageUrl).href);
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : Infinity;
  const found = new Set<string>();
  for (const el of matched) {
    if (found.size >= max) break;
    const anchor = el.localName === 'a' && el.hasAttribute('href') ? el : el.querySelector('a[href]');
    const href = safeUrl(anchor?.getAttribute('href'), doc.baseURI);
    if (!href) continue;
    const link = withoutHash(href);
    if (new URL(link).origin === origin && link !== self) found.add(link);
  }
  return [...found];
}

/** The elements `selector` matches; a selector that does not parse is the source's mistake, said so. */
function select(doc: Document, selector: string): NodeListOf<Element> {
  try {
    return doc.querySelectorAll(selector);
  } catch (e) {
    throw new Error(`"${selector}" is not a valid CSS selector (${e instanceof Error ? e.message : String(e)})`);
  }
}
