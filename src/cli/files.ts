/** Turns the command line's targets into the list of files to lint. */
import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadGlob } from '../io/glob.js';
import { walk } from '../io/walk.js';
import { UsageError } from './args.js';

/** A folder's markdown files, whatever the case of their extension (GitHub renders `NOTES.MD` too). */
const MARKDOWN = '**/*.{md,markdown}';

/**
 * Files in target order, each once: a file as named, a directory's markdown
 * files and a glob's matches sorted by path. Paths are relative to `cwd`
 * unless the target was absolute. Symlinked folders inside a directory are
 * not entered; one named as a target is walked only when it stays inside the
 * working directory.
 */
/** A file to lint; `explicit` when the user named it (not found in a folder or by a glob). */
export interface Target {
  path: string;
  explicit: boolean;
}

export async function expandTargets(targets: string[], cwd: string): Promise<Target[]> {
  const seen = new Set<string>();
  const files: Target[] = [];
  const add = (path: string, explicit = false) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push({ path, explicit });
    }
  };
  for (const target of targets) {
    const kind = await kindOf(resolve(cwd, target), cwd);
    if (kind === 'file') {
      add(target, true);
    } else if (kind === 'directory') {
      const found = await walk(resolve(cwd, target), [MARKDOWN], { nocase: true });
      found.forEach((path) => add(join(target, path)));
    } else if (kind === 'outside') {
      throw new UsageError(`${target} is a symlink to a folder outside the working directory; name the folder itself`);
    } else if ((await loadGlob()).scan(target).isGlob) {
      const found = await walk(cwd, [target]);
      if (found.length === 0) throw new UsageError(`no files match the pattern "${target}"`);
      found.forEach((path) => add(path));
    } else {
      // `-c x.yml diff --base main`: a command named after options reads as a file name.
      const command = ['diff', 'rows', 'init'].includes(target) ? `; to run the ${target} command, put it first: support-table-lint ${target} [options]` : '';
      throw new UsageError(`${target}: no such file or directory${command}`);
    }
  }
  return files;
}

/** A named file (of any kind: the loader decides what may be read), a folder to walk, or nothing there. */
async function kindOf(path: string, cwd: string): Promise<'file' | 'directory' | 'outside' | undefined> {
  try {
    const link = await lstat(path);
    if (!link.isSymbolicLink()) return link.isDirectory() ? 'directory' : 'file';
    const target = await stat(path).catch(() => undefined);
    if (!target?.isDirectory()) return 'file';
    const rel = relative(await realpath(cwd), await realpath(path));
    return rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? 'outside' : 'directory';
  } catch {
    return undefined;
  }
}
