import { parseInertFragment } from './inert.js';

// Feed HTML becomes plain text inside an inert document: a DOMParser document has no browsing
// context, so its scripts never run, its images never load and its handlers never fire.

// object/embed are not here: their fallback content is text written for readers who cannot run the plugin.
const DROP = 'script,style,template,noscript,iframe,svg,math';
// Elements that start a new line when rendered: without a break, "<p>a</p><p>b</p>" reads "ab".
const BLOCK = new RegExp(
  String.raw`^(p|div|br|hr|li|[uod]l|d[td]|h\d|t[rdh]|table|blockquote|pre|section|article|header|footer|fig\w*|` +
    String.raw`address|aside|main|nav)$`,
  'i',
);

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The readable text of a node (HTML or XHTML in an XML feed). Mutates the node: callers own it. */
export function textOf(root: Element): string {
  root.querySelectorAll(DROP).forEach((e) => e.remove());
  root.querySelectorAll('*').forEach((e) => {
    if (BLOCK.test(e.localName)) {
      e.before(' ');
      e.after(' ');
    }
  });
  return collapse(root.textContent || '');
}

/** Plain text of an HTML fragment: markup dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  return /[<&]/.test(html) ? textOf(parseInertFragment(html)) : collapse(html);
}
