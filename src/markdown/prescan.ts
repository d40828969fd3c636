/**
 * A linear pre-scan that rules out files which cannot contain a GFM table.
 *
 * A table needs a delimiter row (`|---|`, `-- | --`, `|-|:-:|`, and for one
 * column without pipes `:-:` or `--:`), which is made of pipes, dashes,
 * colons and blanks only, with a dash and a pipe or colon. Before it there
 * may be container prefixes (`>` of block quotes, list markers `-`, `*`,
 * `+`, `1.`, `1)` and indentation). So a line whose characters all come from
 * the union of those sets, with a dash and a pipe or colon, might be a
 * delimiter row; a file without such a line has no table. This over-approximates on
 * purpose (a line like `1. |-` passes): a false "maybe" only costs a parse,
 * a false "no" would hide a table. One pass, no regular expressions, so
 * no input can make it slow.
 */

// Characters allowed on a delimiter-row candidate line, indexed by char code.
const ALLOWED = new Uint8Array(128);
// A vertical tab and a form feed are blanks to GitHub's renderer (see asGitHubReads in read.ts).
for (const char of ' \t\v\f|:-' + '>*+.)' + '0123456789') ALLOWED[char.charCodeAt(0)] = 1;

const PIPE = 124;
const DASH = 45;
const COLON = 58;
const LF = 10;
const CR = 13;

/** Whether `source` has a line that could be a table's delimiter row. */
export function mayContainTable(source: string): boolean {
  return scanFrom(source, '|') || scanFrom(source, ':');
}

/**
 * Jumps from one `mark` (pipe or colon) to the next: most lines of most
 * files have none. Each line is looked at once: the walk back stops where
 * the last search began.
 */
function scanFrom(source: string, mark: string): boolean {
  let from = 0;
  let at = source.indexOf(mark);
  while (at !== -1) {
    let start = at;
    while (start > from && source.charCodeAt(start - 1) !== LF && source.charCodeAt(start - 1) !== CR) start--;
    const end = lineEnd(source, at);
    if (isDelimiterCandidate(source, start, end)) return true;
    from = end;
    at = source.indexOf(mark, end);
  }
  return false;
}

/** Whether the line `source[start, end)` could be a delimiter row, container prefixes included. */
export function isDelimiterCandidate(source: string, start: number, end: number): boolean {
  let marked = false;
  let dash = false;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code >= 128 || ALLOWED[code] === 0) return false;
    if (code === PIPE || code === COLON) marked = true;
    else if (code === DASH) dash = true;
  }
  return marked && dash;
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
