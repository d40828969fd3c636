/**
 * Reading files a pull request may have written. The rules (the README's
 * "Security" section):
 *
 * - a path that resolves (through symlinks, its own or a folder's) outside
 *   the workspace is not read: `docs/leak.md -> /proc/self/environ` is
 *   reported as a finding on the link, and its target is never opened;
 * - only regular files are opened: a FIFO would block forever, `/dev/zero`
 *   would never end;
 * - the size is checked with `fstat` before reading, and at most the budget
 *   plus one byte is read even when the size lies (files in `/proc` say 0).
 *
 * A path named explicitly outside the workspace (the CLI run on
 * `../other/docs.md`) is read when it involves no symlink: the user chose it.
 */
// Synchronous calls: a run loads thousands of small files, and each of the
// promise-based calls below cost the main thread more than the work itself
// (on a 5,000-file tree the run waited on them while the parse workers
// idled). Nothing here can block: only regular files are read, opened
// with O_NONBLOCK.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Loaded, Loader } from '../engine/pipeline.js';
import { decodeUtf8 } from './utf8.js';

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

const describe = (error: unknown): string => {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ELOOP':
      return 'a loop of symlinks';
    default:
      return error instanceof Error ? error.message : String(error);
  }
};

/** The workspace's real path, resolved once per workspace rather than once per file. */
const realRoots = new Map<string, string>();
function realRootOf(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync.native(root);
    } catch {
      real = resolve(root);
    }
    realRoots.set(root, real);
  }
  return real;
}

/** What is at `path`, without opening it: a regular file's real path, or why it must not be read. */
export async function checkPath(path: string, root: string): Promise<{ real: string } | Exclude<Loaded, { kind: 'bytes' }>> {
  let real: string;
  try {
    // A missing path and a symlink to nothing both fail here with ENOENT; lstat tells them apart below.
    real = realpathSync.native(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A symlink whose target does not exist is still a symlink somebody added.
      try {
        if (lstatSync(path).isSymbolicLink()) return { kind: 'unsafe', reason: 'it is a symlink to a path that does not exist' };
      } catch {
        /* not there at all */
      }
      return { kind: 'missing' };
    }
    return { kind: 'unreadable', reason: describe(error) };
  }
  const logical = resolve(path);
  const realRoot = realRootOf(root);
  if (real !== logical && !inside(realRoot, real)) {
    return { kind: 'unsafe', reason: 'it is a symlink (or lies in a symlinked folder) that leads outside the workspace' };
  }
  // Git's own folder is inside the workspace and no file of the repository: actions/checkout keeps the token in .git/config.
  if (real !== logical && inGitFolder(relative(realRoot, real))) {
    return { kind: 'unsafe', reason: "it is a symlink (or lies in a symlinked folder) that leads into git's own .git folder" };
  }
  const stats = statSync(real);
  if (stats.isDirectory()) return { kind: 'unreadable', reason: 'it is a directory' };
  if (!stats.isFile()) return { kind: 'unsafe', reason: `it is not a regular file (${kindOf(stats)})` };
  return { real };
}

const kindOf = (stats: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string =>
  stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : 'not a file';

/** Whether a path relative to the workspace lies in git's own folder (`.git`, in any case, at any depth). */
const inGitFolder = (rel: string): boolean => rel.split(sep).some((segment) => segment.toLowerCase() === '.git');

/** Reads at most `maxBytes + 1` bytes of a regular file, after checking its size. */
export async function readBounded(real: string, maxBytes: number): Promise<Loaded> {
  // O_NONBLOCK: should the file have become a FIFO since it was checked, opening it must not block.
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'unsafe', reason: `it is not a regular file (${kindOf(stats)})` };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    const limit = maxBytes + 1;
    // One byte more than the size, so that the read that finds the end needs no larger buffer (and no copy).
    const buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(stats.size + 1, 4096)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length >= limit) break;
        const grown = Buffer.allocUnsafe(Math.min(limit, chunk.length * 2));
        chunk.copy(grown, 0, 0, length);
        chunk = grown;
      }
      const bytesRead = readSync(fd, chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { kind: 'too-large', size: length };
    return { kind: 'bytes', bytes: chunk.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** A loader for a file on disk, under the rules above; `root` is the workspace. */
export const diskLoader =
  (path: string, root: string): Loader =>
  async (maxBytes) => {
    try {
      const checked = await checkPath(resolve(root, path), root);
      if (!('real' in checked)) return checked;
      return await readBounded(checked.real, maxBytes);
    } catch (error) {
      return { kind: 'unreadable', reason: describe(error) };
    }
  };

/**
 * A file a config names (a schema, a source of truth): its text, or
 * undefined when it is not there or must not be read. Stricter than a
 * linted file: the path must lie inside `root` (the repository), however it
 * is written (`../../etc/passwd`, `/dev/zero`), and it is read with the size
 * budget.
 */
export async function readTextInside(path: string, root: string, maxBytes: number): Promise<string | ReadFailure | undefined> {
  if (!inside(resolve(root), resolve(root, path))) return { error: 'it is outside the repository; name files inside it' };
  // Git's own folder is no file of the repository, and holds what actions/checkout
  // stores there (the token, in .git/config): a config from a pull request must not read it.
  if (inGitFolder(relative(resolve(root), resolve(root, path)))) {
    return { error: "it is in git's own .git folder, which is no file of the repository (and holds the checkout's credentials)" };
  }
  const loaded = await diskLoader(path, root)(maxBytes);
  return textOf(loaded, maxBytes);
}

/** Why a file a config names could not be read. */
export interface ReadFailure {
  error: string;
}

export function textOf(loaded: Loaded, maxBytes: number): string | ReadFailure | undefined {
  switch (loaded.kind) {
    case 'missing':
      return undefined;
    case 'unsafe':
    case 'unreadable':
      return { error: loaded.reason };
    case 'too-large':
      return { error: `it is larger than the ${maxBytes}-byte size budget (budgets.maxFileBytes)` };
  }
  return decodeUtf8(loaded.bytes) ?? { error: 'it is not UTF-8 text' };
}
