/**
 * File versions from git, for the CLI's `--base REF` and `diff --base REF`
 * and the Action's base commit: a loader per file that finds the path in
 * the commit's tree (`git ls-tree`, which gives its mode and size) and reads
 * the blob with the size budget. Every call ends git's options with
 * `--end-of-options`, so a revision can never be taken for an option, and
 * paths are literal (`--literal-pathspecs`: a `*` in a name is a `*`).
 */
import { posix } from 'node:path';
import type { Loaded, Loader } from '../engine/pipeline.js';

/**
 * How long one git call may take, in ms: a blob of a partial clone is fetched from its remote, which
 * may not answer. `SUPPORT_TABLE_LINT_GIT_TIMEOUT` (seconds) sets it, default 60.
 */
const gitTimeoutMs = (): number => {
  const seconds = Number(process.env.SUPPORT_TABLE_LINT_GIT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000;
};
/**
 * Why git stopped answering, once one call ran out of time: every later call
 * fails at once with the same reason, so a stalled remote costs one timeout
 * per run, not one per file (40 files were 40 minutes).
 */
let stalled: string | undefined;

async function git(cwd: string, args: string[], maxBuffer = 1024 * 1024): Promise<Buffer> {
  if (stalled !== undefined) throw new Error(stalled);
  // Loaded on first use: node:child_process brings net and streams, a few milliseconds of every start, and most runs call no git.
  const { execFile } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    // No prompt for credentials: nobody is there to answer it, and the call would wait out its time.
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    const timeout = gitTimeoutMs();
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, timeout, env }, (error, stdout, stderr) => {
      if (error && error.killed) {
        const command = args.find((arg) => !arg.startsWith('-')) ?? 'git';
        stalled = `git ${command} did not finish within ${timeout / 1000} s (a partial clone fetching a file from a remote that does not answer?), so no file of the base was read after it; make the base commit's files available locally, or raise SUPPORT_TABLE_LINT_GIT_TIMEOUT (seconds)`;
        reject(new Error(stalled));
      } else if (error) reject(new Error(stderr.toString('utf8').trim() || error.message));
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

/** Links followed at most, through one another, before a path is called a loop. */
const MAX_LINK_HOPS = 8;

/** Where `cwd` is in its repository (`docs/`, or '' at the top), asked once per folder. */
const prefixes = new Map<string, Promise<string>>();
const prefixOf = (cwd: string): Promise<string> => {
  let known = prefixes.get(cwd);
  if (known === undefined) {
    known = git(cwd, ['rev-parse', '--show-prefix']).then((out) => out.toString('utf8').replace(/\r?\n$/, ''), () => '');
    prefixes.set(cwd, known);
  }
  return known;
};

/**
 * One entry of `git ls-tree -l -z`: mode, type, object and size (NaN when git
 * could not read the object to size it: it prints `BAD`); undefined when
 * the tree has no such path.
 */
function treeEntry(output: Buffer): { mode: string; type: string; object: string; size: number } | undefined {
  const line = output.toString('utf8').split('\0')[0] ?? '';
  if (line === '') return undefined;
  const match = /^(\d+) (\w+) ([0-9a-f]+) +(\S+)\t/.exec(line);
  if (!match) return { mode: '', type: '', object: '', size: Number.NaN };
  return { mode: match[1]!, type: match[2]!, object: match[3]!, size: match[4] === '-' ? 0 : /^\d+$/.test(match[4]!) ? Number(match[4]) : Number.NaN };
}

/**
 * `path` (relative to `cwd`, `../` allowed within the repository) as it was
 * at `commit`, with the size budget (the size is asked first, and a larger
 * blob is never read): `missing` when the commit has nothing there; a
 * symlink then is followed to the file it named, as the working tree's is
 * (one that leads out of the repository is `unsafe`); a path in a
 * submodule, or one git could not read (a partial clone whose remote is out
 * of reach), is `unreadable`, never taken for a file that did not exist.
 */
export const gitLoader =
  (cwd: string, commit: string, path: string): Loader =>
  (maxBytes) =>
    versionAt(cwd, commit, path.replace(/\\/g, '/').replace(/^\.\//, ''), maxBytes, 0);

async function versionAt(cwd: string, commit: string, path: string, maxBytes: number, hops: number): Promise<Loaded> {
  const short = commit.slice(0, 12);
  const failed = (error: unknown): Loaded => ({ kind: 'unreadable', reason: `git could not read it at ${short} (${(error as Error).message.split('\n')[0]})` });
  // `link` (the path itself, or a folder above it, `rest` below) was a symlink then: read on where it led,
  // as the working tree's is read, never out of the repository.
  const throughLink = async (link: string, object: string, rest: string): Promise<Loaded> => {
    if (hops >= MAX_LINK_HOPS) return { kind: 'unreadable', reason: `its symlinks lead through more than ${MAX_LINK_HOPS} links (a loop?)` };
    let target: string;
    try {
      target = (await git(cwd, ['cat-file', 'blob', '--end-of-options', object], 4096 + 1024)).toString('utf8');
    } catch (error) {
      return failed(error);
    }
    const next = posix.normalize(posix.join(posix.dirname(link), target, rest));
    const fromTop = posix.normalize(posix.join(await prefixOf(cwd), next));
    if (target.startsWith('/') || fromTop === '..' || fromTop.startsWith('../')) {
      return { kind: 'unsafe', reason: `at ${short} ${rest === '' ? 'it' : `its folder ${link}`} was a symlink to ${target}, outside the repository` };
    }
    return versionAt(cwd, commit, next, maxBytes, hops + 1);
  };
  let entry: ReturnType<typeof treeEntry>;
  try {
    entry = treeEntry(await git(cwd, ['--literal-pathspecs', 'ls-tree', '-l', '-z', '--end-of-options', commit, '--', path]));
  } catch (error) {
    return failed(error);
  }
  if (entry === undefined) {
    // Nothing at the path: a folder above it may have been a symlink (read through, as the working tree's
    // is) or a submodule (whose files this repository does not hold).
    const above = await entryAbove(cwd, commit, path);
    if (above?.mode === '160000') return { kind: 'unreadable', reason: `it is in the submodule ${above.path}, whose files this run does not compare; run in the submodule` };
    if (above?.mode !== '120000') return { kind: 'missing' };
    return throughLink(above.path, above.object, posix.relative(above.path, path));
  }
  if (entry.mode === '160000') return { kind: 'unreadable', reason: 'it is a submodule, not a file' };
  if (Number.isNaN(entry.size)) return { kind: 'unreadable', reason: `git could not read it at ${short} (its object is missing or damaged; a partial or shallow clone may need its remote)` };
  if (entry.type !== 'blob') return { kind: 'missing' };
  if (entry.mode === '120000') return throughLink(path, entry.object, '');
  if (entry.size > maxBytes) return { kind: 'too-large', size: entry.size };
  try {
    return { kind: 'bytes', bytes: new Uint8Array(await git(cwd, ['cat-file', 'blob', '--end-of-options', entry.object], maxBytes + 1024)) };
  } catch (error) {
    return failed(error);
  }
}

/**
 * The entry above `path` where `commit`'s tree stops being folders: a
 * symlink or a submodule (git lists nothing below either), with its path
 * (as `path` writes it) and object; undefined when every folder above is a
 * folder, or there is none.
 */
async function entryAbove(cwd: string, commit: string, path: string): Promise<{ mode: string; object: string; path: string } | undefined> {
  const parents: string[] = [];
  for (let dir = posix.dirname(path); dir !== '.' && dir !== '/' && !dir.endsWith('..'); dir = posix.dirname(dir)) parents.push(dir);
  if (parents.length === 0) return undefined;
  let output: string;
  try {
    output = (await git(cwd, ['--literal-pathspecs', 'ls-tree', '-z', '--end-of-options', commit, '--', ...parents])).toString('utf8');
  } catch {
    return undefined;
  }
  // git names each entry relative to the working directory, as `path` does, normalised.
  const asked = new Map(parents.map((parent) => [posix.normalize(parent), parent]));
  for (const line of output.split('\0')) {
    const match = /^(120000|160000) \w+ ([0-9a-f]+)\t(.*)$/.exec(line);
    const parent = match ? asked.get(posix.normalize(match[3]!)) : undefined;
    if (match && parent !== undefined) return { mode: match[1]!, object: match[2]!, path: parent };
  }
  return undefined;
}

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
 * What the working tree changed since `commit`, paths relative to `cwd`
 * (`../` for those outside it: a run from a folder still sees a page moved
 * into it from elsewhere, a deletion beside it, a source of truth above):
 * files it has under another name (`git mv`, staged or committed), path
 * now → path then, so `--base` compares a moved page with its own past as
 * the Action does; every path it touched (untracked files too), so a source
 * of truth the change edited is known; and the files it deleted (one still
 * on disk, only taken out of git's index, is no deletion). Throws when git
 * cannot tell: a comparison that misses the change's renames and deletions
 * would pass what it should judge.
 */
export async function changesSince(cwd: string, commit: string): Promise<{ renames: Map<string, string>; touched: string[]; deleted: string[] }> {
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').replace(/\r?\n$/, '');
  const output = (await git(top, ['diff', '--name-status', '-M', '-z', '--end-of-options', commit, '--'], 64 * 1024 * 1024)).toString('utf8');
  const untracked = (await git(top, ['ls-files', '-z', '--others', '--exclude-standard'], 64 * 1024 * 1024)).toString('utf8').split('\0').filter((path) => path !== '');
  const { relative, resolve, sep } = await import('node:path');
  const { existsSync } = await import('node:fs');
  const here = (path: string): string => relative(cwd, resolve(top, path)).split(sep).join('/');
  const files = fromNameStatus(output);
  const renames = new Map(files.flatMap(({ path, basePath }) => (basePath !== null && basePath !== path ? [[here(path), here(basePath)] as [string, string]] : [])));
  const deleted = files.filter((file) => file.deleted && !existsSync(resolve(top, file.path))).map((file) => here(file.path));
  return { renames, touched: [...touchedIn(output), ...untracked].map(here), deleted };
}

/** Paths per `git ls-files` call: well within any system's limit on a command line. */
const PATHS_PER_CALL = 500;

/**
 * Those of `paths` (files, relative to `cwd`) that git does not track: not
 * in the index, as an export a build step writes (gitignored or not).
 * Throws when git cannot tell (no repository, a path outside it).
 */
export async function untrackedAmong(cwd: string, paths: readonly string[]): Promise<string[]> {
  const tracked = new Set<string>();
  for (let from = 0; from < paths.length; from += PATHS_PER_CALL) {
    const chunk = paths.slice(from, from + PATHS_PER_CALL);
    const output = (await git(cwd, ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--', ...chunk], 64 * 1024 * 1024)).toString('utf8');
    for (const path of output.split('\0')) if (path !== '') tracked.add(posix.normalize(path));
  }
  return paths.filter((path) => !tracked.has(posix.normalize(path)));
}
