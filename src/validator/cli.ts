// `sz-widgets validate <file or URL>`: one line per problem ("path: message"), then a summary.
// Exit codes: 0 no problems, 1 problems, 2 the input cannot be read or the command is wrong.
import { CannotReadError, validateSource } from './validate.js';

export const USAGE = `Usage: sz-widgets validate <file or URL>
       sz-widgets feed [SOURCE ...] --out news.json   (sz-widgets feed --help)

Checks a centres dataset (GeoJSON FeatureCollection) or a news feed (JSON Feed 1.1)
before you publish it, against the JSON Schemas and the rules the widgets apply.
Prints one line per problem, "path: message", where path is a JSONPath such as
$.features[3].properties.country, then a summary line.

Exit codes: 0 no problems, 1 problems found, 2 the input cannot be read or bad usage.`;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const standardStreams: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the command line `args` (without node and the script); resolves to the exit code. */
export async function run(args: string[], io: Output = standardStreams): Promise<number> {
  if (args.some((a) => a === '--help' || a === '-h') || args[0] === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args[0] !== 'validate' || args.length !== 2 || args[1].startsWith('-')) {
    io.err(
      args[0] === 'validate'
        ? 'sz-widgets: validate takes one file or URL.'
        : args[0]
          ? `sz-widgets: unknown command "${args[0]}".`
          : 'sz-widgets: missing command.',
    );
    io.err(USAGE);
    return 2;
  }
  const source = args[1];
  try {
    const { kind, problems } = await validateSource(source);
    for (const p of problems) io.out(`${p.path}: ${p.message}`);
    const what = kind === 'centres' ? 'centres dataset' : kind === 'news' ? 'news feed' : 'file';
    const n = problems.length;
    io.out(n ? `${source}: ${n} problem${n > 1 ? 's' : ''} in this ${what}.` : `${source}: no problems in this ${what}.`);
    return n ? 1 : 0;
  } catch (e) {
    io.err(`sz-widgets: ${e instanceof CannotReadError ? e.message : `validation failed: ${(e as Error).stack ?? e}`}`);
    return 2;
  }
}
