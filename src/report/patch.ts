/**
 * Unified diffs of fixed files, shared by the CLI (`--format diff`) and the
 * Action (the patch of fixes in the job summary), so both hand out the same
 * `git apply`-able text.
 */
import { createTwoFilesPatch } from 'diff';

/** A `git apply`-able diff of one file. */
export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff starts with a line of `=`; git reads the "diff --git" form.
  return `diff --git a/${file} b/${file}\n${patch.replace(/^=+\n/, '')}`;
}
