/**
 * The CLI as a function of its arguments and I/O, so that every failure is
 * turned into a message and an exit code here, never a stack trace. A thin
 * adapter: arguments in, the core pipeline, a report out.
 */
import { constants, existsSync } from 'node:fs';
import { appendFile, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { baseWithin, DEFAULT_BUDGETS, loadConfig, MISNAMED_CONFIGS, resolveIn, type CompiledConfig } from '../config/load.js';
import { splitNew } from '../core/gate.js';
import { byLocation, type FileResult, type LintResult, type Violation } from '../core/types.js';
import { fixText, type DroppedFix } from '../engine/fix.js';
import { lintSources, lintText, missingLoader, textLoader, type Loaded } from '../engine/pipeline.js';
import { decodeUtf8, startsWithBom } from '../io/utf8.js';
import { rowLines } from '../engine/rows.js';
import { neverPreExisting } from '../rules/index.js';
import { loadParser } from '../markdown/read.js';
import { diskLoader, readTextInside, textOf } from '../io/disk.js';
import { changesSince, gitLoader, resolveCommit } from '../io/git.js';
import { fetchText } from '../io/url.js';
import { writeUserFile } from '../io/write.js';
import { walk } from '../io/walk.js';
import { formatPieces } from '../report/index.js';
import { formatCoverage } from '../report/stylish.js';
import { terminalSafe } from '../report/terminal.js';
import { countResult } from '../report/types.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { expandTargets, fileKinds, type ConfiguredFiles } from './files.js';
import { VERSION } from './version.js';
import { guardStderr, guardWorkflowCommands, type OutputKind } from './workflow-commands.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, for `--stdin`. */
  stdin?: AsyncIterable<Uint8Array>;
  /**
   * Where reports go. A stream whose `write` returns false is waited on
   * ('drain') before the next piece: a pipe is written asynchronously, and
   * a report of 100,000 findings would otherwise wait in memory.
   */
  stdout: {
    write(text: string): unknown;
    isTTY?: boolean;
    /** Standard output is a regular file (`> report.json`): no runner reads it. */
    isFile?: boolean;
    /** Closed by its reader (`| head`): nothing more is written to it. */
    destroyed?: boolean;
    once?(event: 'drain' | 'close', listener: () => void): unknown;
    removeListener?(event: 'drain' | 'close', listener: () => void): unknown;
  };
  stderr: { write(text: string): unknown };
}

/** Looked up in this order when `--config` is not given. */
export const CONFIG_FILES = ['.github/support-table-lint.yml', '.support-table-lint.yml'];


