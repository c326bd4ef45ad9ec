// Tells a feed's format from its body first and its content type second.
import { SzError } from './types.js';

const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;
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
  if (HTML_PAGE.test(body)) throw new SzError('unsupported', HTML_MSG);
  // Servers often mislabel feeds, so a body that plainly starts as one format is read as that;
  // the content type decides only when the first character does not.
  const c = body[0];
  if (c === '{' || c === '[' || (c !== '<' && /json/.test(type))) return [body, 'json'];
  if (c === '<' || /xml/.test(type)) return [body, 'xml'];
  throw new SzError('unsupported', 'The response is neither XML nor JSON.');
}
