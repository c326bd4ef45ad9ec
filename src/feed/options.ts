// The feed command's options: its arguments and its --config file (checked against the shipped
// schema). Options on the command line win over the config's; sources on both add up.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { readSchema } from '../validator/validate.js';

export interface Source {
  /** As written (a URL, or a file path relative to where it was written): its name in the output. */
  key: string;
  /** An absolute http(s) URL, or an absolute file path. */
  location: string;
  /** A CSS selector: the page is a listing of articles to follow. */
  follow?: string;
  limit?: number;
  language?: string;
}

export interface Options {
  sources: Source[];
  out: string;
  limit: number;
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  language?: string;
  /** Milliseconds for each request. */
  timeout: number;
  quiet: boolean;
}

/** Wrong arguments or config: nothing is written (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const FEED_USAGE = `Usage: sz-widgets feed [SOURCE ...] [--config sources.json] --out news.json
                        [--limit 50] [--title "…"] [--home-page-url URL] [--feed-url URL]
                        [--language en] [--timeout 20] [--quiet]

Builds one JSON Feed 1.1 from any mix of sources, for <sz-news-list src="…"> on any page.
A SOURCE is an http(s) URL or a local file of RSS, Atom, JSON Feed or an HTML article page.
--config names a JSON file {"title"?, "sources": ["https://…", {"url", "follow"?, "limit"?,
"language"?}]} ("follow": a CSS selector of article links on a listing page).
A source that fails keeps the items it gave last time; the file is written atomically.

Exit codes: 0 every source fresh or unchanged; 1 a source failed (the file still has its earlier
items); 2 nothing written (bad arguments or config, or no earlier file and no source worked).`;

// The options that take a value ("--out news.json" or "--out=news.json").
const VALUED = new Set([
  '--config',
  '--out',
  '--limit',
  '--title',
  '--home-page-url',
  '--feed-url',
  '--language',
  '--timeout',
]);
const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function source(written: string, base: string, extra: Omit<Source, 'key' | 'location'> = {}): Source {
  if (isUrl(written)) {
    try {
      return { key: written, location: new URL(written).href, ...extra };
    } catch {
      throw new UsageError(`"${written}" is not a valid URL.`);
    }
  }
  // A scheme other than http(s); "C:\\…" and "C:/…" are Windows paths.
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) && !/^[a-z]:[\\/]/i.test(written)) {
    throw new UsageError(`"${written}": only http(s) URLs and local files are read.`);
  }
  return { key: written, location: resolve(base, written), ...extra };
}

function positive(name: string, value: string, max: number): number {
  const number = Number(value);
  if (!(number > 0) || number > max) throw new UsageError(`${name} must be a number from 1 to ${max}, not "${value}".`);
  return number;
}

interface Config {
  title?: string;
  home_page_url?: string;
  feed_url?: string;
  language?: string;
  limit?: number;
  timeout?: number;
  sources: (string | ConfigSource)[];
}

interface ConfigSource {
  url: string;
  follow?: string;
  limit?: number;
  language?: string;
}

async function readConfig(path: string): Promise<Config> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`--config ${path}: ${(e as Error).message}`);
  }
  const schema = JSON.parse(await readSchema('feed-sources.schema.json'));
  const check = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  if (!check(data)) {
    const first = check.errors?.[0];
    const what = first ? `${first.instancePath || '/'} ${first.message}` : 'not a sources file';
    throw new UsageError(`--config ${path}: ${what} (see schemas/feed-sources.schema.json).`);
  }
  return data as Config;
}

/** "--name=value" as its name and value; any other argument as itself, without a value. */
function split(arg: string): [name: string, inline: string | undefined] {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals >= 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}

/** A source of the config file: an address, or one with its own settings. */
function configSource(entry: string | ConfigSource, configDir: string): Source {
  if (typeof entry === 'string') return source(entry, configDir);
  return source(entry.url, configDir, { follow: entry.follow, limit: entry.limit, language: entry.language });
}

/** The options of `sz-widgets feed ARGS`, relative paths resolved against `cwd`. */
export async function readOptions(args: string[], cwd: string): Promise<Options> {
  const given: Record<string, string> = {};
  const written: string[] = [];
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = split(arg);
    if (name === '--quiet') quiet = true;
    else if (VALUED.has(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value.`);
      given[name] = value;
    } else if (name.startsWith('-')) throw new UsageError(`unknown option "${name}".`);
    else written.push(arg);
  }
  const config = given['--config'] ? await readConfig(resolve(cwd, given['--config'])) : undefined;
  const configDir = given['--config'] ? dirname(resolve(cwd, given['--config'])) : cwd;
  const sources = [
    ...written.map((location) => source(location, cwd)),
    ...(config?.sources ?? []).map((entry) => configSource(entry, configDir)),
  ];
  if (!sources.length) throw new UsageError('no sources: name them on the command line or in --config.');
  if (!given['--out']) throw new UsageError('--out is required: the JSON Feed file to write.');
  const language = given['--language'] ?? config?.language;
  if (language !== undefined && !LANGUAGE.test(language)) {
    throw new UsageError(`--language must be a BCP 47 tag such as "en", not "${language}".`);
  }
  for (const name of ['--home-page-url', '--feed-url']) {
    if (given[name] !== undefined && !isUrl(given[name])) throw new UsageError(`${name} must be an http(s) URL.`);
  }
  return {
    sources,
    out: resolve(cwd, given['--out']),
    limit: given['--limit'] ? positive('--limit', given['--limit'], 1000) : (config?.limit ?? 50),
    title: given['--title'] ?? config?.title ?? 'News',
    homePageUrl: given['--home-page-url'] ?? config?.home_page_url,
    feedUrl: given['--feed-url'] ?? config?.feed_url,
    language,
    timeout: 1000 * (given['--timeout'] ? positive('--timeout', given['--timeout'], 600) : (config?.timeout ?? 20)),
    quiet,
  };
}