const ISSUES_URL = 'https://github.com/support-table-lint/support-table-lint/issues';

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  let io = guardStderr(rawIo);
  let end = (): void => {};
  try {
    const options = parseCliArgs(argv);
    ({ io, end } = guardWorkflowCommands(rawIo, outputKind(options)));
    return await run(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`support-table-lint: ${error.message}\nRun "support-table-lint --help" for usage.\n`);
    } else if (error instanceof ConfigError) {
      io.stderr.write(`support-table-lint: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(
        `support-table-lint: internal error: ${message}\n` +
          `This is a bug in support-table-lint. Please report it at ${ISSUES_URL} with the command you ran and the file it failed on.\n`,
      );
    }
    return 2;
  } finally {
    end();
  }
}

/** What standard output carries, for guarding it in GitHub Actions (workflow-commands.ts). */
function outputKind(options: CliOptions): OutputKind {
  if (options.command === 'rows' || options.format === 'json' || options.format === 'sarif') return 'json';
  if (options.format === 'diff') return 'patch';
  return options.format === 'github' ? 'github' : 'text';
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  if (options.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // What only some runs need (init, sources of truth, a base, a diff) is loaded when they need it: a
  // plain run's start-up is mostly the time it takes node to compile the code it loads.
  if (options.command === 'init') {
    const { DEFAULT_INIT_CONFIG, init } = await import('./init.js');
    const targets = options.targets.length > 0 ? options.targets : ['.'];
    const files = (await expandTargets(targets, io.cwd)).map(({ path }) => ({ path, display: displayPath(path, io.cwd) }));
    return init(files, options.config ?? DEFAULT_INIT_CONFIG, options.force ?? false, io);
  }
  const file = configFile(options, io.cwd);
  // Run from a folder below the one with the config, the config is not used: say so, rather than
  // check only what the presets recognise and look clean.
  const above = file === null ? configAbove(io.cwd) : undefined;
  if (above !== undefined) {
    io.stderr.write(`support-table-lint: no config in this folder, so it is not used: ${terminalSafe(above)}; run from the folder that holds it, or pass --config ${terminalSafe(above)}\n`);
  }
  // A config under a name the lookup does not try (no leading dot, .yaml, .json) would be ignored without a word.
  const misnamed = file === null ? MISNAMED_CONFIGS.find((name) => existsSync(resolve(io.cwd, name))) : undefined;
  if (misnamed !== undefined) {
    io.stderr.write(`support-table-lint: ${misnamed} is not read: a config is found only as ${CONFIG_FILES.join(' or ')}; rename it, or pass --config ${misnamed}\n`);
  }
  const budget = DEFAULT_BUDGETS.maxFileBytes;
  const root = repositoryRoot(io.cwd);
  let config = await loadConfig({
    file,
    // The config file is read where it was named; the files it names must lie inside the repository
    // (run from docs/ with --config ../.github/…, its schemas are in ../schemas).
    read: async (path) =>
      path === file ? textOf(await diskLoader(path, io.cwd)(budget), budget) : readTextInside(resolve(io.cwd, path), root, budget),
    ...(options.preset !== undefined ? { preset: options.preset } : {}),
  });
  // Sources of truth are read from the working tree, with the same rules as every file a config names.
  if (config.sources.length > 0) {
    const { loadSources } = await import('../sources/load.js');
    const sourceData = await loadSources(config, {
      readText: (path) => readTextInside(resolve(io.cwd, path), root, config.budgets.maxFileBytes),
      glob: (patterns) => walk(io.cwd, patterns),
      fromRoot: (glob) => relative(root, resolve(io.cwd, glob)).split(sep).join('/'),
      fetchText,
      cwd: io.cwd,
    });
    config = { ...config, sourceData };
  }
  let base: string | undefined;
  if (options.base !== undefined && options.command !== 'rows') {
    base = await resolveCommit(io.cwd, options.base);
    if (!base) throw new UsageError(`--base ${options.base}: not a revision of a git repository here; run inside the repository, and fetch the revision first`);
  }
  let since: Awaited<ReturnType<typeof changesSince>> = { renames: new Map<string, string>(), touched: [], deleted: [] };
  if (base) {
    try {
      since = await changesSince(io.cwd, base);
    } catch (error) {
      // Without the change's renames and deletions the comparison would pass what it should judge.
      throw new UsageError(`--base ${options.base}: git could not list what changed since then (${(error as Error).message.split('\n')[0]}); fetch the revision's files (a partial clone needs its remote) and run again`);
    }
  }
  const always = neverPreExisting(since.touched);
  const targets = options.targets.length > 0 ? options.targets : ['.'];
  let expanded = options.stdin ? [] : await expandTargets(targets, io.cwd, since.deleted, configuredFiles(config));
  // A page renamed out of what is linted: its old path → its new one, which the findings name.
  const renamedAway = new Map<string, string>();
  if (base && since.renames.size > 0 && !options.stdin) {
    // A page renamed out of what is linted (`git mv gates.md gates.txt`, or into a folder not named) is
    // compared at its old path with nothing, as a deleted one is, so that the rows it took away are judged.
    const found = new Set(expanded.map((target) => resolve(io.cwd, target.path)));
    const away = [...since.renames].filter(([now]) => !found.has(resolve(io.cwd, now)));
    for (const [now, then] of away) renamedAway.set(then, now);
    if (away.length > 0) expanded = await expandTargets(targets, io.cwd, [...since.deleted, ...away.map(([, then]) => then)], configuredFiles(config));
  }
  // In the order of the results (fixAll pairs them); a deleted file is only compared with its base, never read.
  const paths = expanded.map((target) => target.path);
  // A config beside the linted files in a folder below is not used either (only the working
  // directory's, or --config): say so, rather than check the folder with the presets and look clean.
  for (const below of configsBelow(io.cwd, paths, file)) {
    io.stderr.write(`support-table-lint: ${terminalSafe(below)} is not used (only the working directory's config, or --config, is); run from its folder, or pass --config ${terminalSafe(below)}\n`);
  }
  if (paths.length === 0 && !options.stdin) io.stderr.write(`support-table-lint: no markdown files found in ${targets.join(', ')}\n`);
  const out = reportWriter(options, io);
  const stdin = options.stdin ? await readStdin(io, config.budgets.maxFileBytes) : undefined;

  if (options.command === 'rows') {
    // Standard input is one file, named by --stdin-filename (which also picks the config entry).
    const inputs = options.stdin ? [{ name: options.stdinFilename ?? '<stdin>', load: async () => stdin! }] : paths.map((path) => ({ name: displayPath(path, io.cwd), load: diskLoader(path, io.cwd) }));
    for (const { name, load } of inputs) {
      const loaded = await load(config.budgets.maxFileBytes);
      const text = loaded.kind === 'bytes' ? decodeUtf8(loaded.bytes) : undefined;
      if (text === undefined) {
        io.stderr.write(`support-table-lint: ${terminalSafe(name)}: not read (${loaded.kind === 'bytes' ? 'not UTF-8' : loaded.kind})\n`);
        continue;
      }
      await loadParser();
      const lines = rowLines(name, text, config);
      // Nothing on stdout for a file without a table: say so on stderr, so that an empty answer is never a puzzle.
      if (lines.length === 0) io.stderr.write(`support-table-lint: ${terminalSafe(name)}: no table rows (no table, or none with rows below its delimiter row; a table starts with a header row, then a delimiter row such as | --- | --- |)\n`);
      await out(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    }
    return 0;
  }

  const { renames } = since;
  const stdinName = options.stdinFilename ?? '<stdin>';
  // A source of truth the change touched has no past here: its findings at the base are not pre-existing.
  let baseConfig = config;
  if (base && config.sourceData.size > 0) {
    const { touchedSources, withoutSources } = await import('../sources/load.js');
    baseConfig = withoutSources(config, await touchedSources(config.sourceData, since.touched));
  }
  // `fixed`: texts the fix passes made, by index, read instead of the disk (--fix-dry-run writes nothing).
  const lintAll = (fixed: ReadonlyMap<number, string> = new Map()) =>
    lintSources(
      options.stdin
        ? [{ file: stdinName, head: async () => stdin!, explicit: true }]
        : expanded.map(({ path, explicit, deleted }, index) => ({
            file: displayPath(path, io.cwd),
            head: deleted ? missingLoader : fixed.has(index) ? textLoader(fixed.get(index)!) : diskLoader(path, io.cwd),
            explicit,
            ...(deleted ? { deleted, ...(renamedAway.has(displayPath(path, io.cwd)) ? { renamedTo: renamedAway.get(displayPath(path, io.cwd))! } : {}) } : {}),
            ...(base ? withBase(base, basePathOf(path, io.cwd, renames), io.cwd) : {}),
          })),
      config,
      baseConfig,
      // Standard input (an editor's unsaved buffer) may be the one file a glob is for: no claim about the disk then.
      options.stdin ? {} : { anyFile: async (globs) => (await walk(io.cwd, globs, { first: true })).length > 0 },
    );
  let result = await lintAll();
  const stdinText = stdin?.kind === 'bytes' ? decodeUtf8(stdin.bytes) : undefined;
  // With `--format diff` the fixes are printed as a patch instead of a report; the exit code is still the fixed text's.
  let patch: string | undefined;
  if (options.stdin && options.fixDryRun && stdinText !== undefined) {
    const fixed = await fixText(stdinText, async (text) => (await lintText(stdinName, text, config)).violations);
    reportDropped(fixed.dropped, io);
    // The decoder dropped a byte-order mark; the text as --fix would write it keeps it, as for a file by path.
    const bom = stdin?.kind === 'bytes' && startsWithBom(stdin.bytes) ? '\ufeff' : '';
    if (options.format === 'diff') patch = fixed.output === stdinText ? '' : (await import('../report/patch.js')).unifiedDiff(stdinName, bom + stdinText, bom + fixed.output);
    const after = await lintText(stdinName, fixed.output, config);
    // The config file's own findings (an ignore entry that suppresses nothing) stay in the report.
    result = { files: [{ ...after, ...(fixed.output !== stdinText ? { output: bom + fixed.output } : {}) }, ...result.files.filter((file) => file.isConfig)] };
  }
  if (options.command === 'diff') {
    const { changesOf, diffJson, diffMarkdown, diffText, notCompared } = await import('../report/diff.js');
    const changes = changesOf(result);
    await out(options.format === 'json' ? diffJson(changes) : options.format === 'markdown' ? diffMarkdown(changes) : diffText(changes));
    // A file that could not be compared is no file without changes: the diff is incomplete, and says so.
    return notCompared(changes).length > 0 ? 1 : 0;
  }
  // With a base, only what the change introduced counts (and is shown); the rest is counted as pre-existing.
  if (base) result = { files: result.files.map((file) => (file.baseViolations ? gateFile(file, always) : file)) };
  if ((options.fix || options.fixDryRun) && !options.stdin) {
    // With a base, each pass and the report after it are judged as the change's: only fixes of
    // what the change introduced are applied, and the fixed text still faces the change rules.
    const relint = async (index: number, text: string): Promise<FileResult> => {
      const file = result.files[index]!.file;
      if (!base) return lintText(file, text, config);
      const [linted] = (await lintSources([{ file, head: textLoader(text), ...withBase(base, basePathOf(paths[index]!, io.cwd, renames), io.cwd) }], config, baseConfig)).files;
      return gateFile(linted!, always);
    };
    const fixed = await fixAll(result, paths, relint, config.budgets.maxFileBytes, io, options);
    if (options.format === 'diff') patch = fixed.diff;
    result = fixed.result;
    // The config file's findings speak of the whole run (an entry that matched no table): after a fix
    // that renamed a column back, the ones of the text before the fixes would no longer be true.
    // Run again only when the config had findings: no fix makes an entry match fewer tables (each mends a cell, a row or a header toward the config).
    if (fixed.texts.size > 0 && result.files.some((file) => file.isConfig)) {
      const again = (await lintAll(fixed.texts)).files.filter((file) => file.isConfig).map((file) => (base && file.baseViolations ? gateFile(file, always) : file));
      result = { files: [...result.files.filter((file) => !file.isConfig), ...again] };
    }
  }
  if (options.quiet) result = errorsOnly(result);

  const color = options.format === 'stylish' && options.outputFile === undefined && io.stdout.isTTY === true && !io.env['NO_COLOR'];
  const format = options.format === 'diff' || options.format === 'markdown' ? 'stylish' : options.format;
  await out(patch ?? formatPieces(format, result, { color, version: VERSION, verbose: options.verbose, ...(options.fix ? { fixed: 'written' as const } : options.fixDryRun ? { fixed: 'dry-run' as const } : {}) }));
  // A machine-read report keeps its shape; --verbose then goes to standard error.
  if (options.verbose && (patch !== undefined || format !== 'stylish')) io.stderr.write(formatCoverage(result));

  const counts = countResult(result);
  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr.write(`support-table-lint: ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'} found, more than --max-warnings ${options.maxWarnings} allows.\n`);
    return 1;
  }
  return 0;
}

