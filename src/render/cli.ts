// `sz-widgets render <page.html>`: the page with its widgets prerendered, to --out or standard output.
// Exit codes: 0 every widget prerendered, 1 some left as they were (they load in the browser as
// before; the page is still written), 2 bad usage or a page that cannot be read.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { standardStreams, type Output } from '../node/output.js';
import { writeAtomically } from '../node/write.js';
import { renderPage } from './page.js';

export const RENDER_USAGE = `Usage: sz-widgets render <page.html> [--out <file>] [--base-url <url>] [--timeout <seconds>] [--quiet]

Prerenders every <sz-news-list>, <sz-center-card> and <sz-center-map> of a static page: each gets
a declarative shadow root with its styles and what it shows, and the page a copy of each dataset
shown, so the widgets read without JavaScript and take over without a request when it runs.
The rest of the page is left byte for byte as it was; a page without widgets is copied unchanged.

  --out <file>        Write the page there (atomically); default: standard output.
  --base-url <url>    The address the page is served at, for relative src attributes;
                      default: the page file's own location.
  --timeout <seconds> How long to wait for each data source (default 10).
  --quiet             Only report problems.

Exit codes: 0 every widget prerendered, 1 some could not be (they are left as they were
and load in the browser; the page is still written), 2 bad usage or unreadable page.`;

class UsageError extends Error {}

interface RenderArgs {
  page: string;
  out?: string;
  baseUrl?: string;
  timeout: number;
  quiet: boolean;
}

function readArgs(args: string[]): RenderArgs {
  const found: Partial<RenderArgs> & { quiet: boolean } = { quiet: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--out') found.out = value();
    else if (arg === '--base-url') {
      const url = value();
      if (!URL.canParse(url)) throw new UsageError(`--base-url "${url}" is not an absolute URL.`);
      found.baseUrl = url;
    } else if (arg === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0)) throw new UsageError('--timeout takes a number of seconds above 0.');
      found.timeout = seconds;
    } else if (arg === '--quiet') found.quiet = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (found.page === undefined) found.page = arg;
    else throw new UsageError('render takes one page.');
  }
  if (!found.page) throw new UsageError('which page? Give the path of an HTML file.');
  return { timeout: 10, ...found, page: found.page };
}

/** Runs `sz-widgets render ARGS` (the arguments after "render"); resolves to the exit code. */
export async function run(
  args: string[],
  io: Output = standardStreams,
  write: (page: string) => void = (page) => process.stdout.write(page),
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(RENDER_USAGE);
    return 0;
  }
  let options: RenderArgs;
  try {
    options = readArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`sz-widgets render: ${e.message}`);
    io.err(RENDER_USAGE);
    return 2;
  }
  const path = resolve(options.page);
  let page: string;
  try {
    // Kept as it is, byte-order mark included, so that what is not a widget is written back unchanged.
    page = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await readFile(path));
  } catch (e) {
    const why = e instanceof TypeError ? 'it is not UTF-8 text (save it as UTF-8)' : (e as Error).message;
    io.err(`sz-widgets render: cannot read ${options.page}: ${why}`);
    return 2;
  }
  try {
    const baseUrl = options.baseUrl ?? pathToFileURL(path).href;
    const result = await renderPage(page, { baseUrl, timeout: options.timeout });
    for (const { widget, message } of result.problems) io.err(`sz-widgets render: ${widget}: ${message}`);
    if (options.out) {
      try {
        await writeAtomically(resolve(options.out), result.html);
      } catch (e) {
        io.err(
          `sz-widgets render: cannot write ${options.out}: ${(e as { code?: string }).code ?? (e as Error).message}`,
        );
        return 2;
      }
    } else write(result.html);
    if (!options.quiet) {
      const where = options.out ?? 'standard output';
      const { rendered, left } = result;
      io.err(
        `${where}: ${rendered} widget${rendered === 1 ? '' : 's'} prerendered${left ? `, ${left} left to load in the browser` : ''}.`,
      );
      if (result.styleHashes.length) io.err(`style-src hashes for a strict CSP: ${result.styleHashes.join(' ')}`);
    }
    return result.problems.length ? 1 : 0;
  } catch (e) {
    io.err(`sz-widgets render: ${(e as Error).stack ?? e}`);
    return 2;
  }
}
