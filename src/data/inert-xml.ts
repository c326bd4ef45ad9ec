// XML feed text made safe to parse next to the page (see inert.ts): the XHTML, SVG and MathML
// namespaces, whose elements take on* handlers and styles in Chromium, renamed out of the way.

// XML namespaces whose elements take on* handlers and style (attributes and elements) in Chromium.
const STYLED_NS = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
]);
// A start tag, well-formed (a value may hold ">", never "<"), or the document would not parse at all.
const XML_TAG = new RegExp(
  String.raw`<[^\s!?/<>"'=][^\s/<>"'=]*` + // its name
    String.raw`(?:\s+[^\s/<>"'=]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*` + // its attributes
    String.raw`\s*\/?>`,
  'y',
);
// Its attributes, one after another from its name on: never a match inside a value.
const XML_ATTR = /(\s+)([^\s/<>"'=]+)(\s*=\s*)("[^"]*"|'[^']*')/g;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const xmlValue = (v: string): string =>
  v
    .slice(1, -1)
    .replace(/&#x([\da-f]+);|&#(\d+);|&(amp|lt|gt|quot|apos);/gi, (_, hex?: string, dec?: string, name?: string) => {
      if (name) return XML_ENTITIES[name.toLowerCase()] ?? '';
      const code = hex ? parseInt(hex, 16) : parseInt(dec ?? '0', 10);
      return String.fromCodePoint(Math.min(code, 0x10ffff));
    });

// What is passed over whole, by how it opens and how it closes: comments, CDATA sections and
// processing instructions.
const SKIPPED: [open: string, close: string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
];

/**
 * XML whose XHTML, SVG and MathML namespace declarations are renamed ("urn:x-inert:" + the URI):
 * its elements keep their names and text but are plain Elements, without handlers or styles.
 * One pass, by indexOf: comments, CDATA sections and processing instructions are passed over whole.
 */
export function withoutStyledNamespaces(xml: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return out + xml.slice(i);
    const close = SKIPPED.find(([open]) => xml.startsWith(open, lt))?.[1];
    if (close) {
      const stop = xml.indexOf(close, lt + 2);
      if (stop < 0) return out + xml.slice(i);
      out += xml.slice(i, stop + close.length);
      i = stop + close.length;
      continue;
    }
    XML_TAG.lastIndex = lt;
    const tag = XML_TAG.exec(xml)?.[0];
    out += xml.slice(i, lt + (tag ? 0 : 1));
    i = tag ? XML_TAG.lastIndex : lt + 1;
    if (tag) {
      out += tag.replace(XML_ATTR, (attribute, space: string, name: string, eq: string, value: string) => {
        const styled = /^xmlns(:|$)/.test(name) && STYLED_NS.has(xmlValue(value));
        return styled ? `${space}${name}${eq}"urn:x-inert:${xmlValue(value)}"` : attribute;
      });
    }
  }
}
