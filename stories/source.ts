/**
 * Turns the markup Storybook captured from a story into what a webmaster pastes: no Lit marker
 * comments, boolean attributes written bare (`hide-summary`, not `hide-summary=""`), no blank
 * lines, and the indentation of the story's template literal removed.
 */
export function pasteableHtml(code: string): string {
  const lines = code
    .replace(/<!--\?lit\$\d+\$-->|<!--\??-->/g, '')
    .replace(/ ([a-z][a-z-]*)=""/g, ' $1')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  // The first line starts right after the backtick; the others carry the template's indent.
  const indent = Math.min(...lines.slice(1).map((line) => line.length - line.trimStart().length));
  return lines
    .map((line, i) =>
      i === 0 ? line.trimStart() : line.slice(Math.min(indent, line.length - line.trimStart().length)),
    )
    .join('\n');
}