/**
 * What a folder target is searched for besides markdown: the files the
 * config's entries name by kind (`docs/*.mdx`). Only for a config whose
 * folder is within the working directory, whose globs are globs of the tree here.
 */
function configuredFiles(config: CompiledConfig): ConfiguredFiles | undefined {
  if (!baseWithin(config)) return undefined;
  const globs = config.entries.flatMap((entry) => fileKinds(entry.files ?? []).map((glob) => resolveIn(config.base, glob)));
  if (globs.length === 0) return undefined;
  return { globs, keep: (path) => config.entries.some((entry) => entry.files !== undefined && entry.matchesFile(path)) };
}

/** A file's version at the base revision, read and judged where it was then. */
const withBase = (base: string, baseFile: string, cwd: string) => ({ base: gitLoader(cwd, base, baseFile), baseFile });

/** Where the file at `path` was at the base: its path then when git saw it renamed, else the same. */
function basePathOf(path: string, cwd: string, renames: ReadonlyMap<string, string>): string {
  const now = displayPath(path, cwd);
  return renames.get(now) ?? now;
}

/** `file` as findings name it: relative to `cwd`, with `/` separators. */
export const displayPath = (path: string, cwd: string): string => relative(cwd, resolve(cwd, path)).split(sep).join('/');


/**
 * Fixes every file that has a fixable finding, in passes, re-linting each
 * pass (engine/fix.ts); writes the files with `--fix`. Returns the result of
 * linting the fixed texts, and their unified diff.
 */
