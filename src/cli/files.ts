/** Turns the command line's targets into the list of files to lint. */
import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { loadGlob, MARKDOWN_FILES, matcher } from '../io/glob.js';
import { walk } from '../io/walk.js';
import { UsageError } from './args.js';

/** A folder's markdown files, whatever the case of their extension (GitHub renders `NOTES.MD` too). */
const MARKDOWN = MARKDOWN_FILES;

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
  /** Deleted since the base revision (`--base`): compared with its base version, not read from disk. */
  deleted?: true;
}

/**
 * `deleted`: the files (relative to `cwd`, `/`-separated) the working tree
 * deleted since the base revision of `--base`. Those a target names, a
 * folder target holds or a glob target matches are targets too, flagged
 * `deleted`: deleting a page takes its rows away as surely as editing it.
 */
/**
 * Files a config's entries name beyond markdown (`docs/*.mdx`), which a
 * folder is searched for too: `globs` relative to `cwd`, and `keep`, whether
 * an entry applies to a file found so (its `!` globs honoured).
 */
export interface ConfiguredFiles {
  globs: readonly string[];
  keep(path: string): boolean;
}

/**
 * The globs of a config's `files:` that say which files to lint, as ESLint
 * reads a flat config's: not those whose last segment ends in `*` (`docs/**`
 * names files to check, not kinds of file to look for) nor the markdown a
 * folder is searched for anyway.
 */
export function fileKinds(globs: readonly string[]): string[] {
  return globs.filter((glob) => {
    if (glob.startsWith('!')) return false;
    const last = glob.replace(/\\/g, '/').split('/').pop() ?? '';
    return !last.endsWith('*') && !/\.(?:md|markdown)$/i.test(last);
  });
}

export async function expandTargets(targets: string[], cwd: string, deleted: readonly string[] = [], configured?: ConfiguredFiles): Promise<Target[]> {
  const seen = new Set<string>();
  const files: Target[] = [];
  const add = (path: string, explicit = false, gone = false) => {
    const key = resolve(cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push({ path, explicit, ...(gone ? { deleted: true as const } : {}) });
    }
  };
  // picomatch is loaded on demand (a named file needs none): only a run with deleted files asks here.
  const isMarkdown = deleted.length > 0 ? (await loadGlob([MARKDOWN, ...(configured?.globs ?? [])]), matcher(MARKDOWN, { dot: true, nocase: true })) : () => false;
  const isConfiguredKind = deleted.length > 0 && configured && configured.globs.length > 0 ? matcher([...configured.globs], { dot: true }) : () => false;
  // Found on disk and deleted, in one sorted list: the order does not depend on which is which.
  const addAll = (found: string[], gone: string[], path: (found: string) => string = (p) => p): void => {
    const goneSet = new Set(gone);
    [...found, ...gone].sort().forEach((p) => add(path(p), false, goneSet.has(p)));
  };
  /** Deleted pages (of a kind a folder is searched for) under a path that is no folder on disk any more. */
  const deletedUnder = (target: string): string[] => {
    const folder = relative(cwd, resolve(cwd, target)).split(sep).join('/');
    if (folder === '' || folder === '..' || folder.startsWith('../')) return [];
    return deleted.filter((path) => path.startsWith(`${folder}/`) && (isMarkdown(path) || (isConfiguredKind(path) && configured!.keep(path))));
  };
  for (const target of targets) {
    const kind = await kindOf(resolve(cwd, target), cwd);
    if (kind === 'file') {
      add(target, true);
    } else if (kind === 'directory') {
      const found = await walk(resolve(cwd, target), [MARKDOWN], { nocase: true });
      const inFolder = (path: string): string | undefined => {
        const rel = relative(resolve(cwd, target), resolve(cwd, path)).split(sep).join('/');
        return rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel) ? undefined : rel;
      };
      if (configured && configured.globs.length > 0) {
        // Walked from the working directory, where the globs are written; kept when inside this folder.
        const known = new Set(found);
        for (const path of await walk(cwd, configured.globs)) {
          const rel = inFolder(path);
          if (rel !== undefined && configured.keep(path) && !known.has(rel)) found.push(rel);
        }
      }
      // A deleted page of a kind the folder is searched for: markdown, or what an entry names.
      const inside = deleted.flatMap((path) => {
        const rel = inFolder(path);
        return rel !== undefined && (isMarkdown(rel) || (isConfiguredKind(path) && configured!.keep(path))) ? [rel] : [];
      });
      addAll(found, inside, (path) => join(target, path));
    } else if (kind === 'outside') {
      throw new UsageError(`${target} is a symlink to a folder outside the working directory; name the folder itself`);
    } else if ((await loadGlob([target])).scan(target).isGlob) {
      const found = await walk(cwd, [target]);
      const isMatch = matcher(posix.normalize(target.replace(/\\/g, '/')).replace(/^\.\//, ''), { dot: true });
      const gone = deleted.filter((path) => isMatch(path));
      if (found.length === 0 && gone.length === 0) throw new UsageError(`no files match the pattern "${target}"`);
      addAll(found, gone);
    } else if (deleted.includes(relative(cwd, resolve(cwd, target)).split(sep).join('/'))) {
      add(target, true, true);
    } else if (deletedUnder(target).length > 0) {
      // A folder the change deleted whole: its pages are deleted files, as a glob over it would name them.
      addAll([], deletedUnder(target));
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
