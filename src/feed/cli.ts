// `sz-widgets feed …`: progress on stderr (one line per source, a summary), the exit code.
import { buildFeed, type Report } from './build.js';
import { FEED_USAGE, readOptions, UsageError } from './options.js';

export { FEED_USAGE };

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const standardStreams: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function line(r: Report): string {
  const time = `(${(r.ms / 1000).toFixed(1)} s)`;
  if (r.outcome === 'fresh') return `ok       ${r.key}: ${plural(r.items, 'item')} ${time}`;
  if (r.outcome === 'unchanged') return `same     ${r.key}: not modified, ${plural(r.items, 'item')} kept ${time}`;
  return `FAILED   ${r.key}: ${r.why}; ${plural(r.items, 'earlier item')} kept ${time}`;
}

/** Runs `sz-widgets feed ARGS` (the arguments after "feed"); resolves to the exit code. */
export async function run(args: string[], io: Output = standardStreams, cwd = process.cwd()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(FEED_USAGE);
    return 0;
  }
  let options;
  try {
    options = await readOptions(args, cwd);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`sz-widgets feed: ${e.message}`);
    io.err(FEED_USAGE);
    return 2;
  }
  const { quiet, out } = options;
  try {
    const result = await buildFeed(options, (r) => (!quiet || r.outcome === 'failed') && io.err(line(r)));
    const failed = result.reports.filter((r) => r.outcome === 'failed').length;
    for (const p of result.problems) io.err(`sz-widgets feed: the result breaks the news-feed schema: ${p}`);
    if (!result.written) {
      io.err(result.problems.length ? `${out}: not written.` : `${out}: not written: no source could be read${result.code === 1 ? '; the earlier file is untouched' : ''}.`);
    } else if (!quiet) {
      io.err(`${out}: ${plural(result.items, 'item')} from ${plural(result.reports.length, 'source')}${failed ? ` (${failed} failed)` : ''}.`);
    }
    return result.code;
  } catch (e) {
    io.err(`sz-widgets feed: ${(e as Error).stack ?? e}`);
    return 2;
  }
}
