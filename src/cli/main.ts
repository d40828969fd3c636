/**
 * The CLI as a function of its arguments and I/O, so that every failure is
 * turned into a message and an exit code here, never a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { decodeUtf8, lintFiles } from '../engine/run.js';
import type { LintResult } from '../engine/types.js';
import { formatters } from '../report/index.js';
import { allViolations, countSeverities } from '../report/types.js';
import { allRules } from '../rules/index.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { expandTargets } from './files.js';
import { VERSION } from './version.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** Looked up in this order when `--config` is not given. */
export const CONFIG_FILES = ['.github/support-table-lint.yml', '.support-table-lint.yml'];

const ISSUES_URL = 'https://github.com/support-table-lint/support-table-lint/issues';

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(parseCliArgs(argv), io);
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
  }
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
  const readText = (path: string): string | undefined => {
    try {
      return decodeUtf8(readFileSync(resolve(io.cwd, path)));
    } catch {
      return undefined;
    }
  };
  const config = loadConfig({
    file: configFile(options, io.cwd),
    read: readText,
    preset: options.preset,
    knownRules: allRules.map((rule) => rule.id),
  });
  const targets = options.targets.length > 0 ? options.targets : ['.'];
  const files = await expandTargets(targets, io.cwd);
  if (files.length === 0) io.stderr.write(`support-table-lint: no markdown files found in ${targets.join(', ')}\n`);

  let result = await lintFiles(files, config, { cwd: io.cwd });
  if (options.quiet) result = errorsOnly(result);

  const color = options.format === 'stylish' && io.stdout.isTTY === true && !io.env.NO_COLOR;
  io.stdout.write(formatters[options.format](result, { color, version: VERSION, source: readText }));

  const counts = countSeverities(allViolations(result));
  if (counts.errors > 0) return 1;
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr.write(`support-table-lint: ${counts.warnings} warnings found, more than --max-warnings ${options.maxWarnings} allows.\n`);
    return 1;
  }
  return 0;
}

function configFile(options: CliOptions, cwd: string): string | null {
  if (options.config !== undefined) {
    if (!existsSync(resolve(cwd, options.config))) throw new UsageError(`config file ${options.config} not found`);
    return options.config;
  }
  return CONFIG_FILES.find((file) => existsSync(resolve(cwd, file))) ?? null;
}

const errorsOnly = (result: LintResult): LintResult => ({
  files: result.files.map((file) => ({ ...file, violations: file.violations.filter((v) => v.severity === 'error') })),
});
