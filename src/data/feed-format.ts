// Tells a feed's format from its body first and its content type second.
import { SzError } from './types.js';

// Processing instructions (the XML declaration is one) and comments, any number of them.
const MISC = String.raw`(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*`;
// A doctype, with an optional internal subset: group 1.
const DOCTYPE = String.raw`(<!doctype\s[^>[]*(?:\[[\s\S]*?\]\s*)?>)?`;
// The prolog, then the first element's name: group 2.
const PROLOG = new RegExp(String.raw`^${MISC}${DOCTYPE}\s*${MISC}(?:<([\w.:-]+))?`, 'i');

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
 * Whether a JSON Feed's `version` names a version of JSON Feed ("https://jsonfeed.org/version/1.1",
 * ".../1"): how the parser and the validator tell a JSON Feed.
 */
export const isJsonFeedVersion = (version: unknown): boolean =>
  typeof version === 'string' && version.startsWith('https://jsonfeed.org/version/');

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
