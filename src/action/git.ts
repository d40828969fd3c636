/**
 * The git command line, the Action's only way to see commits in the
 * workspace. Values from the event payload never reach git unchecked: commit
 * ids must look like commit ids, and every call ends its options with
 * `--end-of-options`, so a "SHA" of `--output=/tmp/x` is refused rather than
 * read as an option.
 */
import { execFile } from 'node:child_process';

export interface Git {
  (args: string[], options?: { maxBuffer?: number }): Promise<string>;
}

/** A full SHA-1 (40) or SHA-256 (64) commit id, as GitHub's events carry. */
export const isCommitId = (value: string): boolean => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);

export function checkedCommit(value: string, field: string): string {
  if (!isCommitId(value)) throw new Error(`The event's ${field} is not a commit id (40 or 64 hexadecimal digits), so it is not passed to git.`);
  return value;
}

function runGit(cwd: string, args: string[], maxBuffer: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer, encoding: 'buffer', timeout: 120_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]} failed: ${stderr.toString('utf8').trim() || error.message}`));
      else resolve(stdout);
    });
  });
}

export function gitIn(cwd: string): Git {
  const git = async (args: string[], options: { maxBuffer?: number } = {}) =>
    (await runGit(cwd, args, options.maxBuffer ?? 64 * 1024 * 1024)).toString('utf8');
  return git;
}

/** Whether a commit is in the local clone (actions/checkout fetches one commit by default). */
export const hasCommit = async (git: Git, sha: string): Promise<boolean> => {
  try {
    await git(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether the workspace holds a pull request's head: the head itself, a
 * merge of it (the `refs/pull/N/merge` commit actions/checkout makes for
 * `pull_request`, whose parents name the head even in a one-commit clone),
 * or a commit after it. `undefined` when the workspace is no git clone.
 * On `pull_request_target` actions/checkout checks out the base branch,
 * and linting that would pass a pull request nobody looked at.
 */
export async function holdsCommit(git: Git, sha: string): Promise<{ holds: boolean; checkedOut: string } | undefined> {
  let checkedOut: string;
  let object: string;
  try {
    checkedOut = (await git(['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])).trim();
    object = await git(['cat-file', 'commit', checkedOut]);
  } catch {
    return undefined;
  }
  if (checkedOut === sha) return { holds: true, checkedOut };
  const header = object.slice(0, object.indexOf('\n\n') === -1 ? object.length : object.indexOf('\n\n'));
  if (header.split('\n').some((line) => line === `parent ${sha}`)) return { holds: true, checkedOut };
  try {
    await git(['merge-base', '--is-ancestor', '--end-of-options', sha, checkedOut]);
    return { holds: true, checkedOut };
  } catch {
    return { holds: false, checkedOut };
  }
}
