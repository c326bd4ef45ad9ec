// RSS 0.9x/1.0/2.0 and Atom 1.0. Loaded only when a feed is XML: JSON Feed pages never pay for it.
import { safeUrl } from './url.js';
import { parseDate } from './dates.js';
import { HTML_MSG } from './feed-format.js';
import { checked, cut, feed, finish, langTag, pick, unsafe, type FeedSteps, type Field, type OnDrop } from './feed-item.js';
import { collapse, htmlToText, textOf } from './html-text.js';
import { parseInert } from './inert.js';
import { SzError } from './types.js';

// Extension namespaces whose element names clash with RSS/Atom ones, under their usual prefixes.
// Keys are normalised (see nsKey): feeds in the wild vary the case and the trailing slash.
const NS: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content': 'content:',
  'http://purl.org/dc/elements/1.1': 'dc:',
  // DCMI Terms repeats every Dublin Core element with the same meaning and adds issued/modified/…,
  // so both read as "dc:".
  'http://purl.org/dc/terms': 'dc:',
  'http://www.w3.org/2005/atom': 'atom:',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes:',
  'http://search.yahoo.com/mrss': 'media:',
};
const nsKey = (ns: string | null): string => (ns || '').toLowerCase().replace(/\/+$/, '');
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

type Kids = Record<string, Element[] | undefined>;

const inner = (el?: Element): string => el?.textContent?.trim() || '';
// getAttribute matches the qualified name, so 'xml:base' works: the xml prefix is fixed by XML itself.
const attr = (el: Element | undefined, name: string): string => el?.getAttribute(name) || '';

/**
 * Child elements by lower-case name (feeds write pubDate, pubdate and PubDate alike): bare in the
 * parent's own namespace (or none), prefixed for extensions. Each list is in document order, so
 * `[0]` is the first of a repeated element, as most feed readers take it.
 */
/**
 * An element's child elements, by sibling links: jsdom (the feed command's DOM in Node) makes
 * walking `children` quadratic, 1.7 s for a channel of 10,000 items; browsers are fast either way.
 */
function* childElements(el: Element | null | undefined): Generator<Element> {
  for (let c = el?.firstElementChild; c; c = c.nextElementSibling) yield c;
}

