/**
 * Writing a report file where a pull request cannot redirect it: the path
 * must lie inside one of the allowed folders (the workspace, the runner's
 * temp folder), every folder on the way must resolve inside it too, and the
 * file itself must not be a symlink (`report.json -> ~/.bashrc` added by a
 * PR would otherwise be overwritten). Refused writes throw with the reason.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const within = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};

export async function writeInside(path: string, base: string, roots: readonly string[], text: string): Promise<string> {
  const target = resolve(base, path);
  const root = roots.find((candidate) => within(resolve(candidate), target));
  if (!root) throw new Error(`${path} is outside the workspace and the runner's temp folder; choose a path inside the workspace`);
  const realRoot = await realpath(root);
  await mkdir(dirname(target), { recursive: true });
  const folder = await realpath(dirname(target));
  if (folder !== realRoot && !within(realRoot, folder)) throw new Error(`${path} lies in a folder that is a symlink out of the workspace`);
  const existing = await lstat(target).catch(() => undefined);
  if (existing && !existing.isFile()) throw new Error(`${path} exists and is not a regular file (a symlink?); remove it or choose another path`);
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  return target;
}
