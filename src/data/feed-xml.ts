// RSS 0.9x/1.0/2.0 and Atom 1.0. Loaded only when a feed is XML: JSON Feed pages never pay for it.
import { safeUrl } from '../shared/url.js';
import { parseDate } from './dates.js';
import { HTML_MSG } from './feed-format.js';
import { cut, feed, finish, pick, type FeedSteps, type Field } from './feed-item.js';
import { collapse, htmlToText, textOf } from './html-text.js';
import { parseInert } from './inert.js';
import { SzError } from './types.js';

// Extension namespaces whose element names clash with RSS/Atom ones, under their usual prefixes.
const NS: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content/': 'content:',
  'http://purl.org/dc/elements/1.1/': 'dc:',
  'http://www.w3.org/2005/Atom': 'atom:',
};
const MEDIA = 'http://search.yahoo.com/mrss/';

type Kids = Record<string, Element[] | undefined>;

const inner = (el?: Element): string => el?.textContent?.trim() || '';
// getAttribute matches the qualified name, so 'xml:base' works: the xml prefix is fixed by XML itself.
const attr = (el: Element | undefined, name: string): string => el?.getAttribute(name) || '';

/** Child elements by name: bare in the parent's own namespace (or none), prefixed for extensions. */
function kids(el: Element): Kids {
  const k: Kids = Object.create(null); // no prototype: an element named "constructor" is just a name
  for (const c of el.children) {
    const ns = c.namespaceURI;
    (k[(!ns || ns === el.namespaceURI ? '' : NS[ns] || '?:') + c.localName] ||= []).push(c);
  }
  return k;
}

/**
 * Plain text of a field. Inline XHTML (Atom type="xhtml") is read in place; anything else is read
 * as HTML, even when declared plain text: feeds mislabel escaped HTML far more often than they
 * mean a literal "<tag>".
 */
const txt = (el?: Element): string =>
  !el ? '' : /xhtml/.test(attr(el, 'type')) ? textOf(el) : htmlToText(el.textContent || '');

const field = (el?: Element): Field => [el?.textContent || '', () => txt(el)];

/** A numeric reference for an HTML named entity XML lacks; an inert HTML document knows them all. */
const entities = new Map<string, string>();
function entity(name: string): string {
  let ref = entities.get(name);
  if (ref === undefined) {
    const chars = [...(parseInert('&' + name, 'text/html').body.textContent || '')];
    // An unknown name stays as typed ("&foo;"); a known one decodes to one or two code points.
    ref = chars.length < 3 ? chars.map((c) => `&#${c.codePointAt(0)};`).join('') : '&amp;' + name;
    entities.set(name, ref);
  }
  return ref;
}

/**
 * Repairs what XML parsers reject but feeds often hold: bare "&" and HTML entities. CDATA and
 * comments are matched first and kept as they are. As a side effect, entities a DTD declares are
 * never expanded, which also defuses "billion laughs" documents.
 */
const repair = (s: string): string =>
  s
    // Control characters XML 1.0 forbids even escaped: feeds pasted from word processors carry them.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(
    /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?!#\d+;|#x[\dA-Fa-f]+;)([A-Za-z]\w*;)?/g,
    (m, name?: string) =>
      m[0] === '<' ? m : !name ? '&amp;' : /^(amp|lt|gt|quot|apos);$/.test(name) ? m : entity(name),
    );