function kids(el: Element): Kids {
  const k: Kids = Object.create(null); // no prototype: an element named "constructor" is just a name
  for (const c of childElements(el)) {
    const ns = c.namespaceURI;
    (k[(!ns || ns === el.namespaceURI ? '' : NS[nsKey(ns)] || '?:') + c.localName.toLowerCase()] ||= []).push(c);
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
    // An unclosed CDATA section or comment runs to the end: matched whole, it is scanned once (a
    // body of unclosed "<!--" would otherwise be scanned to its end from each one: minutes for 5 MB).
    .replace(
    /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|&(?!#\d+;|#x[\dA-Fa-f]+;)([A-Za-z]\w*;)?/g,
    (m, name?: string) => {
      if (m[0] !== '<') return !name ? '&amp;' : /^(amp|lt|gt|quot|apos);$/.test(name) ? m : entity(name);
      // Never well-formed, and WebKit's XML parser takes quadratic time over what follows (27 s for
      // 200,000 "<!--"): said at once instead.
      const cdata = m[2] === '[';
      if (!m.endsWith(cdata ? ']]>' : '-->') || m.length < (cdata ? 12 : 7)) {
        throw new SzError('parse', `The feed is not well-formed XML: ${cdata ? 'a CDATA section' : 'a comment'} is never closed.`);
      }
      return m;
    },
    );

export function* fromXml(body: string, base?: string, onDrop?: OnDrop): FeedSteps {
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
  if (!/^(rss|rdf|feed)$/i.test(root.localName)) {
    const msg = /^html$/i.test(root.localName) ? HTML_MSG : `<${root.nodeName}> is not an RSS or Atom feed.`;
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
  const alternates = (links: Element[] = []): Element[] =>
    links.filter((l) => (attr(l, 'rel') || 'alternate') === 'alternate');
  const alternate = (links?: Element[]): string | undefined => {
    const alt = alternates(links);
    const el = alt.find((l) => attr(l, 'type') === 'text/html') || alt[0];
    return link(el, attr(el, 'href'));
  };
  // RSS's <link> text first, else Atom's alternate; `given` says whether either held a value at all.
  const homeOf = (k: Kids): [url: string | undefined, given: boolean] => [
    link(k.link?.[0]) || alternate(k.link),
    !!inner(k.link?.[0]) || alternates(k.link).some((l) => !!attr(l, 'href').trim()),
  ];
  // Atom's <author><name>, or the text of RSS's <author>, <dc:creator> and <itunes:author>.
  const authorOf = (a?: Element): string => (a ? txt(kids(a).name?.[0] || a) : '');
  /** The first of `els` whose text reads as something (an empty <title> gives way to the next), and that text. */
  const firstText = (els: (Element | undefined)[]): [text: string, el?: Element] => {
    for (const el of els) {
      const t = el && txt(el);
      if (t) return [t, el];
    }
    return [''];
  };
  /** The language xml:lang gives `el`: its own or its nearest ancestor's, up to and including `top`. */
  const xmlLang = (el: Element | undefined, top: Element): string | undefined => {
    for (let e = el; e; e = e.parentElement ?? undefined) {
      const tag = langTag(attr(e, 'xml:lang'));
      if (tag || e === top) return tag;
    }
    return undefined;
  };

  // RSS 0.9x/2.0 nest items in <channel>; RSS 1.0 (RDF) puts them beside it; Atom has no channel.
  const chan = [...childElements(root)].find((c) => /^channel$/i.test(c.localName));
  const top = kids(chan || root);
  const feedAuthor = authorOf(top.author?.[0] || top['dc:creator']?.[0] || top['itunes:author']?.[0]);
  // RSS <language> and Dublin Core's are explicit; xml:lang on the channel or the root is Atom's way.
  const feedLang =
    langTag(inner(top.language?.[0])) || langTag(inner(top['dc:language']?.[0])) || xmlLang(chan || root, root);
  const [home, homeGiven] = homeOf(top);
  const here = '/' + root.nodeName + (chan ? '/' + chan.nodeName : '');
  if (!home && homeGiven) onDrop?.({ path: here, message: unsafe('url') });

  // Items, with their XPath (1-based among same-named siblings) for onDrop.
  const items: Element[] = [];
  const paths: string[] = [];
  for (const [parent, at] of [
    [chan, here],
    [root, '/' + root.nodeName],
  ] as const) {
    const seen = new Map<string, number>();
    for (const c of childElements(parent)) {
      if (!/^(item|entry)$/i.test(c.localName)) continue;
      const n = (seen.get(c.nodeName) || 0) + 1;
      seen.set(c.nodeName, n);
      items.push(c);
      paths.push(`${at}/${c.nodeName}[${n}]`);
    }
  }

  return yield* feed(
    firstText([top.title?.[0], top['dc:title']?.[0]])[0],
    home,
    items,
    (el, drop) => {
      const k = kids(el);
      // Media RSS puts an item's title, description and thumbnails either on the item or in a media:group.
      // Inside the group its children share its namespace, so kids() names them bare.
      const group: Kids = k['media:group'] ? kids(k['media:group'][0]) : {};
      const one = (n: string): Element | undefined =>
        k[n]?.[0] || (n.startsWith('media:') ? group[n.slice(6)]?.[0] : undefined);
      // RSS, RSS 1.0 with Dublin Core, and Atom name the same things differently: first one present wins.
      const first = (...names: string[]) => names.map(one).find(Boolean);
      const guid = k.guid?.[0];
      const author = authorOf(first('dc:creator', 'author', 'itunes:author'));
      // media:thumbnail and media:content that is (or may be) an image, at any depth (media:group), then
      // image enclosures (RSS or Atom), then the episode artwork of a podcast.
      const media = [...el.getElementsByTagName('*')].filter((m) => {
        if (NS[nsKey(m.namespaceURI)] !== 'media:') return false;
        const name = m.localName.toLowerCase();
        return name === 'thumbnail' || (name === 'content' && /^(image|$)/i.test(attr(m, 'medium') || attr(m, 'type')));
      });
      const enclosures = [...(k.enclosure || []), ...(k.link || []).filter((l) => attr(l, 'rel') === 'enclosure')];
      const images = [
        ...media,
        ...enclosures.filter((e) => /^image\//i.test(attr(e, 'type'))),
        ...(k['itunes:image'] || []),
      ];
      const imageOf = (m: Element) => attr(m, 'url') || attr(m, 'href');
      const [url, urlGiven] = homeOf(k);
      const [title, titleEl] = firstText(['title', 'dc:title', 'media:title', 'itunes:title'].map(one));
      const summaryEl = first('description', 'summary', 'content', 'content:encoded');
      return finish(
        {
          // rdf:about is an RSS 1.0 item's own URI: an id before any fallback to the link or title.
          id: inner(first('guid', 'id')) || el.getAttributeNS(RDF, 'about')?.trim() || '',
          title,
          // An RSS guid is a link unless isPermaLink="false"; only an absolute one, as guids are often bare numbers.
          url: checked(
            url || (attr(guid, 'isPermaLink') !== 'false' ? safeUrl(inner(guid)) : undefined),
            urlGiven,
            'url',
            drop,
          ),
          published: parseDate(inner(first('pubdate', 'published', 'dc:date', 'dc:issued', 'issued'))),
          updated: parseDate(inner(first('updated', 'modified', 'dc:modified'))),
          // The feed's own summary fields first; the iTunes and Media RSS ones only when those say nothing.
          summary:
            pick(['description', 'summary', 'content:encoded', 'content', 'dc:description'].map((n) => field(k[n]?.[0]))) ||
            pick(['itunes:subtitle', 'itunes:summary', 'media:description'].map((n) => field(one(n)))),
          image: checked(
            images.map((m) => link(m, imageOf(m))).find(Boolean),
            images.some((m) => !!imageOf(m).trim()),
            'image',
            drop,
          ),
          // RSS's author form is "email (Name)": show the name.
          author: /\(([^)]+)\)$/.exec(author)?.[1] || author || feedAuthor,
          tags: [...(k.category || []), ...(k['dc:subject'] || [])].map(
            (c) => attr(c, 'label') || attr(c, 'term') || inner(c),
          ),
          // The title's language (its own xml:lang or the item's), else the summary's, else the feed's.
          lang: xmlLang(titleEl || summaryEl || el, el) || xmlLang(summaryEl, summaryEl || el) || feedLang,
        },
        drop,
      );
    },
    { lang: feedLang, path: (i) => paths[i], onDrop },
  );
}
