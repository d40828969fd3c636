/**
 * A linear pre-scan that rules out files which cannot contain a GFM table.
 *
 * A table needs a delimiter row (`|---|`, `-- | --`, `|-|:-:|`), which is
 * made of pipes, dashes, colons and blanks only. Before it there may be
 * container prefixes (`>` of block quotes, list markers `-`, `*`, `+`, `1.`,
 * `1)` and indentation). So a line whose characters all come from the union
 * of those sets, with at least one pipe and one dash, might be a delimiter
 * row; a file without such a line has no table. This over-approximates on
 * purpose (a line like `1. |-` passes): a false "maybe" only costs a parse,
 * a false "no" would hide a table. One pass, no regular expressions, so
 * no input can make it slow.
 */

// Characters allowed on a delimiter-row candidate line, indexed by char code.
const ALLOWED = new Uint8Array(128);
for (const char of ' \t|:-' + '>*+.)' + '0123456789') ALLOWED[char.charCodeAt(0)] = 1;

const PIPE = 124;
const DASH = 45;
const LF = 10;
const CR = 13;

/** Whether `source` has a line that could be a table's delimiter row. */
export function mayContainTable(source: string): boolean {
  // Jump from pipe to pipe: most lines of most files have none.
  // Each line is looked at once: the walk back stops where the last search began.
  let from = 0;
  let pipe = source.indexOf('|');
  while (pipe !== -1) {
    let start = pipe;
    while (start > from && source.charCodeAt(start - 1) !== LF && source.charCodeAt(start - 1) !== CR) start--;
    const end = lineEnd(source, pipe);
    if (isDelimiterCandidate(source, start, end)) return true;
    from = end;
    pipe = source.indexOf('|', end);
  }
  return false;
}

/** Whether the line `source[start, end)` could be a delimiter row, container prefixes included. */
export function isDelimiterCandidate(source: string, start: number, end: number): boolean {
  let pipe = false;
  let dash = false;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code >= 128 || ALLOWED[code] === 0) return false;
    if (code === PIPE) pipe = true;
    else if (code === DASH) dash = true;
  }
  return pipe && dash;
}

/** Index of the line ending (or the end of the source) at or after `from`. */
export function lineEnd(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (code === LF || code === CR) return i;
    i++;
  }
  return i;
}
