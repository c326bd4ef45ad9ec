// The data owners' validator (Node only): reads a file or an http(s) URL, tells a centres dataset
// from a news feed, checks it against the package's JSON Schema and, for centres, against the
// rules the elements apply (checkCentres), and returns every problem with its JSONPath.
import { readFile } from 'node:fs/promises';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkCentres, jsonPath, type Problem } from '../data/centres.js';

export type { Problem };
export type Kind = 'centres' | 'news';

export interface Validation {
  /** What the input was taken for; 'unknown' when it is not JSON, or neither kind. */
  kind: Kind | 'unknown';
  problems: Problem[];
}

/** The input could not be read at all (no such file, HTTP error, network): the CLI exits with 2, not 1. */
export class CannotReadError extends Error {
  override name = 'CannotReadError';
}

const SCHEMAS: Record<Kind, string> = { centres: 'centres.schema.json', news: 'news-feed.schema.json' };

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

/** The same "…, not <value>" tail as checkCentres: short, since the value may be hostile. */
const not = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return `, not ${s.length > 60 ? s.slice(0, 59) + '…' : s}`;
};

/** Ajv's JSON Pointer (`/features/3/properties/id`) as a JSONPath (`$.features[3].properties.id`). */
function toPath(pointer: string, data: unknown): string {
  let path = '$';
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    // A digit key is an index only inside an array: {"3": …} stays a member name.
    path = jsonPath(path, Array.isArray(node) ? Number(key) : key);
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

/** One readable problem per Ajv error; the wrappers of other errors (if, anyOf branches …) are dropped. */
function fromAjv(errors: ErrorObject[], data: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const e of errors) {
    const p = e.params as Record<string, unknown>;
    let path = toPath(e.instancePath, data);
    let message: string;
    // Errors inside an anyOf branch only explain the anyOf error, which is reported by itself.
    if (e.keyword === 'if' || e.keyword === 'propertyNames' || /\/anyOf\/\d+\//.test(e.schemaPath)) continue;
    if (e.propertyName !== undefined) {
      path = jsonPath(path, e.propertyName);
      message = PATTERNS[p.pattern as string] === 'a BCP 47 language tag' ? 'is not a BCP 47 language tag' : 'is not an allowed member name';
    } else if (e.keyword === 'required') {
      path = jsonPath(path, p.missingProperty as string);
      message = 'is required';
    } else {
      const words = describe(e, errors);
      message = words === undefined ? (e.message ?? e.keyword) : words.startsWith('have ') ? `must ${words}` : `must be ${words}${not(e.data)}`;
    }
    if (!problems.some((q) => q.path === path && q.message === message)) problems.push({ path, message });
  }
  return problems;
}

/** What the failed keyword wanted, as the end of "must be …"; undefined to keep Ajv's own message. */
function describe(e: ErrorObject, errors: ErrorObject[]): string | undefined {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
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
      return anyOfWords(e, errors);
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
function anyOfWords(e: ErrorObject, errors: ErrorObject[]): string {
  const inner = errors.filter((x) => x.schemaPath.startsWith(e.schemaPath + '/') && x.instancePath === e.instancePath);
  if (inner.length && inner.every((x) => x.keyword === 'required')) {
    return `have ${inner.map((x) => (x.params as { missingProperty: string }).missingProperty).join(' or ')}`;
  }
  // The one anyOf in the centres schema: founders, partners and focus entries.
  return 'a non-empty string or a language map';
}

// strictTuples off: a position is [longitude, latitude] with an optional altitude, not a fixed tuple.
const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strictTuples: false });
addFormats(ajv);
const compiled = new Map<Kind, ValidateFunction>();

