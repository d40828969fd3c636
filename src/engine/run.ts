/**
 * Lints a list of files from disk: the I/O shell around the parser and
 * `lintDocument`. Problems with the file itself (unreadable, not UTF-8, past
 * the size or parse-time budget) become findings so that one bad file never
 * hides the results of the others. Parsing runs on worker threads when the
 * bundle ships them (see `markdown/parse-pool.ts`).
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { DEFAULT_BUDGETS, type CompiledConfig } from '../config/load.js';
import { ParsePool } from '../markdown/parse-pool.js';
import { mayContainTable } from '../markdown/prescan.js';
import { fileEncoding } from '../rules/file-encoding.js';
import { fileTooLarge } from '../rules/file-too-large.js';
import { parseTimeout } from '../rules/parse-timeout.js';
import type { RuleMeta } from '../rules/types.js';
import { isChecked, lintDocument } from './lint.js';
import type { FileResult, LintResult, Violation } from './types.js';

export interface RunOptions {
  /** Violations name files relative to this directory. */
  cwd: string;
}

export async function lintFiles(paths: string[], config: CompiledConfig, options: RunOptions): Promise<LintResult> {
  const pool = new ParsePool(paths.length);
  const files: FileResult[] = new Array(paths.length);
  // Several files in flight keep every worker busy; results keep the input order.
  const inFlight = pool.hasWorkers ? Math.max(2, 2 * availableParallelism()) : 1;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      files[index] = await lintFile(paths[index]!, config, options.cwd, pool);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(inFlight, paths.length) }, lane));
  } finally {
    await pool.close();
  }
  return { files };
}

/** `file` as violations name it: relative to `cwd`, with `/` separators. */
export const displayPath = (path: string, cwd: string): string => relative(cwd, resolve(cwd, path)).split(sep).join('/');

async function lintFile(path: string, config: CompiledConfig, cwd: string, pool: ParsePool): Promise<FileResult> {
  const file = displayPath(path, cwd);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    return fileProblem(config, file, `Could not read ${file}: ${describeIoError(error)}.`);
  }
  const source = decodeUtf8(bytes);
  if (source === undefined) {
    const line = firstNonUtf8Line(bytes);
    return fileProblem(
      config,
      file,
      `${file} is not valid UTF-8 (the first bad byte is on line ${line}), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").`,
      fileEncoding,
      line,
    );
  }
  const budgets = config.budgets ?? DEFAULT_BUDGETS;
  if (bytes.length > budgets.maxFileBytes) {
    return fileProblem(
      config,
      file,
      `${file} is ${mebibytes(bytes.length)}, more than the ${mebibytes(budgets.maxFileBytes)} size budget, so it was not linted. Split the file, or raise \`budgets.maxFileBytes\` in the config.`,
      fileTooLarge,
    );
  }
  // A file with no line that could be a table delimiter row has nothing to lint.
  if (!mayContainTable(source)) return { file, tablesChecked: 0, violations: [] };
  const started = performance.now();
  // Most tables in a documentation tree match no preset or entry; learning that
  // needs only their headers. The whole file is read when a table is checked
  // (or at once when an entry matches tables by heading).
  const byHeading = config.entries.some((entry) => entry.match?.heading !== undefined);
  let outcome = await pool.parse(source, budgets.maxParseMs, !byHeading);
  if ('document' in outcome && !byHeading) {
    if (!outcome.document.tables.some((table) => isChecked(file, table, config))) {
      return { file, tablesChecked: 0, violations: [] };
    }
    outcome = await pool.parse(source, Math.max(1, budgets.maxParseMs - (performance.now() - started)));
  }
  if ('document' in outcome) return lintDocument(file, outcome.document, config);
  const why = 'timeout' in outcome ? `took longer than the ${budgets.maxParseMs} ms parse budget` : `could not be parsed (${outcome.failure})`;
  return fileProblem(
    config,
    file,
    `${file} ${why}, so it was not linted. Split the file, or raise \`budgets.maxParseMs\` in the config.`,
    parseTimeout,
  );
}

const mebibytes = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${bytes.toLocaleString('en-US')} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The text of a UTF-8 file without its byte-order mark, or undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    // A leading BOM is dropped by the decoder (ignoreBOM defaults to false),
    // so positions count from the first real character, as editors show them.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The 1-based line of the first byte sequence that is not UTF-8. No UTF-8
 * sequence contains a newline byte, so the lines can be checked one by one.
 */
export function firstNonUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}

function fileProblem(config: CompiledConfig, file: string, message: string, rule: RuleMeta = fileEncoding, line = 1): FileResult {
  const severity = config.severities[rule.id] ?? rule.severity;
  if (severity === 'off') return { file, tablesChecked: 0, violations: [] };
  const violation: Violation = {
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    severity,
    rule: rule.id,
    message,
  };
  return { file, tablesChecked: 0, violations: [violation] };
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
