/**
 * File versions from git, for the CLI's `--base REF` and `diff --base REF`:
 * a loader per file that reads `REF:./path` (relative to the working
 * directory) with the size budget, asking git for the size before reading
 * the blob. Every call ends git's options with `--end-of-options`, so a
 * revision can never be taken for an option.
 */
import type { Loaded, Loader } from '../engine/pipeline.js';

async function git(cwd: string, args: string[], maxBuffer = 1024 * 1024): Promise<Buffer> {
  // Loaded on first use: node:child_process brings net and streams, a few milliseconds of every start, and most runs call no git.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.toString('utf8').trim() || error.message));
      else resolve(stdout);
    });
  });
}

/** The commit a revision names, or undefined when it names none (or this is no git repository). */
export async function resolveCommit(cwd: string, revision: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `path` (relative to `cwd`) as it was at `commit`; `missing` when the commit does not have it. */
export const gitLoader = (cwd: string, commit: string, path: string): Loader =>
  blobLoader(cwd, `${commit}:./${path.replace(/\\/g, '/').replace(/^\.\//, '')}`);

/** A git object (`COMMIT:path`) as a loader: its size is asked first, and a blob past the budget is never read. */
export const blobLoader =
  (cwd: string, object: string): Loader =>
  async (maxBytes): Promise<Loaded> => {
    let type: string;
    let size: number;
    try {
      type = (await git(cwd, ['cat-file', '-t', '--end-of-options', object])).toString('utf8').trim();
      size = Number((await git(cwd, ['cat-file', '-s', '--end-of-options', object])).toString('utf8').trim());
    } catch {
      return { kind: 'missing' };
    }
    if (type !== 'blob') return { kind: 'missing' };
    if (size > maxBytes) return { kind: 'too-large', size };
    return { kind: 'bytes', bytes: new Uint8Array(await git(cwd, ['cat-file', 'blob', '--end-of-options', object], maxBytes + 1024)) };
  };

/** The entries of `git diff --name-status -M -z` output: a status letter, the path, and for a rename or copy the path before. */
function nameStatus(output: string): { kind: string; path: string; from?: string }[] {
  const fields = output.split('\0');
  const out: { kind: string; path: string; from?: string }[] = [];
  for (let i = 0; i < fields.length; ) {
    const kind = (fields[i++] ?? '')[0];
    if (kind === undefined) continue;
    if (kind === 'R' || kind === 'C') {
      const from = fields[i++] ?? '';
      out.push({ kind, path: fields[i++] ?? '', from });
    } else out.push({ kind, path: fields[i++] ?? '' });
  }
  return out.filter((entry) => entry.path !== '');
}

/**
 * Each changed file of `git diff --name-status -M -z` output with its path at
 * the base (null when the change added it); a deleted file has `deleted`,
 * and its base path as both.
 */
export const fromNameStatus = (output: string): { path: string; basePath: string | null; deleted?: true }[] =>
  nameStatus(output).map(({ kind, path, from }) =>
    kind === 'D' ? { path, basePath: path, deleted: true as const } : { path, basePath: kind === 'R' ? from! : kind === 'A' || kind === 'C' ? null : path },
  );

/** Every path in `git diff --name-status -z` output: added, modified, deleted, and both names of a rename or copy. */
export const touchedIn = (output: string): string[] => nameStatus(output).flatMap(({ path, from }) => (from !== undefined && from !== '' ? [from, path] : [path]));

/**
 * What the working tree changed since `commit`, paths relative to `cwd`:
 * files it has under another name (`git mv`, staged or committed), path now
 * → path then, so `--base` compares a moved page with its own past as the
 * Action does; and every path it touched (untracked files too), so a
 * source of truth the change edited is known. Unknown (`touched`
 * undefined) when git cannot tell.
 */
export async function changesSince(cwd: string, commit: string): Promise<{ renames: Map<string, string>; touched: string[] | undefined; deleted: string[] }> {
  try {
    const output = (await git(cwd, ['diff', '--name-status', '-M', '-z', '--relative', '--end-of-options', commit, '--'], 64 * 1024 * 1024)).toString('utf8');
    const untracked = (await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard'], 64 * 1024 * 1024)).toString('utf8').split('\0').filter((path) => path !== '');
    const files = fromNameStatus(output);
    const renames = new Map(files.flatMap(({ path, basePath }) => (basePath !== null && basePath !== path ? [[path, basePath] as [string, string]] : [])));
    return { renames, touched: [...touchedIn(output), ...untracked], deleted: files.filter((file) => file.deleted).map((file) => file.path) };
  } catch {
    return { renames: new Map(), touched: undefined, deleted: [] };
  }
}
