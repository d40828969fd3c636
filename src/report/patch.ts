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
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3, maxEditLength: MAX_EDITS, timeout: 2_000 });
  // jsdiff starts with a line of `=`; git reads the "diff --git" form.
  return `diff --git a/${file} b/${file}\n${(patch ?? wholeFile(file, before, after)).replace(/^=+\n/, '')}`;
}

/** One hunk that removes every line of `before` and adds every line of `after`, as jsdiff writes hunks. */
function wholeFile(file: string, before: string, after: string): string {
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
  return [`--- a/${file}`, `+++ b/${file}`, `@@ -${range(old.count)} +${range(now.count)} @@`, ...old.lines, ...now.lines, ''].join('\n');
}
