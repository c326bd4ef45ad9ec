// `sz-widgets feed …`: progress on stderr (one line per source, a summary), the exit code.
import { standardStreams, type Output } from '../node/output.js';
import { buildFeed, type Report, type Result } from './build.js';
import { FEED_USAGE, readOptions, UsageError } from './options.js';

export { FEED_USAGE };

export type { Output };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A source's progress line. */
function line(report: Report): string {
  const { key, items } = report;
  const time = `(${(report.ms / 1000).toFixed(1)} s)`;
  if (report.outcome === 'fresh') return `ok       ${key}: ${plural(items, 'item')} ${time}`;
  if (report.outcome === 'unchanged') return `same     ${key}: not modified, ${plural(items, 'item')} kept ${time}`;
  return `FAILED   ${key}: ${report.why}; ${plural(items, 'earlier item')} kept ${time}`;
}

/** The summary line: what was written, or why nothing was. */
function summary(result: Result, out: string): string {
  if (result.written) {
    const failed = result.reports.filter((r) => r.outcome === 'failed').length;
    const sources = plural(result.reports.length, 'source') + (failed ? ` (${failed} failed)` : '');
    return `${out}: ${plural(result.items, 'item')} from ${sources}.`;
  }
  if (result.problems.length) return `${out}: not written.`;
  const untouched = result.code === 1 ? '; the earlier file is untouched' : '';
  return `${out}: not written: no source could be read${untouched}.`;
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
    for (const problem of result.problems) {
      io.err(`sz-widgets feed: the result breaks the news-feed schema: ${problem}`);
    }
    // The summary: always when nothing was written, else unless --quiet.
    if (!result.written || !quiet) io.err(summary(result, out));
    return result.code;
  } catch (e) {
    io.err(`sz-widgets feed: ${(e as Error).stack ?? e}`);
    return 2;
  }
}
