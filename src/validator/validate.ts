// The data owners' validator (Node only): reads a file or an http(s) URL, tells a centres dataset
// from a news feed, checks it against the package's JSON Schema and, for centres, against the
// rules the elements apply (checkCenters), and returns every problem with its JSONPath.
import { readFile } from 'node:fs/promises';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkCenters, type Problem } from '../data/centres.js';
import { isJsonFeedVersion } from '../data/feed-format.js';
import { isObj } from '../data/types.js';
import { fromAjv } from './ajv-problems.js';

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

// strictTuples off: a position is [longitude, latitude] with an optional altitude, not a fixed tuple.
const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strictTuples: false });
addFormats(ajv);
const compiled = new Map<Kind, ValidateFunction>();

/**
 * The text of one of the package's JSON Schemas (`name`, such as "news-feed.schema.json"). They ship
 * in dist/schemas/, beside the commands' folders in dist/; in a checkout they are also at the top.
 */
export async function readSchema(name: string): Promise<string> {
  for (const dir of ['../schemas/', '../../schemas/']) {
    try {
      return await readFile(new URL(dir + name, import.meta.url), 'utf8');
    } catch {
      // try the next place
    }
  }
  throw new Error(`The JSON Schema ${name} is missing from the package.`);
}

async function schemaValidator(kind: Kind): Promise<ValidateFunction> {
  let validator = compiled.get(kind);
  if (!validator) {
    validator = ajv.compile(JSON.parse(await readSchema(SCHEMAS[kind])));
    compiled.set(kind, validator);
  }
  return validator;
}

// What a file's error code means to the person who named the file.
const FILE_ERRORS = new Map([
  ['ENOENT', 'no such file'],
  ['EISDIR', 'it is a folder'],
]);

/** Why `source` could not be read: a reason we wrote, or what the error says (a fetch's cause first). */
function reasonOf(why: unknown): string {
  if (typeof why === 'string') return why;
  const error = why as { code?: string; message?: string; cause?: { message?: string } };
  return FILE_ERRORS.get(error.code ?? '') ?? error.cause?.message ?? error.message ?? String(why);
}

async function read(source: string): Promise<string> {
  const cannot = (why: unknown) => new CannotReadError(`cannot read ${source}: ${reasonOf(why)}`);
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
  if (/^[a-z][a-z0-9+.-]+:/i.test(source) && !/^file:/i.test(source)) {
    throw cannot('only files and http(s) URLs can be read');
  }
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
  const column = before[before.length - 1].length + 1;
  const where = /line \d/.test(message) ? '' : ` (line ${before.length}, column ${column})`;
  return { path: '$', message: `is not valid JSON: ${message}${where}` };
}

/** What `data` is meant to be, from its members; undefined when it looks like neither. */
function kindOf(data: unknown): Kind | undefined {
  if (!isObj(data)) return undefined;
  // Any GeoJSON object ("type": "Feature", "Point" …) is taken for a centres dataset, to be told
  // what is wrong with it.
  if ('features' in data || typeof data.type === 'string') return 'centres';
  // A feed with "items" but no version, or a wrong one, is a news feed the schema explains.
  if (isJsonFeedVersion(data.version) || 'items' in data) return 'news';
  return undefined;
}

/**
 * Validates a centres dataset or a JSON Feed news feed. Throws CannotReadError when the file or
 * URL cannot be read; everything wrong with what was read comes back as problems.
 */
export async function validateSource(fileOrUrl: string): Promise<Validation> {
  return validateText(await read(fileOrUrl));
}

const NOT_JSON =
  'is XML or HTML, not JSON: the validator checks centres datasets (GeoJSON) and news feeds in JSON Feed';
const NEITHER =
  'is neither a centres dataset (a GeoJSON FeatureCollection) nor a JSON Feed ' +
  '(with "version": "https://jsonfeed.org/version/1.1")';

/** The same checks for a text already read (the feed command checks its output before writing it). */
export async function validateText(text: string): Promise<Validation> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = /^\s*</.test(text) ? NOT_JSON : syntaxProblem(text, e).message;
    return { kind: 'unknown', problems: [{ path: '$', message }] };
  }
  const kind = kindOf(data);
  if (!kind) {
    return {
      kind: 'unknown',
      problems: [{ path: '$', message: NEITHER }],
    };
  }
  const schema = await schemaValidator(kind);
  const fromSchema = schema(data) ? [] : fromAjv(schema.errors ?? [], data);
  if (kind === 'news') return { kind, problems: fromSchema };
  // checkCenters says more precisely what is wrong; a schema error at or inside one of its paths
  // says it again.
  const own = checkCenters(data);
  const within = (path: string, outer: string) =>
    path === outer || path.startsWith(outer + '.') || path.startsWith(outer + '[');
  const said = (path: string) => own.some((p) => within(path, p.path));
  return { kind, problems: [...own, ...fromSchema.filter((p) => !said(p.path))] };
}
