// Where a position in a built file comes from, read from the source map the build writes beside
// it (dist/**/*.js.map): so a long task can be reported as "src/news-list/…ts:120" rather than as
// an offset in minified code. Only what that needs: the `mappings` field, decoded by hand.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { dist, root } from './paths.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one segment of `mappings` (base64 VLQ: 5 bits a digit, the sign in the lowest bit). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value % 2 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const cache = new Map();

/**
 * The decoded segments of `file`'s map, line by line: [column, source, line, column]. `builtAt`:
 * where the build wrote the file (its map names the sources relative to that place).
 */
function load(file, builtAt) {
  if (cache.has(file)) return cache.get(file);
  let entry = null;
  if (existsSync(file) && existsSync(`${file}.map`)) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const code = readFileSync(file, 'utf8');
    // Every field but the generated column carries over from line to line.
    let source = 0;
    let line = 0;
    let column = 0;
    const lines = map.mappings.split(';').map((text) => {
      let generated = 0;
      const segments = [];
      for (const piece of text.split(',')) {
        if (!piece) continue;
        const [dGenerated, dSource, dLine, dColumn] = decodeSegment(piece);
        generated += dGenerated;
        if (dSource === undefined) continue;
        source += dSource;
        line += dLine;
        column += dColumn;
        segments.push([generated, source, line, column]);
      }
      return segments;
    });
    const base = resolve(dirname(builtAt), map.sourceRoot ?? '');
    entry = { code, lines, sources: map.sources.map((s) => resolve(base, s)) };
  }
  cache.set(file, entry);
  return entry;
}

/**
 * The source file and line of character `offset` (UTF-16 units, as the browser counts them) in
 * the built `file`, relative to the repository; undefined without a map or a mapping there.
 */
export function originalPosition(file, offset, builtAt = file) {
  const map = load(file, builtAt);
  if (!map || offset > map.code.length) return undefined;
  const before = map.code.slice(0, offset).split('\n');
  const segments = map.lines[before.length - 1] ?? [];
  const column = before[before.length - 1].length;
  let found;
  for (const segment of segments) if (segment[0] <= column) found = segment;
  if (!found) return undefined;
  // A dependency through a linked node_modules folder: named from node_modules/ on.
  const path = relative(root, map.sources[found[1]]);
  const modules = path.lastIndexOf('node_modules/');
  return `${modules > 0 ? path.slice(modules) : path}:${found[2] + 1}`;
}

/**
 * `originalPosition` for a URL path under /dist/, served from `distDir` (the bench's copy of
 * dist/, whose maps still name the sources relative to dist/).
 */
export function sourceOf(distDir, path, offset) {
  if (!path.startsWith('/dist/') || !(offset >= 0)) return undefined;
  const inDist = path.slice('/dist/'.length);
  return originalPosition(join(distDir, inDist), offset, join(dist, inDist));
}
