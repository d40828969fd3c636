/**
 * Writing a file where a pull request cannot redirect it: the path must lie
 * inside one of the allowed folders (the workspace, the runner's temp
 * folder), every folder on the way must resolve inside it too (checked
 * before any folder is created, so a refused write leaves nothing behind),
 * and the file itself must not be a symlink (`report.json -> ~/.bashrc`
 * added by a PR would otherwise be overwritten). Refused writes throw with
 * the reason.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const within = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

const lstatOrUndefined = (path: string): Promise<Stats | undefined> => lstat(path).catch(() => undefined);

/** Creates `folder` and the folders above it that are missing, after checking that the deepest one there resolves inside `realRoot`. */
async function makeFolders(path: string, folder: string, realRoot: string): Promise<void> {
  const missing: string[] = [];
  let at = folder;
  while (!(await lstatOrUndefined(at))) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  const real = await realpath(at);
  if (real !== realRoot && !within(realRoot, real)) throw new Error(`${path} lies in a folder that is a symlink out of the workspace`);
  for (const created of missing) await mkdir(created);
}

export async function writeInside(path: string, base: string, roots: readonly string[], text: string): Promise<string> {
  const target = resolve(base, path);
  const root = roots.find((candidate) => within(resolve(candidate), target));
  if (!root) throw new Error(`${path} is outside the workspace and the runner's temp folder; choose a path inside the workspace`);
  const realRoot = await realpath(root);
  await makeFolders(path, dirname(target), realRoot);
  const folder = await realpath(dirname(target));
  if (folder !== realRoot && !within(realRoot, folder)) throw new Error(`${path} lies in a folder that is a symlink out of the workspace`);
  await writeRegular(path, target, text);
  return target;
}

/** Writes `target`, which must be a regular file or nothing: never through a symlink. */
async function writeRegular(path: string, target: string, text: string): Promise<void> {
  const existing = await lstatOrUndefined(target);
  if (existing && !existing.isFile()) throw new Error(`${path} exists and is not a regular file (a symlink?); remove it or choose another path`);
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/**
 * The CLI's writes (`--output-file`, `init`): a path inside the working
 * directory is held to `writeInside`'s rules with the working directory as
 * the root, since the tree may be a pull request's checkout; a path outside
 * it was chosen by whoever typed the command, and only the file itself must
 * not be a symlink.
 */
export async function writeUserFile(path: string, cwd: string, text: string): Promise<string> {
  const target = resolve(cwd, path);
  if (within(resolve(cwd), target)) return writeInside(path, cwd, [cwd], text);
  await makeMissing(dirname(target));
  await writeRegular(path, target, text);
  return target;
}

/**
 * `mkdir -p`, one folder at a time from the deepest one there. Node's own
 * `{ recursive: true }` loops for ever where a folder that exists answers
 * ENOENT for a child it cannot hold (`/proc/nope/x`); this fails instead,
 * with mkdir's error.
 */
async function makeMissing(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let at = folder; !(await lstatOrUndefined(at)); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const created of missing) await mkdir(created);
}

/** Whether something (a file, a folder, a symlink, even a dangling one) is at `path`. */
export async function occupied(path: string): Promise<boolean> {
  return (await lstatOrUndefined(path)) !== undefined;
}