async function fixAll(
  result: LintResult,
  paths: string[],
  relint: (index: number, text: string) => Promise<FileResult>,
  maxFileBytes: number,
  io: CliIo,
  options: CliOptions,
): Promise<{ result: LintResult; diff: string; texts: Map<number, string> }> {
  let diff = '';
  const files: FileResult[] = [];
  const texts = new Map<number, string>();
  // A file named twice (itself and a symlink or hard link to it in the workspace, both linted) is fixed once,
  // known by its device and inode; the other name's findings are those of the text written, not of the text
  // before (which --fix just replaced). A patch names the file by its real path: `git apply` does not write
  // through a symlink.
  const done = new Map<string, { output: string; bom: string }>();
  const idOf = (path: string): Promise<string> => stat(resolve(io.cwd, path)).then((info) => `${info.dev}:${info.ino}`, () => resolve(io.cwd, path));
  const top = await realpath(io.cwd).catch(() => io.cwd);
  const patchName = async (path: string, shown: string): Promise<string> => {
    const real = await realpath(resolve(io.cwd, path)).catch(() => undefined);
    const inside = real === undefined ? undefined : relative(top, real);
    return inside === undefined || inside === '' || inside.startsWith('..') || isAbsolute(inside) ? shown : inside.split(sep).join('/');
  };
  for (const [index, fileResult] of result.files.entries()) {
    const path = paths[index];
    if (path === undefined || !fileResult.violations.some((v) => v.fix)) {
      files.push(fileResult);
      continue;
    }
    const id = await idOf(path);
    const fixedAs = done.get(id);
    if (fixedAs !== undefined) {
      texts.set(index, fixedAs.output);
      const again = await relint(index, fixedAs.output);
      files.push(options.fix ? again : { ...again, output: fixedAs.bom + fixedAs.output });
      continue;
    }
    const loaded = await diskLoader(path, io.cwd)(maxFileBytes);
    const source = loaded.kind === 'bytes' ? decodeUtf8(loaded.bytes) : undefined;
    if (loaded.kind !== 'bytes' || source === undefined) {
      files.push(fileResult);
      continue;
    }
    const outcome = await fixText(source, async (text) => (await relint(index, text)).violations);
    reportDropped(outcome.dropped, io);
    if (outcome.output === source) {
      // Nothing to fix in the text as it is now; it may differ from the text linted (another name of the file was fixed).
      files.push(done.size > 0 ? await relint(index, source) : fileResult);
      continue;
    }
    // The decoder dropped a byte-order mark; the file keeps it, and the diff must apply to the file as it is.
    const bom = startsWithBom(loaded.bytes) ? '\ufeff' : '';
    if (options.fix) {
      try {
        await writeFile(resolve(io.cwd, path), bom + outcome.output);
      } catch (error) {
        // One file that cannot be written (read-only, a full disk) loses nothing of the others: said, and
        // reported as it is, unfixed.
        io.stderr.write(`support-table-lint: ${terminalSafe(fileResult.file)}: the fixes were not written (${(error as Error).message}); it is reported as it is: make it writable and run --fix again.\n`);
        files.push(fileResult);
        continue;
      }
    }
    const after = await relint(index, outcome.output);
    texts.set(index, outcome.output);
    done.set(id, { output: outcome.output, bom });
    const { unifiedDiff } = await import('../report/patch.js');
    if (options.format === 'diff') diff += unifiedDiff(await patchName(path, fileResult.file), bom + source, bom + outcome.output);
    if (options.fix) {
      files.push(after);
    } else {
      // The file's fixed text, as --fix would write it: a byte-order mark stays.
      files.push({ ...after, output: bom + outcome.output });
    }
  }
  return { result: { files }, diff, texts };
}

