/**
 * The CLI as users run it: `node dist/cli.js` in a folder of fixtures (run
 * `npm run bundle` first; `npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Log } from 'sarif';
import type { JsonReport } from '../../src/report/json.js';

const CLI = resolve('dist/cli.js');
const VERSION: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

const KATA = [
  '# Support levels',
  '',
  '| "Feature" | Support State | Maintainers | Notes |',
  '| --- | --- | --- | --- |',
  '| **Platforms** | | | |',
  '| amd64 | Supported | [@acme/arch-x86](https://github.com/orgs/acme/teams/arch-x86) | |',
  '| arm64 | Best effort | | Fewer runners |',
  '| |',
  '| **Tools** | | | |',
  '| packager | Deprecated | | Use the installer |',
  '| Packager | Obsolete | | Old copy |',
  '',
].join('\n');

const GATES = [
  '# Feature gates',
  '',
  'FEATURE GATE | GRADUATION | STATUS',
  '-- | -- | --',
  'AlphaGate | Alpha | SUPPORTED',
  'GammaGate | Beta | UNVERIFIED',
  'BetaGate | GA | SUPPORTED',
  'DeltaGate | GA | PENDING',
  '',
  '## Notes',
  '',
  '- **DeltaGate**: waiting for firmware support',
  '',
].join('\n');

const CLEAN = ['| Feature | Support State | Maintainers | Notes |', '| --- | --- | --- | --- |', '| amd64 | Supported | [@acme/x86](https://github.com/orgs/acme/teams/x86) | |', ''].join('\n');

let dir: string;

function write(file: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

function cli(args: string[], cwd = 'project') {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: join(dir, cwd), encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-cli-'));
  write('project/docs/kata.md', KATA);
  write('project/docs/gates.md', GATES);
  write('project/docs/clean.md', CLEAN);
  write('project/node_modules/dep/README.md', KATA);
  // "café" in Latin-1: not UTF-8.
  write('project/latin1.md', Buffer.concat([Buffer.from('| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| caf'), Buffer.from([0xe9]), Buffer.from(' | Supported | | |\n')]));
  write('project/bom.md', `\uFEFF${CLEAN.replace('Supported', 'supported')}`);
  write('project/broken-yaml.yml', 'tables:\n  - preset: kata-support-levels\n    files: [docs/*.md');
  write('project/unknown-preset.yml', 'tables:\n  - preset: kata-support-level\n');
  write('project/broken-schema.yml', 'tables:\n  - schema: schemas/broken.json\n');
  write('project/schemas/broken.json', '{ "type": "object", "properties": { "Feature": { "type": "strnig" } } }');
  write('with-config/.support-table-lint.yml', 'tables:\n  - files: ["**/*.md"]\n    preset: kubevirt-feature-gates\n    order: false\n');
  write('with-config/gates.md', GATES);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('support-table-lint (process)', () => {
  it('prints the usage with --help and the package version with --version', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: support-table-lint \[options\] \[file\|directory\|glob \.\.\.\]\n/);
    for (const option of ['--config', '--preset', '--format', '--max-warnings', '--quiet', '--help', '--version']) expect(help.stdout).toContain(option);
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('run from a folder below the config, says the config is not used and how to use it', () => {
    write('nested/.support-table-lint.yml', 'tables:\n  - preset: kubevirt-feature-gates\n');
    write('nested/sub/gates.md', GATES);
    expect(cli(['sub/gates.md'], 'nested').stderr).toBe('');
    const below = cli(['gates.md'], 'nested/sub');
    expect(below.stderr).toBe('support-table-lint: no config in this folder, so it is not used: ../.support-table-lint.yml; run from the folder that holds it, or pass --config ../.support-table-lint.yml\n');
  });

  it('a config under a name the lookup does not try is said to be unread, not ignored without a word', () => {
    write('misnamed/support-table-lint.yml', 'tables:\n  - preset: kubevirt-feature-gates\n');
    write('misnamed/gates.md', GATES);
    expect(cli(['gates.md'], 'misnamed').stderr).toBe(
      'support-table-lint: support-table-lint.yml is not read: a config is found only as .github/support-table-lint.yml or .support-table-lint.yml; rename it, or pass --config support-table-lint.yml\n',
    );
    expect(cli(['--config', 'support-table-lint.yml', 'gates.md'], 'misnamed').stderr).toBe('');
  });

  it('run from a folder below with --config ../.github/…, as the hint says: the schemas and sources the config names are read from the repository', () => {
    write('repo/.git/HEAD', 'ref: refs/heads/main\n');
    write('repo/.github/support-table-lint.yml', 'sources:\n  gates:\n    extract: { files: ["hack/*.go"], pattern: \'"(?<name>[A-Za-z]+Gate)"\' }\n    key: [name]\ntables:\n  - files: ["docs/*.md"]\n    schema: schemas/gates.yaml\n    references: [{ source: gates, column: FEATURE GATE }]\n');
    write('repo/schemas/gates.yaml', 'properties:\n  STATUS: { enum: [SUPPORTED] }\n');
    write('repo/hack/gates.go', 'const a = "AGate"\n');
    write('repo/docs/gates.md', 'FEATURE GATE | GRADUATION | STATUS\n-- | -- | --\nAGate | GA | SUPPORTED\nBGate | GA | Supported\n');
    const below = cli(['--config', '../.github/support-table-lint.yml', '-f', 'json', 'gates.md'], 'repo/docs');
    expect(below.stderr).toBe('');
    expect(JSON.parse(below.stdout).violations.map((v: { rule: string; line: number }) => `${v.line} ${v.rule}`)).toEqual(['4 reference-unknown', '4 allowed-values']);
    // The root is still the bound: a config there cannot name a file above it.
    write('repo/.github/up.yml', 'tables:\n  - files: ["docs/*.md"]\n    schema: ../outside.yaml\n');
    write('outside.yaml', 'type: object\n');
    expect(cli(['--config', '../.github/up.yml', 'gates.md'], 'repo/docs').stderr).toBe(
      'support-table-lint: ../.github/up.yml:3: tables[0].schema: cannot read the schema file "../../outside.yaml": it is outside the repository; name files inside it\n',
    );
  });

  it('run from a folder above a config beside the linted files, says that config is not used and how to use it', () => {
    write('nested/.support-table-lint.yml', 'tables:\n  - preset: kubevirt-feature-gates\n');
    write('nested/sub/gates.md', GATES);
    const above = cli(['nested/sub/gates.md', 'nested/sub'], 'nested/..');
    expect(above.stderr).toBe('support-table-lint: nested/.support-table-lint.yml is not used (only the working directory\'s config, or --config, is); run from its folder, or pass --config nested/.support-table-lint.yml\n');
    expect(cli(['--config', 'nested/.support-table-lint.yml', 'nested/sub/gates.md'], 'nested/..').stderr).toBe('');
  });

  it('exits 1 on errors and reports them at the cell, in json', () => {
    const { code, stdout, stderr } = cli(['--format', 'json', 'docs/kata.md']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.violations.map(({ message, fix, ...rest }) => rest)).toEqual([
      { file: 'docs/kata.md', line: 7, column: 11, endLine: 7, endColumn: 22, severity: 'error', rule: 'allowed-values', suggestion: 'Best-effort', field: 'Support State', rowKey: 'arm64' },
      { file: 'docs/kata.md', line: 11, column: 3, endLine: 11, endColumn: 11, severity: 'error', rule: 'unique-key', field: 'Feature', rowKey: 'Packager' },
    ]);
    expect(report.violations[0]!.message).toContain('"Best effort"');
    expect(report.violations[0]!.message).toContain('Did you mean "Best-effort"?');
    expect(report.violations[1]!.message).toContain('line 10');
    expect(report.violations[0]!.fix).toEqual({ range: [218, 229], text: 'Best-effort', line: 7, column: 11, endLine: 7, endColumn: 22 });
    expect(report.violations[1]!.fix).toBeUndefined();
    expect(report.files).toEqual([{ file: 'docs/kata.md', tablesChecked: 1, tablesLeftAlone: 0, errors: 2, warnings: 0, notices: 0, suppressed: 0 }]);
    expect(report.summary).toEqual({ files: 1, tables: 1, tablesLeftAlone: 0, errors: 2, warnings: 0, notices: 0, suppressed: 0 });
  });

  it('lints a directory without a config file, applying both presets and skipping node_modules', () => {
    const { code, stdout } = cli(['-f', 'json']);
    expect(code).toBe(1);
    const report = json(stdout);
    expect(report.files.map((f) => [f.file, f.tablesChecked, f.errors, f.warnings])).toEqual([
      ['bom.md', 1, 2, 0],
      ['docs/clean.md', 1, 0, 0],
      ['docs/gates.md', 1, 0, 1],
      ['docs/kata.md', 1, 2, 0],
      ['latin1.md', 0, 1, 0],
    ]);
    // The BOM is not counted: the bad cell is where an editor shows it.
    expect(report.violations.filter((v) => v.file === 'bom.md').map((v) => [v.line, v.column, v.rule, v.suggestion])).toEqual([
      [3, 11, 'allowed-values', 'Supported'],
      [3, 76, 'required-cell', undefined],
    ]);
  });

  it('--preset judges a table that lost one of the preset\'s columns, as a config entry does', () => {
    write('project/renamed.md', '| FEATURE GATE | MATURITY | STATUS |\n| --- | --- | --- |\n| AGate | GA | Supported |\n');
    const { code, stdout } = cli(['--preset', 'kubevirt-feature-gates', '-f', 'json', 'renamed.md']);
    expect(code).toBe(1);
    expect(json(stdout).violations.map((v) => v.rule)).toEqual(['required-column', 'allowed-values']);
  });

  it('exits 0 when there are only warnings, and 1 when they exceed --max-warnings', () => {
    const warnings = cli(['docs/gates.md']);
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toContain('sort-order');
    expect(cli(['--max-warnings', '1', 'docs/gates.md']).code).toBe(0);
    const tooMany = cli(['--max-warnings', '0', 'docs/gates.md']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe('support-table-lint: 1 warning found, more than --max-warnings 0 allows.\n');
  });

  it('reports errors only with --quiet', () => {
    const gates = cli(['--quiet', '--max-warnings', '0', '-f', 'json', 'docs/gates.md']);
    expect(gates.code).toBe(0);
    expect(json(gates.stdout).violations).toEqual([]);
    expect(json(gates.stdout).summary.warnings).toBe(0);
    expect(cli(['-q', 'docs/gates.md']).stdout).toBe('1 file, 1 table checked (0 tables left alone)\n');
  });

  it('prints stylish output with the source line and a marker, without colour when not on a terminal', () => {
    const { code, stdout } = cli(['docs/gates.md', 'docs/clean.md']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('docs/gates.md');
    expect(lines[1]).toMatch(/^ {2}6:1 {2}warning {2}FEATURE GATE "GammaGate" .* {2}sort-order$/);
    expect(lines.slice(2, 4)).toEqual(['    GammaGate | Beta | UNVERIFIED', '    ^~~~~~~~~']);
    expect(lines.slice(4)).toEqual(['', '✖ 1 problem (0 errors, 1 warning)', '  1 of them potentially fixable with the `--fix` option.', '2 files, 2 tables checked (0 tables left alone)', '']);
    expect(stdout).not.toContain('\u001b[');
  });

  it('writes GitHub workflow commands', () => {
    const { code, stdout } = cli(['--format', 'github', 'docs/kata.md', 'docs/gates.md']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=docs\/kata\.md,line=7,endLine=7,col=11,endColumn=21,title=allowed-values::Support State "Best effort" .*Did you mean "Best-effort"\?$/);
    expect(lines[1]).toMatch(/^::error file=docs\/kata\.md,line=11,endLine=11,col=3,endColumn=10,title=unique-key::/);
    expect(lines[2]).toMatch(/^::warning file=docs\/gates\.md,line=6,endLine=6,col=1,endColumn=9,title=sort-order::/);
  });

  it('writes SARIF 2.1.0 with rule metadata and relative locations', () => {
    const { code, stdout } = cli(['--format', 'sarif', 'docs/kata.md']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Log;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'support-table-lint', version: VERSION, informationUri: 'https://github.com/support-table-lint/support-table-lint' });
    const rules = run.tool.driver.rules!;
    expect(rules.find((r) => r.id === 'unique-key')).toMatchObject({ defaultConfiguration: { level: 'error' }, helpUri: expect.stringMatching(/^https:\/\//) });
    expect(run.results!.map((r) => ({ ruleId: r.ruleId, level: r.level, rule: rules[r.ruleIndex!]!.id, location: r.locations![0]!.physicalLocation }))).toEqual([
      {
        ruleId: 'allowed-values',
        level: 'error',
        rule: 'allowed-values',
        location: { artifactLocation: { uri: 'docs/kata.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 11, endLine: 7, endColumn: 22 } },
      },
      {
        ruleId: 'unique-key',
        level: 'error',
        rule: 'unique-key',
        location: { artifactLocation: { uri: 'docs/kata.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 11, startColumn: 3, endLine: 11, endColumn: 11 } },
      },
    ]);
  });

  it('reports a file that is not UTF-8 and goes on with the others', () => {
    const { code, stdout } = cli(['-f', 'json', 'latin1.md', 'docs/clean.md']);
    expect(code).toBe(1);
    expect(json(stdout).violations).toEqual([
      {
        file: 'latin1.md',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 1,
        severity: 'error',
        rule: 'file-encoding',
        message: 'latin1.md is not valid UTF-8 (the first bad byte is on line 3), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").',
      },
    ]);
    expect(json(stdout).files.map((f) => f.file)).toEqual(['latin1.md', 'docs/clean.md']);
  });

  it('finds .support-table-lint.yml in the working directory', () => {
    // The config turns ordering off, so the out-of-order gate passes.
    expect(cli(['-f', 'json'], 'with-config')).toMatchObject({ code: 0 });
    expect(json(cli(['-f', 'json'], 'with-config').stdout).summary).toEqual({ files: 1, tables: 1, tablesLeftAlone: 0, errors: 0, warnings: 0, notices: 0, suppressed: 0 });
  });

  it.each([
    [['--format', 'xml'], 'support-table-lint: unknown format "xml"; use one of stylish, json, github, sarif\nRun "support-table-lint --help" for usage.\n'],
    [['--frmat', 'json'], `support-table-lint: Unknown option '--frmat'\nRun "support-table-lint --help" for usage.\n`],
    [['missing.md'], 'support-table-lint: missing.md: no such file or directory\nRun "support-table-lint --help" for usage.\n'],
    [['docs/*.rst'], 'support-table-lint: no files match the pattern "docs/*.rst"\nRun "support-table-lint --help" for usage.\n'],
    [['--config', 'nope.yml'], 'support-table-lint: config file nope.yml not found\nRun "support-table-lint --help" for usage.\n'],
    [['--preset', 'kata'], 'support-table-lint: unknown preset "kata"; use one of kubevirt-feature-gates, kata-support-levels\n'],
  ])('exits 2 on the usage error %j', (args, stderr) => {
    expect(cli(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it.each([
    ['broken YAML', 'broken-yaml.yml', /^support-table-lint: broken-yaml\.yml:3: invalid YAML: /],
    ['an unknown preset', 'unknown-preset.yml', /^support-table-lint: unknown-preset\.yml:2: tables\[0\]\.preset: unknown preset "kata-support-level"/],
    ['a broken schema file', 'broken-schema.yml', /^support-table-lint: schemas\/broken\.json:1: .*invalid JSON Schema/],
  ])('exits 2 on a config with %s, naming the file and line, without a stack trace', (_name, config, message) => {
    const { code, stdout, stderr } = cli(['--config', config, 'docs/kata.md']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('README quick start', () => {
  it('shows the real output of the main command on the shipped examples', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('<!-- section: quick-start -->'), readme.indexOf('<!-- /section: quick-start -->'));
    // The output quotes `--fix` in backticks: the block ends at the fence, not at the first backtick.
    const shown = /node dist\/cli\.js examples\/\n```\n[^`]*```text\n([\s\S]*?)```/.exec(section)?.[1];
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NO_COLOR;
    const run = spawnSync(process.execPath, [CLI, 'examples/'], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(shown).toBe(run.stdout);
  });
});
