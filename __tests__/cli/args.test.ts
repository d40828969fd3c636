import { parseCliArgs, UsageError } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('defaults to stylish on the current directory', () => {
    expect(parseCliArgs([])).toEqual({ command: 'lint', targets: [], format: 'stylish', quiet: false, fix: false, fixDryRun: false, stdin: false, verbose: false, help: false, version: false });
  });

  it('reads every argument after `--` as a file, as the pre-commit hook passes them (`-draft.md` is a file)', () => {
    expect(parseCliArgs(['--', '-draft.md', 'docs/a.md']).targets).toEqual(['-draft.md', 'docs/a.md']);
    expect(() => parseCliArgs(['-draft.md'])).toThrow(UsageError);
  });

  it('reads every option, long and short', () => {
    expect(
      parseCliArgs(['docs/', '-c', 'lint.yml', '--preset', 'kata-support-levels', '-f', 'json', '--max-warnings', '3', '-q', 'README.md']),
    ).toEqual({
      command: 'lint',
      targets: ['docs/', 'README.md'],
      config: 'lint.yml',
      preset: 'kata-support-levels',
      format: 'json',
      maxWarnings: 3,
      quiet: true,
      fix: false,
      fixDryRun: false,
      stdin: false,
      verbose: false,
      help: false,
      version: false,
    });
    expect(parseCliArgs(['--fix', '--verbose'])).toMatchObject({ fix: true, verbose: true });
    expect(parseCliArgs(['--fix-dry-run', '--format', 'diff'])).toMatchObject({ fixDryRun: true, format: 'diff' });
    expect(parseCliArgs(['diff', '--base', 'origin/main', '-f', 'markdown', 'docs/'])).toMatchObject({ command: 'diff', base: 'origin/main', format: 'markdown', targets: ['docs/'] });
    expect(parseCliArgs(['--format=sarif', '--max-warnings=0', '-h', '-v'])).toMatchObject({ format: 'sarif', maxWarnings: 0, help: true, version: true });
  });

  it.each([
    [['--format', 'xml'], 'unknown format "xml"; use one of stylish, json, github, sarif'],
    [['--max-warnings=-1'], '--max-warnings needs a whole number of 0 or more, got "-1"'],
    [['--max-warnings', 'ten'], '--max-warnings needs a whole number of 0 or more, got "ten"'],
    [['--config', ''], '--config needs a value'],
    [['--colour'], "Unknown option '--colour'"],
    [['--config'], "Option '-c, --config <value>' argument missing"],
    [['--format', 'diff'], '--format diff shows fixes: add --fix-dry-run (or --fix)'],
    [['--fix', '--fix-dry-run'], '--fix writes the files and --fix-dry-run does not: use one of them'],
    [['diff', '--base', 'x', '-f', 'sarif'], 'unknown format "sarif" for diff; use one of stylish, json, markdown'],
    [['--format', 'markdown'], 'unknown format "markdown"; use one of stylish, json, github, sarif'],
    [['-q', 'rows', '--stdin', '--stdin-filename', 't.md'], 'to run the rows command, put it first: support-table-lint rows [options]'],
    [['--stdin', 'docs/a.md'], '--stdin lints standard input: name no files (use --stdin-filename to give it a name)'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new UsageError(message));
  });
});
