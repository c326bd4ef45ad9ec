// Tells a feed's format from its body first and its content type second.
import { SzError } from './types.js';

// The prolog (XML declaration, processing instructions, comments, a doctype with an optional internal
// subset), then the first element's name.
const PROLOG =
  /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*(<!doctype\s[^>[]*(?:\[[\s\S]*?\]\s*)?>)?\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*(?:<([\w.:-]+))?/i;

/**
 * Whether a body is an HTML page. The root element decides, not the doctype: some CMSs put an
 * (X)HTML doctype before an <rss>. An HTML doctype still marks a page whose markup names no
 * feed root, since HTML may omit <html> ("<!doctype html><title>Error</title>…").
 */
function isHtmlPage(body: string): boolean {
  const [, doctype, root = ''] = PROLOG.exec(body) || [];
  const name = root.toLowerCase();
  return name === 'html' || (/^<!doctype\s+html\b/i.test(doctype || '') && !/^([\w.-]+:)?(rss|rdf|feed)$/.test(name));
}

export const HTML_MSG = 'The address returned an HTML page, not a feed.';

/**
 * The trimmed body and its format. Throws SzError 'parse' for an empty body and 'unsupported'
 * for an HTML page or a body that is neither XML nor JSON.
 */
export function sniffFeed(text: string, contentType = ''): [body: string, format: 'json' | 'xml'] {
  // trim() also drops a BOM (U+FEFF counts as whitespace), so "<?xml" comes first.
  const body = (typeof text === 'string' ? text : '').trim();
  const type = contentType.toLowerCase();
  if (!body) throw new SzError('parse', 'The feed is empty.');
  if (isHtmlPage(body)) throw new SzError('unsupported', HTML_MSG);
  // Servers often mislabel feeds, so a body that plainly starts as one format is read as that;
  // the content type decides only when the first character does not.
  const c = body[0];
  if (c === '{' || c === '[' || (c !== '<' && /json/.test(type))) return [body, 'json'];
  if (c === '<' || /xml/.test(type)) return [body, 'xml'];
  throw new SzError('unsupported', 'The response is neither XML nor JSON.');
}
