// The text of an HTML page as an item holds it: plain, cut on a word boundary, and the tests that
// tell prose from a page's furniture and names from addresses.
import { collapse, textOf } from '../data/html-text.js';

/** A page's value (a meta's content, a JSON-LD string, an element's text) as plain text; '' for none. */
export type PlainText = (value: unknown) => string;

/**
 * `value` as plain text. Readers of the feed (this package's parseFeed too) read its text fields
 * as HTML, so the text must read the same when read again: markup and entities are read until
 * none is left (CMSs often escape twice). Text that still changes after that is hostile: dropped.
 */
export function plainText(parser: DOMParser, value: unknown): string {
  let text = typeof value === 'string' ? collapse(value) : '';
  for (let round = 0; /[<&]/.test(text); round++) {
    const next = textOf(parser.parseFromString(text, 'text/html').body);
    if (next === text) break;
    if (round === 3) return '';
    text = next;
  }
  return text;
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Word boundaries for the page's language (Chinese and Japanese words are not spaced). */
function words(text: string, lang?: string): Intl.Segments {
  let segmenter = segmenters.get(lang ?? '');
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang ?? '', segmenter);
  }
  return segmenter.segment(text);
}

/** Words with a letter in them: a date line's numbers do not make it a paragraph. */
function wordCount(text: string, lang?: string): number {
  let count = 0;
  for (const { segment, isWordLike } of words(text, lang)) {
    if (isWordLike && /\p{L}/u.test(segment)) count += 1;
  }
  return count;
}

// Marks that do not end a cut text well: separators, openers, and a full stop before the ellipsis.
const TRAILING = ' ,;:.、，；：。-–—([{（【「“‘«';

/** `text` cut to at most `max` characters on a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number, lang?: string): string {
  if (text.length <= max) return text;
  let end = 0;
  // Boundaries past the cut do not matter: only what could be kept (and a little after) is segmented.
  for (const { index, segment } of words(text.slice(0, max + 40), lang)) {
    if (index + segment.length > max - 1) break;
    end = index + segment.length;
  }
  // One "word" longer than the limit (a long URL): cut inside it, between code points.
  if (!end) end = max - 1 - (/[\uD800-\uDBFF]/.test(text[max - 2]) ? 1 : 0);
  let cut = text.slice(0, end).trimEnd();
  while (cut && TRAILING.includes(cut[cut.length - 1])) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

const SENTENCE_END = '.!?。！？…';
const CLOSERS = '"\'”’)）」』»';

/**
 * Prose, rather than a breadcrumb, a date line, a byline or a footer: enough words, and a finished
 * sentence unless it is long.
 */
export function isProse(text: string, lang?: string): boolean {
  const count = wordCount(text, lang);
  let end = text.length - 1;
  while (end > 0 && CLOSERS.includes(text[end])) end -= 1;
  return count >= 30 || (count >= 12 && SENTENCE_END.includes(text[end]));
}

/**
 * An address (a profile's URL, a "javascript:" one) where a name or a tag was expected: one "word"
 * that parses as a URL.
 */
export function isAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    return !!new URL(value);
  } catch {
    return false;
  }
}

/** Tags from a keywords string ("a, b; c", "甲，乙、丙") or list. */
export const splitTags = (values: string[]): string[] => values.flatMap((v) => v.split(/[,，、;；]/));

/** Without repeats, compared case-insensitively; the first spelling is kept. */
export function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (!value || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
