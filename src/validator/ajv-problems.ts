// Ajv's errors in the words a data owner reads: one problem per error, at a JSONPath, saying what
// the schema wanted ("must be an absolute http(s) URL, not …") rather than its regular expression.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { jsonPath } from '../data/centres.js';
import { shortValue, type Obj, type Problem } from '../data/types.js';

// Words for the schemas' patterns and formats, so a data owner reads "must be an absolute http(s)
// URL" rather than a regular expression.
const PATTERNS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'lower-case letters, digits and hyphens (like "tel-aviv")',
  '^[A-Z]{2}$': 'an upper-case ISO 3166-1 alpha-2 code',
  '^[Hh][Tt][Tt][Pp][Ss]?://': 'an absolute http(s) URL',
  '^(?![A-Za-z][A-Za-z0-9+.-]*:)|^[Hh][Tt][Tt][Pp][Ss]?://': 'an http(s) URL or a relative one',
  '\\S': 'a non-empty string',
  '^https://jsonfeed\\.org/version/1(\\.1)?$': '"https://jsonfeed.org/version/1.1" (or 1)',
  '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$': 'a BCP 47 language tag',
};
const FORMATS: Record<string, string> = {
  uri: 'an absolute URL',
  'uri-reference': 'a URL',
  date: 'a real date written YYYY-MM-DD',
  'date-time': 'a date and time as in RFC 3339, like 2017-05-12T00:00:00+08:00',
};
const TYPES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** Ajv's JSON Pointer (`/features/3/properties/id`) as a JSONPath (`$.features[3].properties.id`). */
function toPath(pointer: string, data: unknown): string {
  let path = '$';
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    // A digit key is an index only inside an array: {"3": …} stays a member name.
    path = jsonPath(path, Array.isArray(node) ? Number(key) : key);
    node = node && typeof node === 'object' ? (node as Obj)[key] : undefined;
  }
  return path;
}

/**
 * One readable problem per Ajv error, with its JSONPath; the wrappers of other errors (if, anyOf
 * branches …) are dropped.
 */
export function fromAjv(errors: ErrorObject[], data: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const error of errors) {
    // Errors inside an anyOf branch only explain the anyOf error, which is reported by itself.
    const inBranch = /\/anyOf\/\d+\//.test(error.schemaPath);
    if (error.keyword === 'if' || error.keyword === 'propertyNames' || inBranch) continue;
    const problem = fromAjvError(error, errors, toPath(error.instancePath, data));
    if (!problems.some((q) => q.path === problem.path && q.message === problem.message)) problems.push(problem);
  }
  return problems;
}

/** One Ajv error as a problem at `path` (the JSONPath of the value it is about), or at a member of it. */
function fromAjvError(error: ErrorObject, errors: ErrorObject[], path: string): Problem {
  const params = error.params as Obj;
  if (error.propertyName !== undefined) {
    const isLanguageTag = PATTERNS[params.pattern as string] === 'a BCP 47 language tag';
    const message = isLanguageTag ? 'is not a BCP 47 language tag' : 'is not an allowed member name';
    return { path: jsonPath(path, error.propertyName), message };
  }
  if (error.keyword === 'required') {
    return { path: jsonPath(path, params.missingProperty as string), message: 'is required' };
  }
  return { path, message: mustMessage(error, errors) };
}

/** "must be <what it wanted>, not <value>", "must have …", or Ajv's own message where we have no words. */
function mustMessage(error: ErrorObject, errors: ErrorObject[]): string {
  const words = describe(error, errors);
  if (words === undefined) return error.message ?? error.keyword;
  return words.startsWith('have ') ? `must ${words}` : `must be ${words}, not ${shortValue(error.data)}`;
}

/** What the failed keyword wanted, as the end of "must be …"; undefined to keep Ajv's own message. */
function describe(error: ErrorObject, errors: ErrorObject[]): string | undefined {
  const p = error.params as Obj;
  switch (error.keyword) {
    case 'type':
      return String(p.type)
        .split(',')
        .map((t) => TYPES[t] ?? t)
        .join(' or ');
    case 'const':
      return JSON.stringify(p.allowedValue);
    case 'enum':
      return (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
    case 'pattern':
      return PATTERNS[p.pattern as string] ?? `text matching ${p.pattern}`;
    case 'format':
      return FORMATS[p.format as string] ?? `in the format ${p.format}`;
    case 'anyOf':
      return anyOfWords(error, errors);
    case 'minLength':
      return 'a non-empty string';
    case 'minItems':
      return `a list of at least ${p.limit}`;
    case 'maxItems':
      return `a list of at most ${p.limit}`;
    case 'minimum':
      return `at least ${p.limit}`;
    case 'maximum':
      return `at most ${p.limit}`;
  }
  return undefined;
}

/** What an anyOf wanted: "have content_html or content_text" for alternatives of required members. */
function anyOfWords(anyOf: ErrorObject, errors: ErrorObject[]): string {
  const inner = errors.filter(
    (e) => e.schemaPath.startsWith(anyOf.schemaPath + '/') && e.instancePath === anyOf.instancePath,
  );
  if (inner.length && inner.every((e) => e.keyword === 'required')) {
    return `have ${inner.map((e) => (e.params as { missingProperty: string }).missingProperty).join(' or ')}`;
  }
  // The one anyOf in the centres schema: founders, partners and focus entries.
  return 'a non-empty string or a language map';
}
