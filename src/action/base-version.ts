/**
 * Files as they were at the base commit: from the clone when it has the
 * commit, else from the contents API (actions/checkout fetches one commit).
 */
import type { Git } from './git.js';
import { describeApiError, type GitHubApi } from './github-api.js';

export type ReadAt = (path: string) => Promise<string | undefined>;

export function baseReader(sha: string, inClone: boolean, git: Git, api: GitHubApi): ReadAt {
  if (inClone) {
    return async (path) => {
      try {
        return await git(['show', `${sha}:${path}`]);
      } catch {
        return undefined; // not in that commit
      }
    };
  }
  return async (path) => {
    try {
      return await api.getFileAtRef(path, sha);
    } catch (error) {
      throw new Error(
        `Could not read ${path} at the base commit ${sha.slice(0, 7)}: ${describeApiError(error)}. ` +
          'Fetch the history in actions/checkout (`fetch-depth: 0`) or grant `contents: read`; `gate: all` needs no base.',
      );
    }
  };
}
