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
