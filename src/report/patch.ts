/**
 * Unified diffs of fixed files, shared by the CLI (`--format diff`) and the
 * Action (the patch of fixes in the job summary), so both hand out the same
 * `git apply`-able text.
 */
import { createTwoFilesPatch } from 'diff';

/**
 * A line diff costs the lines times the edits; past this many edits (a
 * 10,000-row table sorted from reverse order) the patch replaces the whole
 * file instead, which applies as well and costs one pass.
 */
const MAX_EDITS = 1_000;

/** A `git apply`-able diff of one file. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const [from, to] = [gitPath(`a/${file}`), gitPath(`b/${file}`)];
  const patch = createTwoFilesPatch(from, to, before, after, undefined, undefined, { context: 3, maxEditLength: MAX_EDITS, timeout: 2_000 });
  // jsdiff starts with a line of `=`; git reads the "diff --git" form.
  return `diff --git ${from} ${to}\n${(patch ?? wholeFile(from, to, before, after)).replace(/^=+\n/, '')}`;
}

const C_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };

/**
 * A path as git writes it in a patch header: in double quotes with C escapes
 * when it holds a control character, a quote or a backslash (git's
 * quote_c_style), bare otherwise. A file name is a pull request author's
 * choice: written bare, a newline in it would end the header line and the
 * rest of the name would be read as patch lines (`rename from run.sh`, a
 * binary hunk), and `git apply` would change a file the fixes never touched.
 */
export function gitPath(path: string): string {
  if (!/[\x00-\x1f\x7f"\\]/.test(path)) return path;
  let out = '"';
  for (const char of path) {
    const code = char.codePointAt(0)!;
    if (C_ESCAPES[char] !== undefined) out += C_ESCAPES[char];
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
    // Inside quotes git reads bytes: a character past ASCII as the octal escapes of its UTF-8 bytes.
    else if (code > 0x7e) for (const byte of new TextEncoder().encode(char)) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** One hunk that removes every line of `before` and adds every line of `after`, as jsdiff writes hunks. */
function wholeFile(from: string, to: string, before: string, after: string): string {
  const side = (text: string, sign: '-' | '+'): { lines: string[]; count: number } => {
    if (text === '') return { lines: [], count: 0 };
    const parts = text.split('\n');
    const ended = parts.at(-1) === '';
    if (ended) parts.pop();
    const lines = parts.map((line) => sign + line);
    if (!ended) lines.push('\\ No newline at end of file');
    return { lines, count: parts.length };
  };
  const old = side(before, '-');
  const now = side(after, '+');
  const range = (count: number): string => (count === 0 ? '0,0' : `1,${count}`);
  return [`--- ${from}`, `+++ ${to}`, `@@ -${range(old.count)} +${range(now.count)} @@`, ...old.lines, ...now.lines, ''].join('\n');
}