/**
 * Where the report goes: standard output, or `--output-file` (created with
 * its folders; the first write of a run replaces it, later ones append, as
 * `rows` writes file by file).
 */
const WRITE_PIECE = 1 << 20;

function reportWriter(options: CliOptions, io: CliIo): (text: string | Iterable<string>) => Promise<void> {
  const piecesOf = (text: string | Iterable<string>): Iterable<string> => (typeof text === 'string' ? [text] : text);
  if (options.outputFile === undefined) {
    // In pieces: a report of 100,000 findings is tens of megabytes, and each
    // write copies its text into a buffer (stdout to a file or pipe is synchronous on Linux).
    return async (text) => {
      for (const piece of piecesOf(text)) {
        for (let at = 0; at < piece.length; at += WRITE_PIECE) {
          if (io.stdout.destroyed === true) return;
          if (io.stdout.write(at === 0 && piece.length <= WRITE_PIECE ? piece : piece.slice(at, at + WRITE_PIECE)) === false) await drained(io.stdout);
        }
      }
    };
  }
  const path = resolve(io.cwd, options.outputFile);
  let started = false;
  return async (text) => {
    try {
      for (const piece of piecesOf(text)) {
        // The first piece creates the file, never through a symlink; the rest append to that regular file.
        if (started) await appendFile(path, piece, { flag: constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0) });
        else await writeUserFile(options.outputFile!, io.cwd, piece);
        started = true;
      }
    } catch (error) {
      throw new UsageError(`--output-file ${options.outputFile}: cannot write it (${(error as Error).message})`);
    }
  };
}