export function* fromXml(body: string, base?: string): FeedSteps {
  const doc = parseInert(repair(body), 'application/xml');
  // Chromium inserts a <parsererror> into a partial document; Firefox returns one as the root.
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) {
    // Keep the parser's own words, without Firefox's preamble and the page URL it adds.
    const why = ((err.querySelector('div') || err).firstChild?.textContent || '').replace(
      /Location:.*|XML Parsing Error: |:\s*$/g,
      '',
    );
    throw new SzError('parse', `The feed is not well-formed XML: ${cut(collapse(why), 160)}`);
  }
  const root = doc.documentElement;
  if (!/^(rss|RDF|feed)$/.test(root.localName)) {
    const msg = root.localName === 'html' ? HTML_MSG : `<${root.nodeName}> is not an RSS or Atom feed.`;
    throw new SzError('unsupported', msg);
  }

  /** A safe absolute URL from `value`, resolved against the xml:base of `el` and its ancestors, then the feed URL. */
  const link = (el?: Element, value = inner(el)): string | undefined => {
    if (!el) return undefined;
    const bases: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) bases.unshift(attr(e, 'xml:base'));
    return safeUrl(value, bases.reduce<string | undefined>((b, x) => (x && safeUrl(x, b)) || b, base));
  };
  // Atom links: rel="alternate" or no rel, an HTML page first.
  const alternate = (links: Element[] = []): string | undefined => {
    const alt = links.filter((l) => (attr(l, 'rel') || 'alternate') === 'alternate');
    const el = alt.find((l) => attr(l, 'type') === 'text/html') || alt[0];
    return link(el, attr(el, 'href'));
  };
  // Atom's <author><name>, or the text of RSS's <author> and <dc:creator>.
  const authorOf = (a?: Element): string => (a ? txt(kids(a).name?.[0] || a) : '');

  // RSS 0.9x/2.0 nest items in <channel>; RSS 1.0 (RDF) puts them beside it; Atom has no channel.
  const chan = [...root.children].find((c) => c.localName === 'channel');
  const top = kids(chan || root);
  const feedAuthor = authorOf(top.author?.[0]);
  const items = [chan, root]
    .flatMap((p) => (p ? [...p.children] : []))
    .filter((c) => /^(item|entry)$/.test(c.localName));

  return yield* feed(txt(top.title?.[0]), link(top.link?.[0]) || alternate(top.link), items, (el) => {
      const k = kids(el);
      // RSS, RSS 1.0 with Dublin Core, and Atom name the same things differently: first one present wins.
      const first = (...names: string[]) => names.map((n) => k[n]?.[0]).find(Boolean);
      const guid = k.guid?.[0];
      const author = authorOf(first('dc:creator', 'author'));
      // media:thumbnail, media:content that is (or may be) an image, and image enclosures (RSS or Atom).
      const media = [...el.getElementsByTagNameNS(MEDIA, '*')].filter(
        (m) =>
          m.localName === 'thumbnail' ||
          (m.localName === 'content' && /^(image|$)/.test(attr(m, 'medium') || attr(m, 'type'))),
      );
      const enclosures = [...(k.enclosure || []), ...(k.link || []).filter((l) => attr(l, 'rel') === 'enclosure')];
      const images = [...media, ...enclosures.filter((e) => /^image\//i.test(attr(e, 'type')))];
      return finish({
        id: inner(first('guid', 'id')),
        title: txt(k.title?.[0]),
        // An RSS guid is a link unless isPermaLink="false"; only an absolute one, as guids are often bare numbers.
        url:
          link(k.link?.[0]) || alternate(k.link) || (attr(guid, 'isPermaLink') !== 'false' ? safeUrl(inner(guid)) : ''),
        published: parseDate(inner(first('pubDate', 'published', 'dc:date', 'issued'))),
        updated: parseDate(inner(first('updated', 'modified'))),
        summary: pick(['description', 'summary', 'content:encoded', 'content'].map((n) => field(k[n]?.[0]))),
        image: images.map((m) => link(m, attr(m, 'url') || attr(m, 'href'))).find(Boolean),
        // RSS's author form is "email (Name)": show the name.
        author: /\(([^)]+)\)$/.exec(author)?.[1] || author || feedAuthor,
        tags: [...(k.category || []), ...(k['dc:subject'] || [])].map(
          (c) => attr(c, 'label') || attr(c, 'term') || inner(c),
        ),
      });
  });
}

