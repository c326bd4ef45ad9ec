// `sz-widgets validate <file or URL>`: one line per problem ("path: message"), then a summary.
// Exit codes: 0 no problems, 1 problems, 2 the input cannot be read or the command is wrong.
import { standardStreams, type Output } from '../node/output.js';
import { CannotReadError, validateSource, type Kind } from './validate.js';

export const USAGE = `Usage: sz-widgets validate <file or URL>
       sz-widgets feed [SOURCE ...] --out news.json   (sz-widgets feed --help)

Checks a centres dataset (GeoJSON FeatureCollection) or a news feed (JSON Feed 1.1)
before you publish it, against the JSON Schemas and the rules the widgets apply.
Prints one line per problem, "path: message", where path is a JSONPath such as
$.features[3].properties.country, then a summary line.

Exit codes: 0 no problems, 1 problems found, 2 the input cannot be read or bad usage.`;

export type { Output };

/** What the input was taken for, as the summary line names it. */
const WHAT: Record<Kind | 'unknown', string> = { centres: 'centres dataset', news: 'news feed', unknown: 'file' };

/** Why the command line is wrong (it is not `validate` and one file or URL). */
function usageError(command: string | undefined): string {
  if (command === 'validate') return 'sz-widgets: validate takes one file or URL.';
  return command ? `sz-widgets: unknown command "${command}".` : 'sz-widgets: missing command.';
}

/** Runs the command line `args` (without node and the script); resolves to the exit code. */
export async function run(args: string[], io: Output = standardStreams): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h') || args[0] === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args[0] !== 'validate' || args.length !== 2 || args[1].startsWith('-')) {
    io.err(usageError(args[0]));
    io.err(USAGE);
    return 2;
  }
  const source = args[1];
  try {
    const { kind, problems } = await validateSource(source);
    for (const p of problems) io.out(`${p.path}: ${p.message}`);
    const count = problems.length;
    const found = count ? `${count} problem${count > 1 ? 's' : ''}` : 'no problems';
    io.out(`${source}: ${found} in this ${WHAT[kind]}.`);
    return count ? 1 : 0;
  } catch (e) {
    const why = e instanceof CannotReadError ? e.message : `validation failed: ${(e as Error).stack ?? e}`;
    io.err(`sz-widgets: ${why}`);
    return 2;
  }
}
