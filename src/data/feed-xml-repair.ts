// What XML parsers reject but feeds often hold, repaired before an XML feed is parsed.
import { parseInert } from './inert.js';
import { SzError } from './types.js';

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

/** An "&" that starts no numeric reference, as XML reads it: itself escaped, XML's own entity, or HTML's. */
function ampersand(match: string, name: string | undefined): string {
  if (!name) return '&amp;';
  return /^(amp|lt|gt|quot|apos);$/.test(name) ? match : entity(name);
}

/**
 * A CDATA section or a comment, kept as it is; one that is never closed fails the feed at once:
 * it is never well-formed, and WebKit's XML parser takes quadratic time over what follows (27 s
 * for 200,000 "<!--").
 */
function closed(section: string): string {
  const cdata = section[2] === '[';
  if (!section.endsWith(cdata ? ']]>' : '-->') || section.length < (cdata ? 12 : 7)) {
    const what = cdata ? 'a CDATA section' : 'a comment';
    throw new SzError('parse', `The feed is not well-formed XML: ${what} is never closed.`);
  }
  return section;
}

/**
 * Repairs what XML parsers reject but feeds often hold: bare "&" and HTML entities. CDATA and
 * comments are matched first and kept as they are. As a side effect, entities a DTD declares are
 * never expanded, which also defuses "billion laughs" documents.
 */
export const repair = (s: string): string =>
  s
    // Control characters XML 1.0 forbids even escaped: feeds pasted from word processors carry them.
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    // An unclosed CDATA section or comment runs to the end: matched whole, it is scanned once (a
    // body of unclosed "<!--" would otherwise be scanned to its end from each one: minutes for 5 MB).
    .replace(
      /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|&(?!#\d+;|#x[\dA-Fa-f]+;)([A-Za-z]\w*;)?/g,
      (match, name?: string) => (match[0] === '<' ? closed(match) : ampersand(match, name)),
    );
