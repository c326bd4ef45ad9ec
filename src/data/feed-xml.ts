// RSS 0.9x/1.0/2.0 and Atom 1.0. Loaded only when a feed is XML: JSON Feed pages never pay for it.
import { safeUrl } from './url.js';
import { parseDate } from './dates.js';
import { HTML_MSG } from './feed-format.js';
import { checked, cut, feed, finish, langTag, pick, unsafe, type FeedSteps, type OnDrop } from './feed-item.js';
import {
  attr,
  childElements,
  childrenByName,
  field,
  inner,
  NS,
  nsKey,
  txt,
  type Children,
} from './feed-xml-elements.js';
import { repair } from './feed-xml-repair.js';
import { collapse } from './html-text.js';
import { parseInert } from './inert.js';
import { SzError } from './types.js';

// The namespace of rdf:about, an RSS 1.0 item's own URI.
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

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

  /**
   * A safe absolute URL from `value`, resolved against the xml:base of `el` and its ancestors, then
   * the feed URL.
   */
  const link = (el?: Element, value = inner(el)): string | undefined => {
    if (!el) return undefined;
    const bases: string[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) bases.unshift(attr(e, 'xml:base'));
    const against = (outer: string | undefined, xmlBase: string) => (xmlBase && safeUrl(xmlBase, outer)) || outer;
    return safeUrl(value, bases.reduce<string | undefined>(against, base));
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
  const homeOf = (children: Children): [url: string | undefined, given: boolean] => [
    link(children.link?.[0]) || alternate(children.link),
    !!inner(children.link?.[0]) || alternates(children.link).some((l) => !!attr(l, 'href').trim()),
  ];
  // Atom's <author><name>, or the text of RSS's <author>, <dc:creator> and <itunes:author>.
  const authorOf = (author?: Element): string => (author ? txt(childrenByName(author).name?.[0] || author) : '');
  /**
   * The first of `els` whose text reads as something (an empty <title> gives way to the next), and
   * that text.
   */
  const firstText = (els: (Element | undefined)[]): [text: string, el?: Element] => {
    for (const el of els) {
      const text = el && txt(el);
      if (text) return [text, el];
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
  const chan = [...childElements(root)].find((child) => /^channel$/i.test(child.localName));
  const top = childrenByName(chan || root);
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
    for (const child of childElements(parent)) {
      if (!/^(item|entry)$/i.test(child.localName)) continue;
      const position = (seen.get(child.nodeName) || 0) + 1;
      seen.set(child.nodeName, position);
      items.push(child);
      paths.push(`${at}/${child.nodeName}[${position}]`);
    }
  }

  return yield* feed(
    firstText([top.title?.[0], top['dc:title']?.[0]])[0],
    home,
    items,
    (el, drop) => {
      const children = childrenByName(el);
      // Media RSS puts an item's title, description and thumbnails either on the item or in a
      // media:group. Inside the group its children share its namespace, so childrenByName names them bare.
      const group: Children = children['media:group'] ? childrenByName(children['media:group'][0]) : {};
      const one = (name: string): Element | undefined =>
        children[name]?.[0] || (name.startsWith('media:') ? group[name.slice(6)]?.[0] : undefined);
      // RSS, RSS 1.0 with Dublin Core, and Atom name the same things differently: first one present wins.
      const first = (...names: string[]) => names.map(one).find(Boolean);
      const guid = children.guid?.[0];
      const author = authorOf(first('dc:creator', 'author', 'itunes:author'));
      // media:thumbnail and media:content that is (or may be) an image, at any depth (media:group),
      // then image enclosures (RSS or Atom), then the episode artwork of a podcast.
      const media = [...el.getElementsByTagName('*')].filter((candidate) => {
        if (NS[nsKey(candidate.namespaceURI)] !== 'media:') return false;
        const name = candidate.localName.toLowerCase();
        const mayBeImage = /^(image|$)/i.test(attr(candidate, 'medium') || attr(candidate, 'type'));
        return name === 'thumbnail' || (name === 'content' && mayBeImage);
      });
      const enclosures = [
        ...(children.enclosure || []),
        ...(children.link || []).filter((l) => attr(l, 'rel') === 'enclosure'),
      ];
      const images = [
        ...media,
        ...enclosures.filter((enclosure) => /^image\//i.test(attr(enclosure, 'type'))),
        ...(children['itunes:image'] || []),
      ];
      const imageUrl = (image: Element) => attr(image, 'url') || attr(image, 'href');
      const [url, urlGiven] = homeOf(children);
      const [title, titleEl] = firstText(['title', 'dc:title', 'media:title', 'itunes:title'].map(one));
      const summaryEl = first('description', 'summary', 'content', 'content:encoded');
      const ownSummaries = ['description', 'summary', 'content:encoded', 'content', 'dc:description'];
      return finish(
        {
          // rdf:about is an RSS 1.0 item's own URI: an id before any fallback to the link or title.
          id: inner(first('guid', 'id')) || el.getAttributeNS(RDF, 'about')?.trim() || '',
          title,
          // An RSS guid is a link unless isPermaLink="false"; only an absolute one, as guids are
          // often bare numbers.
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
            pick(ownSummaries.map((name) => field(children[name]?.[0]))) ||
            pick(['itunes:subtitle', 'itunes:summary', 'media:description'].map((name) => field(one(name)))),
          image: checked(
            images.map((image) => link(image, imageUrl(image))).find(Boolean),
            images.some((image) => !!imageUrl(image).trim()),
            'image',
            drop,
          ),
          // RSS's author form is "email (Name)": show the name.
          author: /\(([^)]+)\)$/.exec(author)?.[1] || author || feedAuthor,
          tags: [...(children.category || []), ...(children['dc:subject'] || [])].map(
            (category) => attr(category, 'label') || attr(category, 'term') || inner(category),
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
