/**
 * Files as they were at the base commit, as loaders for the pipeline: from
 * the clone when it has the commit, else from the contents API
 * (actions/checkout fetches one commit). Either way with the size budget (a
 * larger blob is never read past it) and as bytes, which the pipeline checks
 * for UTF-8 as it checks a file on disk.
 */
import type { Loaded, Loader } from '../engine/pipeline.js';
import { gitLoader } from '../io/git.js';
import { describeApiError, type GitHubApi } from './github-api.js';

/** A repository path git and the API may be given: relative, `/`-separated, no `..`, no NUL or newline. */
export const isRepoPath = (path: string): boolean =>
  path !== '' && !path.startsWith('/') && !/[\0\n\r]/.test(path) && !path.split('/').some((part) => part === '..' || part === '');

/** `what`: which commit this is, for the error (`base`, or `head` when the workspace holds another commit). */
export function baseLoader(sha: string, inClone: boolean, cwd: string, api: GitHubApi, what: 'base' | 'head' = 'base'): (path: string) => Loader {
  return (path) => async (maxBytes): Promise<Loaded> => {
    if (!isRepoPath(path)) return { kind: 'unsafe', reason: 'its path is not a plain path inside the repository' };
    if (inClone) return gitLoader(cwd, sha, path)(maxBytes);
    let read: Awaited<ReturnType<GitHubApi['getFileAtRef']>>;
    try {
      read = await api.getFileAtRef(path, sha, maxBytes);
    } catch (error) {
      throw new Error(
        `Could not read ${path} at the ${what} commit ${sha.slice(0, 7)}: ${describeApiError(error)}. ` +
          'Fetch the history in actions/checkout (`fetch-depth: 0`) or grant `contents: read`; `gate: all` needs no base.',
      );
    }
    if (read === undefined) return { kind: 'missing' };
    return 'size' in read ? { kind: 'too-large', size: read.size } : { kind: 'bytes', bytes: read.bytes };
  };
}