/** The schemas ship in dist/schemas/ beside dist/validator/; in a checkout they are also at the top. */
async function schemaValidator(kind: Kind): Promise<ValidateFunction> {
  let fn = compiled.get(kind);
  if (fn) return fn;
  for (const dir of ['../schemas/', '../../schemas/']) {
    let text: string;
    try {
      text = await readFile(new URL(dir + SCHEMAS[kind], import.meta.url), 'utf8');
    } catch {
      continue;
    }
    fn = ajv.compile(JSON.parse(text));
    compiled.set(kind, fn);
    return fn;
  }
  throw new Error(`The JSON Schema ${SCHEMAS[kind]} is missing from the package.`);
}

async function read(source: string): Promise<string> {
  const cannot = (why: unknown) => {
    const e = why as { code?: string; message?: string; cause?: { message?: string } };
    const reason =
      typeof why === 'string'
        ? why
        : e.code === 'ENOENT'
          ? 'no such file'
          : e.code === 'EISDIR'
            ? 'it is a folder'
            : (e.cause?.message ?? e.message ?? String(why));
    return new CannotReadError(`cannot read ${source}: ${reason}`);
  };
  if (/^https?:/i.test(source)) {
    let res: Response;
    try {
      res = await fetch(source, { signal: AbortSignal.timeout(30_000) });
    } catch (e) {
      throw cannot(e);
    }
    if (!res.ok) throw cannot(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    try {
      return await res.text();
    } catch (e) {
      throw cannot(e);
    }
  }
  // A single letter before ":" is a Windows drive, not a scheme.
  if (/^[a-z][a-z0-9+.-]+:/i.test(source) && !/^file:/i.test(source)) throw cannot('only files and http(s) URLs can be read');
  try {
    const text = await readFile(/^file:/i.test(source) ? new URL(source) : source, 'utf8');
    // Editors on Windows often start UTF-8 files with a byte order mark, which JSON.parse refuses.
    return text.replace(/^\uFEFF/, '');
  } catch (e) {
    throw cannot(e);
  }
}

/** A JSON syntax error as a problem at `$`, with the parser's message and where it stopped. */
function syntaxProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const before = text.slice(0, at ? +at[1] : text.length).split('\n');
  const where = /line \d/.test(message) ? '' : ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
  return { path: '$', message: `is not valid JSON: ${message}${where}` };
}

function kindOf(data: unknown): Kind | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  // Any GeoJSON object ("type": "Feature", "Point" …) is taken for a centres dataset, to be told what is wrong with it.
  if ('features' in d || typeof d.type === 'string') return 'centres';
  if ((typeof d.version === 'string' && d.version.startsWith('https://jsonfeed.org/version/')) || 'items' in d) return 'news';
  return undefined;
}

/**
 * Validates a centres dataset or a JSON Feed news feed. Throws CannotReadError when the file or
 * URL cannot be read; everything wrong with what was read comes back as problems.
 */
export async function validateSource(fileOrUrl: string): Promise<Validation> {
  return validateText(await read(fileOrUrl));
}

/** The same checks for a text already read (the feed command checks its output before writing it). */
export async function validateText(text: string): Promise<Validation> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = /^\s*</.test(text)
      ? 'is XML or HTML, not JSON: the validator checks centres datasets (GeoJSON) and news feeds in JSON Feed'
      : syntaxProblem(text, e).message;
    return { kind: 'unknown', problems: [{ path: '$', message }] };
  }
  const kind = kindOf(data);
  if (!kind) {
    return {
      kind: 'unknown',
      problems: [{ path: '$', message: 'is neither a centres dataset (a GeoJSON FeatureCollection) nor a JSON Feed (with "version": "https://jsonfeed.org/version/1.1")' }],
    };
  }
  const schema = await schemaValidator(kind);
  const fromSchema = schema(data) ? [] : fromAjv(schema.errors ?? [], data);
  if (kind === 'news') return { kind, problems: fromSchema };
  // checkCentres says more precisely what is wrong; a schema error at or inside one of its paths says it again.
  const own = checkCentres(data);
  const said = (path: string) => own.some((p) => path === p.path || path.startsWith(p.path + '.') || path.startsWith(p.path + '['));
  return { kind, problems: [...own, ...fromSchema.filter((p) => !said(p.path))] };
}
