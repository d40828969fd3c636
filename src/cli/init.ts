/**
 * `support-table-lint init`: reads the tables of the documents named, writes
 * a config and one schema per table shape (src/init/), and lists what it
 * believes are mistakes. A config already there is added to: entries for
 * the tables it does not check yet, at the end of its `tables:`. Never
 * replaces a file without `--force`; checks that what it wrote loads before
 * it says so.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { MAX_INIT_COLUMNS, MAX_INIT_SHAPES, type InitPlan } from '../init/infer.js';
import { planInit } from '../init/plan.js';
import { renderInit } from '../init/render.js';
import { diskLoader, readTextInside, type ReadFailure } from '../io/disk.js';
import { decodeUtf8, startsWithBom } from '../io/utf8.js';
import { occupied, writeUserFile } from '../io/write.js';
import { loadParser } from '../markdown/read.js';
import { safeLines, terminalSafe } from '../report/terminal.js';
import { UsageError } from './args.js';

export const DEFAULT_INIT_CONFIG = '.github/support-table-lint.yml';

/** The config already at `configPath`, loaded (one that does not load is for the maintainer to mend first), and the schema names beside it. */
async function existingConfig(configPath: string, read: (path: string) => Promise<string | ReadFailure | undefined>, cwd: string) {
  const text = await read(configPath);
  if (typeof text !== 'string') throw new UsageError(`${configPath} exists but cannot be read; nothing was written. Run with --force to replace it`);
  let config;
  try {
    config = await loadConfig({ file: configPath, read });
  } catch (error) {
    throw new UsageError(`${configPath} exists and does not load (${(error as Error).message.split('\n')[0]}); nothing was written. Mend it, or run with --force to replace it`);
  }
  // The decoder drops a byte-order mark; the file keeps it.
  const head = await readFile(resolve(cwd, configPath)).catch(() => Buffer.alloc(0));
  const bom = startsWithBom(head) ? '\ufeff' : '';
  const beside = await readdir(resolve(cwd, dirname(configPath))).catch(() => [] as string[]);
  const schemas = new Set(beside.filter((name) => name.endsWith('.schema.yaml')).map((name) => name.slice(0, -'.schema.yaml'.length)));
  return { text, config, schemas, bom };
}

