/**
 * Which files a pull request or push changed, and where each one was at the
 * base commit (renames are followed so its findings can be compared).
 */
import type { EventInfo } from './event.js';
import type { Git } from './git.js';
import { fromNameStatus, touchedIn } from '../io/git.js';
import { describeApiError, type GitHubApi } from './github-api.js';

export interface ChangedFile {
  path: string;
  /** The file's path at the base commit; null when the change added it. */
  basePath: string | null;
  /** Its diff hunks, as the files API gives them (absent for large diffs, and when git listed the files). */
  patch?: string;
  /**
   * The files API listed it without a patch: a diff too large to show (or a
   * binary file), on which GitHub takes no review comment (422 "path diff
   * too large"). Its fixes go to the summary's patch, never to the review.
   */
  patchless?: true;
  /** The change deleted the file (`path` and `basePath` are then its path at the base). */
  deleted?: true;
}

/** The pull request files API lists at most this many files. */
export const MAX_PR_FILES = 3000;

export interface ChangedFiles {
  files: ChangedFile[];
  /** Every path the change touched: added, modified, deleted, and both names of a rename. */
  touched: string[];
  /** Said once in the log, and as a notice when the fallback was needed. */
  source: 'api' | 'git';
  note?: string;
}

export function fromPullFiles(files: { filename: string; status: string; previous_filename?: string; patch?: string }[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const f of files) {
    // A deleted page's rows are removals too: judged against the base, never linted at the head.
    if (f.status === 'removed') {
      out.push({ path: f.filename, basePath: f.filename, deleted: true });
      continue;
    }
    const patch = typeof f.patch === 'string' ? { patch: f.patch } : { patchless: true as const };
    if (f.status === 'renamed' && f.previous_filename) out.push({ path: f.filename, basePath: f.previous_filename, ...patch });
    // A copy's findings were never in this file, so they count as new.
    else if (f.status === 'added' || f.status === 'copied') out.push({ path: f.filename, basePath: null, ...patch });
    else out.push({ path: f.filename, basePath: f.filename, ...patch });
  }
  return out;
}

export { fromNameStatus };

const gitDiff = async (git: Git, range: string): Promise<{ files: ChangedFile[]; touched: string[] }> => {
  const output = await git(['diff', '--name-status', '-M', '-z', '--end-of-options', range, '--']);
  return { files: fromNameStatus(output), touched: touchedIn(output) };
};

/** Every path the files API lists: both names of a rename, removed files too. */
const touchedBy = (files: { filename: string; previous_filename?: string }[]): string[] =>
  files.flatMap((f) => (typeof f.previous_filename === 'string' ? [f.filename, f.previous_filename] : [f.filename]));

/**
 * The files an event changed; undefined when the event has no base to compare
 * with (every file is then in scope). Throws with what to do when neither the
 * API nor the clone can tell. `preferGit` (mode: analyse, which should touch
 * no API) asks the clone first, and the API only when the clone lacks the
 * history (actions/checkout's default fetch-depth: 1).
 */
export async function listChangedFiles(event: EventInfo, api: GitHubApi, git: Git, { preferGit = false } = {}): Promise<ChangedFiles | undefined> {
  if (event.kind === 'pull_request') {
    if (preferGit) {
      const diff = await gitDiff(git, `${event.baseSha}...${event.headSha}`).catch(() => undefined);
      if (diff) return { ...diff, source: 'git' };
    }
    let reason: string;
    try {
      const listed = await api.listPullFiles(event.number);
      if (!Array.isArray(listed)) throw new Error('the answer is not a list of files');
      // A body cut off or unreadable reaches here as an empty list (Octokit reads it as "", its pagination
      // as []): a list that is not as long as the event says, or empty, is confirmed with git, never taken
      // for a pull request that changed nothing (which would check nothing and pass).
      const expected = event.changedFiles;
      if (expected !== undefined && expected < MAX_PR_FILES && listed.length !== expected) {
        reason = `the pull request files API listed ${listed.length} file${listed.length === 1 ? '' : 's'}, and the event says the pull request changes ${expected}`;
      } else if (expected === undefined && listed.length === 0) {
        reason = 'the pull request files API listed no file';
      } else if (listed.length < MAX_PR_FILES) return { files: fromPullFiles(listed), touched: touchedBy(listed), source: 'api' };
      else reason = `the pull request has ${MAX_PR_FILES} or more files, more than the API lists`;
    } catch (error) {
      reason = `the pull request files API failed (${describeApiError(error)})`;
    }
    try {
      const diff = await gitDiff(git, `${event.baseSha}...${event.headSha}`);
      return { ...diff, source: 'git', note: `Listed the changed files with git because ${reason}.` };
    } catch (error) {
      throw new Error(
        `Could not list the files this pull request changed: ${reason}, and ${(error as Error).message}. ` +
          'Fetch the history in actions/checkout (`fetch-depth: 0`), or set `scope: all`.',
      );
    }
  }
  if (event.kind === 'push') {
    try {
      return { ...(await gitDiff(git, `${event.before}..${event.after}`)), source: 'git' };
    } catch {
      // Shallow clones (actions/checkout's default) lack the `before` commit.
      return undefined;
    }
  }
  return undefined;
}
