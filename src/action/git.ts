/** The git command line, the Action's only way to see commits in the workspace. */
import { execFile } from 'node:child_process';

export type Git = (args: string[]) => Promise<string>;

export const gitIn =
  (cwd: string): Git =>
  (args) =>
    new Promise((resolve, reject) => {
      execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args[0]} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      });
    });

/** Whether a commit is in the local clone (actions/checkout fetches one commit by default). */
export const hasCommit = async (git: Git, sha: string): Promise<boolean> => {
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
};