export async function init(
  files: { path: string; display: string }[],
  configPath: string,
  force: boolean,
  io: { cwd: string; stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } },
): Promise<number> {
  const documents: { file: string; source: string }[] = [];
  for (const { path, display } of files) {
    const loaded = await diskLoader(path, io.cwd)(10 * 1024 * 1024);
    const source = loaded.kind === 'bytes' ? decodeUtf8(loaded.bytes) : undefined;
    if (source === undefined) io.stderr.write(`support-table-lint: ${terminalSafe(display)}: not read (${loaded.kind === 'bytes' ? 'not UTF-8' : loaded.kind}); left out\n`);
    else documents.push({ file: display, source });
  }
  await loadParser();
  // A config already there is added to, not replaced (unless --force): its entries keep their
  // tables, and init writes entries and schemas for the tables nothing checks yet.
  const read = (path: string) => readTextInside(path, io.cwd, 10 * 1024 * 1024);
  const existing = !force && (await occupied(resolve(io.cwd, configPath))) ? await existingConfig(configPath, read, io.cwd) : undefined;
  const plan = await planInit(documents, await loadConfig({ file: null, read: async () => undefined }), existing?.config);
  if (plan.shapes.length === 0 && plan.presets.length === 0) {
    if (existing && plan.alreadyChecked.length > 0) {
      io.stdout.write(`Every table of ${files.length === 1 ? terminalSafe(files[0]!.display) : `the ${files.length} files named`} is checked by ${configPath} already; nothing was written.\n`);
      return 0;
    }
    const named = files.length === 1 ? files[0]!.display : `the ${files.length} files named`;
    if (plan.tooWide.length > 0) throw new UsageError(`no table in ${named} that init writes a schema for: ${tooWideText(plan.tooWide)}; write the schema by hand`);
    throw new UsageError(`no tables in ${named}: name the documents whose tables the config is for`);
  }
  let written;
  try {
    written = renderInit(plan, configPath, existing && { text: existing.text, taken: existing.schemas });
  } catch (error) {
    throw new UsageError(`cannot add to ${configPath}: ${(error as Error).message}; nothing was written. Run with --force to replace it, or --config to write another`);
  }
  // What the config would be must load, with the schemas beside it, before anything is written: a
  // config the linter then refuses would stop every run until someone mends it.
  const planned = new Map(written.map((file) => [file.path, file.text]));
  try {
    await loadConfig({ file: configPath, read: async (path) => planned.get(path) ?? (await read(path)) });
  } catch (error) {
    const why = (error as Error).message.split('\n')[0];
    if (existing) {
      throw new UsageError(`cannot add to ${configPath}: with the new entries it would not load (${why}); nothing was written. Run with --force to replace it, or --config to write another`);
    }
    throw new Error(`the config init made for these tables does not load (${why}); nothing was written`);
  }
  // A dangling symlink is something there too: init never writes through one.
  const taken = await Promise.all(written.map((file) => occupied(resolve(io.cwd, file.path))));
  const clashes = written.filter((file, i) => taken[i] && !(existing && file.path === configPath));
  if (clashes.length > 0 && !force) {
    throw new UsageError(`${clashes.map((file) => file.path).join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written. Run with --force to replace, or --config to write elsewhere`);
  }
  for (const file of written) {
    try {
      await writeUserFile(file.path, io.cwd, existing && file.path === configPath ? existing.bom + file.text : file.text);
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${(error as Error).message}`);
    }
  }
  if (plan.leftOut.shapes > 0) io.stderr.write(`support-table-lint: ${leftOutText(plan.leftOut, configPath)}\n`);
  // Document text (file names, columns, values) goes through terminalSafe, line by line.
  const lines: string[] = written.map((file) => (existing && file.path === configPath ? `Added ${plan.shapes.length + plan.presets.length} entr${plan.shapes.length + plan.presets.length === 1 ? 'y' : 'ies'} to ${file.path}` : `Wrote ${file.path}`));
  if (plan.tooWide.length > 0) lines.push(`  left alone: ${tooWideText(plan.tooWide)}`);
  if (plan.alreadyChecked.length > 0) lines.push(`  left to its entries: ${plan.alreadyChecked.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
  for (const preset of plan.presets) lines.push(`  preset ${preset.name}: ${preset.seen.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
  for (const shape of plan.shapes) {
    lines.push(`  ${shape.columns.map((column) => column.name || '(no name)').join(' | ')}: ${shape.seen.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
  }
  if (plan.mistakes.length > 0) {
    lines.push('', 'Likely mistakes (a run reports them: the schemas or presets do not allow them):');
    for (const mistake of plan.mistakes) {
      if (mistake.preset) {
        lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.why} (${mistake.preset})`);
        continue;
      }
      if (mistake.header) {
        lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.why}`);
        continue;
      }
      lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.column} ${JSON.stringify(mistake.value)}: ${mistake.why}${mistake.canonical ? `; did you mean ${JSON.stringify(mistake.canonical)}?` : ''}`);
    }
  }
  const repeated = plan.shapes.filter((shape) => shape.repeats !== undefined);
  if (repeated.length > 0) {
    lines.push('', 'Repeated rows (init turned uniqueness off for their tables, so a run will not report them, nor any later repeat):');
    for (const shape of repeated) {
      for (const repeat of shape.repeats!) lines.push(`  ${repeat.file}:${repeat.line}  ${shape.key} ${JSON.stringify(repeat.value)} is listed twice (line ${repeat.first} too)`);
    }
    lines.push('  If a repeat is a slip, remove it and set `unique: { scope: table }` in the schema.');
  }
  lines.push('', `Next: run support-table-lint${configPath === DEFAULT_INIT_CONFIG ? '' : ` --config ${configPath}`} on these files.`);
  io.stdout.write(safeLines(lines.map(terminalSafe).join('\n')) + '\n');
  return 0;
}

/** Tables init writes no schema for, by place and width. */
const tooWideText = (tables: InitPlan['tooWide']): string =>
  `${tables.map((table) => `${table.file}:${table.line} (${table.columns} columns)`).join(', ')}, wider than the ${MAX_INIT_COLUMNS} columns init writes a schema for`;

/** The shapes beyond MAX_INIT_SHAPES, and what to do about them. */
const leftOutText = ({ shapes, tables }: InitPlan['leftOut'], configPath: string): string =>
  `${shapes} more table shape${shapes === 1 ? '' : 's'} (${tables} table${tables === 1 ? '' : 's'}) left out: init writes schemas for ${MAX_INIT_SHAPES} shapes a run at most, those with the most tables. ` +
  `Run the same init again to add the next ${MAX_INIT_SHAPES} to ${terminalSafe(configPath)} (the tables it checks already are left to it), or name fewer files`;
