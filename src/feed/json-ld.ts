// A page's JSON-LD (schema.org), the most deliberate statement it makes about itself: its nodes,
// the article among them, and the strings and names in their values.
import { isObj, type Obj } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { withoutHash } from './page.js';

/** A JSON-LD value as a list: an array as it is, one value as a list of one, none as []. */
export const ldValues = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
};

/** The first string of a JSON-LD value (a string, {"@value"}, or an array of those). */
export function ldString(value: unknown): string | undefined {
  for (const one of ldValues(value)) {
    if (typeof one === 'string') return one;
    if (isObj(one) && typeof one['@value'] === 'string') return one['@value'];
  }
  return undefined;
}

export interface LinkedData {
  nodes: Obj[];
  /** The nodes that have an "@id", by it (the first of each). */
  ids: Map<string, Obj>;
}

/** Every JSON-LD node of the page: top-level objects, arrays of them, @graph members, mainEntity. */
export function linkedData(doc: Document): LinkedData {
  const nodes: Obj[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(value)) value.forEach((member) => visit(member, depth + 1));
    else if (isObj(value)) {
      nodes.push(value);
      visit(value['@graph'], depth + 1);
      // A WebPage whose main entity is the article.
      if (typeof value.mainEntity === 'object') visit(value.mainEntity, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block (pages often carry one, from a template) is passed over; the others count.
    }
  }
  const ids = new Map<string, Obj>();
  for (const node of nodes) {
    if (typeof node['@id'] === 'string' && !ids.has(node['@id'])) ids.set(node['@id'], node);
  }
  return { nodes, ids };
}

/** A node that only points to another ({"@id": …}, as Yoast's graphs do) completed from it. */
export function resolve(ld: LinkedData, value: unknown): unknown {
  return isObj(value) && typeof value['@id'] === 'string' ? { ...ld.ids.get(value['@id']), ...value } : value;
}

/** A resolved JSON-LD value's name: a string, or an object's `name` (a Person, a DefinedTerm). */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObj(value) ? ldString(value.name) : undefined;
}

/** The names in a JSON-LD value: strings, or objects' `name`s (authors, keywords as DefinedTerms). */
export function names(ld: LinkedData, value: unknown): string[] {
  return ldValues(value).flatMap((one) => {
    const name = nameOf(resolve(ld, one));
    return name ? [name] : [];
  });
}

/** A node's types without their vocabulary: "schema:NewsArticle", "https://schema.org/Article". */
export const typeNames = (node: Obj): string[] =>
  ldValues(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1));

// Article, NewsArticle, ReportageNewsArticle, OpinionNewsArticle, TechArticle…, BlogPosting and
// LiveBlogPosting: schema.org's article types are all named so.
const isArticle = (node: Obj): boolean =>
  typeNames(node).some((type) => type.endsWith('Article') || type.endsWith('BlogPosting'));

/** An article node's own address (url, or mainEntityOfPage as a string or {"@id"}/{"url"}). */
export function ldUrls(ld: LinkedData, node: Obj): unknown[] {
  const page = resolve(ld, node.mainEntityOfPage);
  return [ldString(node.url), isObj(page) ? (ldString(page.url) ?? ldString(page['@id'])) : ldString(page)];
}

/** The page's article: the one whose address is the page's, else the first with a headline; else {}. */
export function pickArticle(ld: LinkedData, pageUrl: string, base: string): Obj {
  const articles = ld.nodes.filter(isArticle);
  const here = withoutHash(pageUrl);
  const isHere = (url: unknown): boolean => withoutHash(safeUrl(url, base) ?? '') === here;
  return (
    articles.find((article) => ldUrls(ld, article).some(isHere)) ??
    articles.find((article) => ldString(article.headline) ?? ldString(article.name)) ??
    {}
  );
}
