// The one way feed text becomes markup to read: inside documents that have no browsing context
// (their scripts never run, images never load, handlers never fire).
//
// Trusted Types: parseFromString and innerHTML are HTML sinks, so on a page whose CSP says
// `require-trusted-types-for 'script'` they only take TrustedHTML. The policy "sz-widgets" passes
// text through unchanged, which is safe only because the result stays in an inert document; the
// partner's CSP must list it (`trusted-types lit-html sz-widgets`, see the README).
//
// CSP reports: inert is not enough. Chromium checks the page's CSP the moment an HTML or SVG
// element of *any* document of the page (DOMParser, createHTMLDocument, a <template>'s content)
// gets an on* or style attribute, or a connected <style> element, and reports a script-src-attr,
// style-src-attr or style-src-elem violation to the page (and its report-uri) though nothing can
// run. So no feed markup reaches a parser with its attributes: HTML is rewritten into tags
// without attributes first, and the XHTML, SVG and MathML namespaces of XML feeds are renamed.
import { withoutStyledNamespaces } from './inert-xml.js';

interface Policy {
  createHTML(input: string): unknown;
}

let policy: Policy | null | undefined;

function trusted(text: string): string {
  if (policy === undefined) {
    try {
      type PolicyFactory = { createPolicy(name: string, rules: Policy): Policy };
      const tt = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
      policy = tt?.createPolicy('sz-widgets', { createHTML: (input) => input }) ?? null;
    } catch {
      // The page's CSP does not allow the policy (or a second copy of the package made it):
      // the plain string is used, and the browser reports the violation to the page.
      policy = null;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

// The HTML tokenizer's states (WHATWG HTML §13.2.5), as far as finding where tags end needs them.
const WS = /[\t\n\f\r ]*/y;
const TAG_NAME = /[^\t\n\f\r />]*/y;
const ATTR_NAME = /[^\t\n\f\r />=]*/y;
const UNQUOTED = /[^\t\n\f\r >]*/y;
const COMMENT_END = /--!?>/g;
const skip = (re: RegExp, s: string, i: number): number => ((re.lastIndex = i), re.test(s) ? re.lastIndex : i);
const lower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
const literal = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Start tags that end SVG/MathML content (the tree builder's "breakout" list; <font> simplified).
const BREAKOUT = new RegExp(
  String.raw`^(b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|h[1-6]|head|hr|i|img|li|listing|menu|` +
    String.raw`meta|nobr|ol|p|pre|ruby|s|small|span|strong|strike|sub|sup|table|tt|u|ul|var|font)$`,
);

/** After a tag's name: the index past its ">" and whether it ended "/>"; -1 when the input ends first. */
function skipAttributes(s: string, i: number): [number, boolean] {
  for (;;) {
    i = skip(WS, s, i);
    const c = s[i];
    if (c === undefined) return [-1, false];
    if (c === '>') return [i + 1, false];
    if (c === '/') {
      if (s[i + 1] === '>') return [i + 2, true];
      i += 1;
      continue;
    }
    // An attribute: its name (whose first character may be "="), then maybe "=" and a value.
    i = skip(WS, s, skip(ATTR_NAME, s, i + 1));
    if (s[i] !== '=') continue;
    i = skip(WS, s, i + 1);
    const q = s[i];
    if (q === '"' || q === "'") {
      const close = s.indexOf(q, i + 1);
      if (close < 0) return [-1, false];
      i = close + 1;
    } else i = skip(UNQUOTED, s, i);
  }
}

// In a script, "<!--" opens an escaped part in which "<script" opens a part that its "</script" only closes.
const SCRIPT_TOKEN = /<!--(-*>)?|-->|<(\/?)script(?=[\t\n\f\r />])/gi;

/** Where the content of a raw text element `name` ends (at its end tag, or the end) and where that end tag ends. */
function rawEnd(s: string, i: number, name: string): [number, number] {
  let m: RegExpExecArray | null;
  if (name === 'script') {
    let escaped = false;
    let double = false;
    SCRIPT_TOKEN.lastIndex = i;
    while ((m = SCRIPT_TOKEN.exec(s))) {
      // "-->" closes both parts, and so does "<!-->" (its dashes count for both).
      if (m[0] === '-->' || m[1]) escaped = double = false;
      else if (m[0] === '<!--') escaped = true;
      else if (!m[2]) double ||= escaped;
      else if (double) double = false;
      else break;
    }
  } else {
    const re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />])`, 'gi');
    re.lastIndex = i;
    m = re.exec(s);
  }
  if (!m) return [s.length, s.length];
  const [after] = skipAttributes(s, m.index + m[0].length);
  return [m.index, after < 0 ? s.length : after];
}

/**
 * HTML without attributes, as the browser would tokenize it: the same tags (names only), comments
 * (emptied), text (entities left for the parser) and raw text. Never a <style> or <script>: their
 * content is dropped, since it is never text, and a connected <style> would make a report too.
 * Removed constructs leave an empty comment, so text on either side is not joined into an entity.
 */
export function withoutAttributes(html: string): string {
  let out = '';
  let i = 0;
  let foreign = 0; // depth in <svg>/<math>, where tags like <style> and <title> are not raw text
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    i = lt + 1;
    const c = html[i] || '';
    const end = c === '/';
    if (!/[A-Za-z]/.test(end ? html[i + 1] || '' : c)) {
      if (c === '!' && html.startsWith('--', i + 1)) {
        // <!--> and <!---> are whole comments; any other runs to --> or --!> (or the end).
        const body = i + 3;
        if (html[body] === '>') i = body + 1;
        else if (html.startsWith('->', body)) i = body + 2;
        else {
          COMMENT_END.lastIndex = body;
          i = COMMENT_END.exec(html) ? COMMENT_END.lastIndex : html.length;
        }
      } else if (c === '!' && foreign && html.startsWith('[CDATA[', i + 1)) {
        const close = html.indexOf(']]>', i + 8);
        out += literal(html.slice(i + 8, close < 0 ? html.length : close));
        i = close < 0 ? html.length : close + 3;
      } else if (c === '!' || c === '?' || (end && html[i + 1] !== '>' && i + 1 < html.length)) {
        // A doctype, a bogus comment (<?…>, </1…>, <![CDATA[…]> outside SVG/MathML): to the next ">".
        const close = html.indexOf('>', i);
        i = close < 0 ? html.length : close + 1;
      } else if (end && html[i + 1] === '>')
        i += 2; // "</>" is nothing
      else {
        out += end ? '&lt;/' : '&lt;'; // a "<" that starts no tag is text
        i += end ? 1 : 0;
        continue;
      }
      out += '<!---->';
      continue;
    }
    const nameEnd = skip(TAG_NAME, html, end ? i + 1 : i);
    const name = lower(html.slice(end ? i + 1 : i, nameEnd));
    const [after, selfClosing] = skipAttributes(html, nameEnd);
    if (after < 0) return out; // a tag cut off by the end is dropped, as the browser does
    i = after;
    if (end) {
      if (foreign && /^(svg|math)$/.test(name)) foreign -= 1;
      else if (foreign && (name === 'p' || name === 'br')) foreign = 0;
      out += name === 'style' || name === 'script' ? '<!---->' : `</${name}>`;
      continue;
    }
    if (foreign && BREAKOUT.test(name)) foreign = 0;
    if (name === 'style' || name === 'script') {
      // In SVG/MathML their content is markup, read on; in HTML it is raw text up to the end tag.
      if (!foreign) i = rawEnd(html, i, name)[1];
      out += '<!---->';
      continue;
    }
    if (!foreign && /^(title|textarea|xmp|iframe|noembed|noframes|plaintext)$/.test(name)) {
      const [stop, next] = name === 'plaintext' ? [html.length, html.length] : rawEnd(html, i, name);
      const content = html.slice(i, stop);
      i = next;
      // title and textarea hold text with entities; the others hold text as it is (an iframe's
      // only fallback markup, which is never shown: kept empty).
      if (name === 'title' || name === 'textarea') out += `<${name}>${content.replace(/</g, '&lt;')}</${name}>`;
      else out += name === 'iframe' ? '<iframe></iframe>' : literal(content);
      continue;
    }
    if (/^(svg|math)$/.test(name) && !selfClosing) foreign += 1;
    out += selfClosing ? `<${name}/>` : `<${name}>`;
  }
}

/** A whole document (XML feeds; HTML to decode an entity). */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  const safe = type === 'text/html' ? withoutAttributes(text) : withoutStyledNamespaces(text);
  return new DOMParser().parseFromString(trusted(safe), type);
}

let scratch: Document | undefined;

/**
 * An HTML fragment, without its attributes, parsed into an element of one reused inert document:
 * a new DOMParser document per summary made a 10,000-item feed take seconds.
 */
export function parseInertFragment(html: string): HTMLElement {
  scratch ??= document.implementation.createHTMLDocument('');
  const box = scratch.createElement('div');
  // eslint-disable-next-line no-restricted-properties -- an inert document, through the policy above
  box.innerHTML = trusted(withoutAttributes(html));
  return box;
}
