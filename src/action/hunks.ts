/**
 * The diff hunks of a pull request, as GitHub's review API sees them: a
 * review comment may only sit on a line of a hunk (its RIGHT side: a context
 * or added line of the head version), and a comment on a range of lines
 * must have both ends in the same hunk; one comment outside makes GitHub
 * reject the whole review with 422. Parsed with jsdiff's parsePatch, from
 * the files API's `patch` field or, when GitHub leaves it out, `git diff`.
 */
import { parsePatch } from 'diff';
import type { Git } from './git.js';

export interface Hunk {
  /** First and last line of the hunk in the head version (1-based, inclusive). */
  start: number;
  end: number;
  /** The head version's text of each line the hunk shows (context and added lines), by line number. */
  lines: Map<number, string>;
}

/** The hunks of one file's patch (with or without `diff --git` headers). */
export function parseHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  for (const file of parsePatch(patch)) {
    for (const hunk of file.hunks) {
      const lines = new Map<number, string>();
      let line = hunk.newStart;
      for (const text of hunk.lines) {
        const mark = text[0];
        if (mark === ' ' || mark === '+') lines.set(line++, text.slice(1));
        // '-' lines are the base's; '\' is "No newline at end of file".
      }
      if (lines.size > 0) hunks.push({ start: hunk.newStart, end: line - 1, lines });
    }
  }
  return hunks;
}

/** The hunk holding lines `first`..`last` whole, if one does. */
export const hunkOf = (hunks: readonly Hunk[], first: number, last: number): Hunk | undefined =>
  hunks.find((h) => h.start <= first && last <= h.end && h.lines.has(first) && h.lines.has(last));

/**
 * One file's hunks between the base and the head commit, from the clone
 * (it needs the history: `fetch-depth: 0`). Undefined when git cannot tell.
 * Both paths are given so a rename is diffed as GitHub shows it.
 */
export async function hunksFromGit(git: Git, baseSha: string, headSha: string, path: string, basePath: string | null): Promise<Hunk[] | undefined> {
  try {
    const paths = basePath && basePath !== path ? [basePath, path] : [path];
    const patch = await git([
      'diff',
      '--no-color',
      '--no-ext-diff',
      '-M',
      '-U3',
      '--end-of-options',
      `${baseSha}...${headSha}`,
      '--',
      ...paths.map((p) => `:(literal)${p}`),
    ]);
    return parseHunks(patch);
  } catch {
    return undefined;
  }
}
