/**
 * `support-table-lint init`: reads the tables of the documents named, writes
 * a config and one schema per table shape (src/init/), and lists what it
 * believes are mistakes. Never replaces a file without `--force`; checks
 * that what it wrote loads before it says so.
 */
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { decodeUtf8 } from '../engine/pipeline.js';
import { planInit } from '../init/plan.js';
import { renderInit } from '../init/render.js';
import { diskLoader, readTextInside } from '../io/disk.js';
import { occupied, writeUserFile } from '../io/write.js';
import { loadParser } from '../markdown/read.js';
import { safeLines, terminalSafe } from '../report/terminal.js';
import { UsageError } from './args.js';

export const DEFAULT_INIT_CONFIG = '.github/support-table-lint.yml';

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
  const plan = await planInit(documents, await loadConfig({ file: null, read: async () => undefined }));
  if (plan.shapes.length === 0 && plan.presets.length === 0) throw new UsageError(`no tables in ${files.length === 1 ? files[0]!.display : `the ${files.length} files named`}: name the documents whose tables the config is for`);
  const written = renderInit(plan, configPath);
  // A dangling symlink is something there too: init never writes through one.
  const taken = await Promise.all(written.map((file) => occupied(resolve(io.cwd, file.path))));
  const existing = written.filter((_, i) => taken[i]);
  if (existing.length > 0 && !force) {
    throw new UsageError(`${existing.map((file) => file.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Run with --force to replace, or --config to write elsewhere`);
  }
  for (const file of written) {
    try {
      await writeUserFile(file.path, io.cwd, file.text);
    } catch (error) {
      throw new UsageError(`cannot write ${file.path}: ${(error as Error).message}`);
    }
  }
  // What was written must load: a config init writes and the linter then refuses would be a bug to report.
  await loadConfig({ file: configPath, read: (path) => readTextInside(path, io.cwd, 10 * 1024 * 1024) });
  // Document text (file names, columns, values) goes through terminalSafe, line by line.
  const lines: string[] = written.map((file) => `Wrote ${file.path}`);
  for (const preset of plan.presets) lines.push(`  preset ${preset.name}: ${preset.seen.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
  for (const shape of plan.shapes) {
    lines.push(`  ${shape.columns.map((column) => column.name).join(' | ')}: ${shape.seen.map((seen) => `${seen.file}:${seen.line}`).join(', ')}`);
  }
  if (plan.mistakes.length > 0) {
    lines.push('', 'Likely mistakes (a run reports them: the schemas or presets do not allow them):');
    for (const mistake of plan.mistakes) {
      if (mistake.preset) {
        lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.why} (${mistake.preset})`);
        continue;
      }
      lines.push(`  ${mistake.file}:${mistake.line}  ${mistake.column} ${JSON.stringify(mistake.value)}: ${mistake.why}${mistake.canonical ? `; did you mean ${JSON.stringify(mistake.canonical)}?` : ''}`);
    }
  }
  lines.push('', `Next: run support-table-lint${configPath === DEFAULT_INIT_CONFIG ? '' : ` --config ${configPath}`} on these files.`);
  io.stdout.write(safeLines(lines.map(terminalSafe).join('\n')) + '\n');
  return 0;
}
