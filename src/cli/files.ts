/** Turns the command line's targets into the list of files to lint. */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './args.js';

const MARKDOWN = '**/*.{md,markdown}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Files in target order, each once: a file as named, a directory's markdown
 * files and a glob's matches sorted by path. Paths are relative to `cwd`
 * unless the target was absolute.
 */
export async function expandTargets(targets: string[], cwd: string): Promise<string[]> {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (path: string) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(path);
    }
  };
  for (const target of targets) {
    const kind = await kindOf(resolve(cwd, target));
    if (kind === 'file') {
      add(target);
    } else if (kind === 'directory') {
      const found = await glob(MARKDOWN, { cwd: resolve(cwd, target), ignore: IGNORE, onlyFiles: true });
      found.sort().forEach((path) => add(join(target, path)));
    } else if (isDynamicPattern(target)) {
      const found = await glob(target, { cwd, ignore: IGNORE, onlyFiles: true });
      if (found.length === 0) throw new UsageError(`no files match the pattern "${target}"`);
      found.sort().forEach(add);
    } else {
      throw new UsageError(`${target}: no such file or directory`);
    }
  }
  return files;
}

async function kindOf(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch {
    return undefined;
  }
}