/** Resolves when a stream that refused more wants more again (or has closed); at once for one that cannot tell. */
function drained(stream: CliIo['stdout']): Promise<void> {
  const { once, removeListener } = stream;
  // A stream closed by its reader emits no 'close' again: waiting for one would never end.
  if (once === undefined || removeListener === undefined || stream.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      removeListener.call(stream, 'drain', done);
      removeListener.call(stream, 'close', done);
      resolve();
    };
    once.call(stream, 'drain', done);
    once.call(stream, 'close', done);
  });
}

/** Standard input, at most the size budget (one byte more tells that it is over). */
async function readStdin(io: CliIo, maxBytes: number): Promise<Loaded> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of io.stdin ?? []) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) return { kind: 'too-large', size };
  }
  return { kind: 'bytes', bytes: Buffer.concat(chunks) };
}

function reportDropped(dropped: DroppedFix[], io: CliIo): void {
  for (const { violation, reason, again } of dropped) {
    io.stderr.write(
      `support-table-lint: ${terminalSafe(violation.file)}:${violation.line}:${violation.column}: the fix for ${violation.rule} was not applied: ${reason}. ${again ? 'Run --fix again.' : 'Fix it by hand.'}\n`,
    );
  }
}

/**
 * The folder a config's files must lie in: the repository's root (the nearest
 * folder above `cwd` with `.git`), else `cwd` itself outside a repository.
 */
function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd), depth = 0; depth < 32; depth++) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(cwd);
}

/** A config file in a folder above `cwd`, up to the repository's root (the folder with `.git`), as a path from `cwd`. */
function configAbove(cwd: string): string | undefined {
  for (let dir = resolve(cwd), depth = 0; depth < 32; depth++) {
    if (existsSync(resolve(dir, '.git'))) return undefined; // the root, and the search found nothing below it
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
    const found = CONFIG_FILES.find((name) => existsSync(resolve(dir, name)));
    if (found !== undefined) return relative(cwd, resolve(dir, found)).split(sep).join('/');
  }
  return undefined;
}

/**
 * Config files in the folders between `cwd` and the linted files (not
 * `cwd` itself), other than `used`, as paths from `cwd`: at most 3, each
 * folder looked at once.
 */
function configsBelow(cwd: string, paths: readonly string[], used: string | null): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const root = resolve(cwd);
  const usedPath = used === null ? undefined : resolve(cwd, used);
  for (const path of paths) {
    for (let dir = dirname(resolve(cwd, path)); dir !== root && dir.startsWith(root + sep) && !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      for (const name of CONFIG_FILES) {
        const candidate = resolve(dir, name);
        if (candidate !== usedPath && existsSync(candidate)) found.add(relative(cwd, candidate).split(sep).join('/'));
      }
    }
    if (found.size >= 3) break;
  }
  return [...found].slice(0, 3);
}

function configFile(options: CliOptions, cwd: string): string | null {
  if (options.config !== undefined) {
    if (!existsSync(resolve(cwd, options.config))) throw new UsageError(`config file ${options.config} not found`);
    return options.config;
  }
  return CONFIG_FILES.find((file) => existsSync(resolve(cwd, file))) ?? null;
}

function gateFile(file: FileResult, always: (violation: Violation) => boolean): FileResult {
  const { gating, existing } = splitNew(file.violations, file.baseViolations!, always);
  return { ...file, violations: gating.sort(byLocation), existing };
}

const errorsOnly = (result: LintResult): LintResult => ({
  files: result.files.map((file) => ({ ...file, violations: file.violations.filter((v) => v.severity === 'error') })),
});
