/** Command-line parsing: everything the user typed, checked before any work starts. */
import { parseArgs } from 'node:util';
import { FORMATS, type FormatName } from '../report/types.js';
import { PRESET_NAMES } from '../schema/presets.js';

export type Command = 'lint' | 'diff' | 'rows' | 'init';

/** Formats of the `diff` command. */
export const DIFF_FORMATS = ['stylish', 'json', 'markdown'] as const;

export interface CliOptions {
  command: Command;
  /** `--base REF`: compare with this git revision (lint: report only what the change introduced). */
  base?: string;
  /** Files, directories or globs; empty means the current directory. */
  targets: string[];
  config?: string;
  preset?: string;
  /** A report format, or `diff` (with a fix option): the fixes as a unified diff; `markdown` for the diff command. */
  format: FormatName | 'diff' | 'markdown';
  maxWarnings?: number;
  quiet: boolean;
  /** Write fixes to the files. */
  fix: boolean;
  /** Compute fixes without writing them. */
  fixDryRun: boolean;
  /** Lint the text on standard input (as `stdinFilename`, for globs and messages). */
  stdin: boolean;
  stdinFilename?: string;
  /** Write the report to this file instead of standard output. */
  outputFile?: string;
  /** `init`: replace files that exist. */
  force?: boolean;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake on the command line or in the targets: exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: support-table-lint [options] [file|directory|glob ...]
       support-table-lint diff --base REF [options] [file|directory|glob ...]
       support-table-lint rows [options] [file|directory|glob ...]
       support-table-lint init [--config FILE] [--force] [file|directory|glob ...]

Lint markdown support tables (feature-gate status, support levels) against
JSON Schemas and table rules. Directories are searched for *.md and *.markdown
files (node_modules and .git are skipped); a file named explicitly is linted
whatever its extension. Default target: the current directory.

Options:
  -c, --config FILE       config file (default: .github/support-table-lint.yml,
                          then .support-table-lint.yml; without one, the built-in
                          presets apply to tables whose header matches them)
  -p, --preset NAME       apply this built-in preset to every table whose
                          columns match it: ${PRESET_NAMES.join(', ')}
  -f, --format NAME       stylish (default), json, github or sarif; with a fix
                          option also diff (the fixes as a unified diff)
      --fix               fix what can be fixed and write the files; the
                          findings left are reported
      --fix-dry-run       like --fix, without writing: the report describes
                          the fixed text (json: each file's fixed "output")
      --base REF          compare with the files at git revision REF: report
                          (and exit 1 for) only the findings the change
                          introduced, and check how rows changed
      --stdin             lint standard input instead of files
      --stdin-filename F  the name standard input goes by (for files: globs)
  -o, --output-file F     write the report to F instead of standard output
      --max-warnings N    exit with 1 when there are more than N warnings
  -q, --quiet             report errors only
      --verbose           say, per table, what checked it or why nothing did
  -h, --help              show this help
  -v, --version           show the version

Commands:
  diff --base REF         print, per checked table, the rows added, removed,
                          renamed and changed since REF (--format stylish,
                          json or markdown)
  rows                    print the row objects a schema sees, one JSON
                          object per line (file, line, table, group, row)
  init                    write a config (--config, default
                          .github/support-table-lint.yml) and one schema per
                          table shape of the documents, and list the likely
                          mistakes it found; --force replaces existing files

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found
or too many warnings, 2 usage, config or schema error.
`;

export function parseCliArgs(argv: string[]): CliOptions {
  const command: Command = argv[0] === 'diff' || argv[0] === 'rows' || argv[0] === 'init' ? argv[0] : 'lint';
  const args = command === 'lint' ? argv : argv.slice(1);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        base: { type: 'string' },
        preset: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f', default: 'stylish' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        stdin: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    // parseArgs' messages are user-facing; the tail about `--` only confuses
    // someone who mistyped an option name.
    const message = String((error as { message?: unknown }).message ?? error);
    throw new UsageError(message.replace(/\. To specify a positional argument .*$/s, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  const fix = values.fix ?? false;
  const fixDryRun = values['fix-dry-run'] ?? false;
  if (command === 'init') {
    if (fix || fixDryRun || values.base !== undefined || values.stdin) throw new UsageError('init writes a config from documents: it takes no --fix, --fix-dry-run, --base or --stdin');
  } else if (values.force) {
    throw new UsageError('--force only goes with init');
  }
  if (command === 'rows') {
    if (fix || fixDryRun || values.base !== undefined) throw new UsageError('rows prints the row objects of tables: it takes no --fix, --fix-dry-run or --base');
  } else if (command === 'diff') {
    if (values.base === undefined) throw new UsageError('diff needs --base REF, the git revision to compare with');
    if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" for diff; use one of ${DIFF_FORMATS.join(', ')}`);
    if (fix || fixDryRun) throw new UsageError('diff shows changes between revisions; run --fix without diff');
  } else {
    if (format === 'diff' && !fix && !fixDryRun) throw new UsageError('--format diff shows fixes: add --fix-dry-run (or --fix)');
    if (format !== 'diff' && !(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
    }
    if (fix && fixDryRun) throw new UsageError('--fix writes the files and --fix-dry-run does not: use one of them');
  }
  const options: CliOptions = {
    command,
    targets: positionals,
    format: format as CliOptions['format'],
    quiet: values.quiet ?? false,
    fix,
    fixDryRun,
    stdin: values.stdin ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (values.config !== undefined) options.config = nonEmpty('--config', values.config);
  if (values.base !== undefined) options.base = nonEmpty('--base', values.base);
  if (values.force) options.force = true;
  if (values['stdin-filename'] !== undefined) options.stdinFilename = nonEmpty('--stdin-filename', values['stdin-filename']);
  if (values['output-file'] !== undefined) options.outputFile = nonEmpty('--output-file', values['output-file']);
  if (options.stdin && positionals.length > 0) {
    // `-q rows --stdin`: the command word came after an option, and reads as a file name.
    const word = positionals.find((target) => ['diff', 'rows', 'init'].includes(target));
    if (word !== undefined) throw new UsageError(`to run the ${word} command, put it first: support-table-lint ${word} [options]`);
    throw new UsageError('--stdin lints standard input: name no files (use --stdin-filename to give it a name)');
  }
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names standard input: add --stdin');
  if (options.stdin && fix) throw new UsageError('--fix cannot write standard input back: use --fix-dry-run (with --format json for the fixed text, or --format diff)');
  if (options.stdin && values.base !== undefined) throw new UsageError('--base compares files with a git revision: it cannot be used with --stdin');
  if (values.preset !== undefined) options.preset = nonEmpty('--preset', values.preset);
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings.trim())) {
      throw new UsageError(`--max-warnings needs a whole number of 0 or more, got "${maxWarnings}"`);
    }
    options.maxWarnings = Number(maxWarnings.trim());
  }
  return options;
}

function nonEmpty(option: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${option} needs a value`);
  return value;
}
