/**
 * Standard input, report files and the rows command, through the bundled CLI
 * (markdownlint-cli2's and ESLint's conventions: --stdin, --stdin-filename,
 * --output-file). Run `npm run bundle` first (`npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JsonReport } from '../../src/report/json.js';

const CLI = resolve('dist/cli.js');
const KATA = '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| arm64 | Best effort | [@acme/arm](https://github.com/orgs/acme/teams/arm)* | 1.33<sup>EOL</sup> |\n';
let dir: string;
const cli = (args: string[], input?: string) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', ...(input !== undefined ? { input } : {}) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-io-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--stdin', () => {
  it('lints standard input under the name --stdin-filename gives, which config globs match', () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    const named = cli(['--stdin', '--stdin-filename', 'docs/support.md', '-f', 'json'], KATA);
    expect(named.code).toBe(1);
    expect((JSON.parse(named.stdout) as JsonReport).violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['docs/support.md allowed-values']);
    // Outside the entry's files: nothing checks it, and a notice says so.
    const other = JSON.parse(cli(['--stdin', '--stdin-filename', 'README.md', '-f', 'json'], KATA).stdout) as JsonReport;
    expect(other.violations.map((v) => `${v.file} ${v.rule} ${v.severity}`)).toEqual(['README.md file-not-covered notice']);
  });

  it('--fix-dry-run on standard input gives the fixed text, or a diff', () => {
    const json = JSON.parse(cli(['--stdin', '--fix-dry-run', '-f', 'json'], KATA).stdout) as JsonReport;
    expect(json.files[0]!.output).toContain('| arm64 | Best-effort |');
    expect(cli(['--stdin', '--fix-dry-run', '-f', 'diff'], KATA).stdout).toMatch(/^diff --git a\/<stdin> b\/<stdin>\n[^]*\+\| arm64 \| Best-effort \|/);
  });

  it("--fix-dry-run on standard input keeps the config's own findings, as a plain run does", () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - preset: kata-support-levels\n    ignore:\n      - { rule: unique-key, rows: [nothing] }\n');
    const rules = (args: string[]) => (JSON.parse(cli(['--stdin', '-f', 'json', ...args], KATA).stdout) as JsonReport).violations.map((v) => `${v.file} ${v.rule}`);
    expect(rules([])).toContain('.support-table-lint.yml unused-suppression');
    expect(rules(['--fix-dry-run'])).toEqual(['.support-table-lint.yml unused-suppression']);
  });

  it('refuses what standard input cannot do', () => {
    expect(cli(['--stdin', '--fix'], KATA).stderr).toMatch(/^support-table-lint: --fix cannot write standard input back: use --fix-dry-run/);
    expect(cli(['--stdin', 'a.md'], KATA).code).toBe(2);
  });
});

describe('--output-file', () => {
  it('writes the report to the file (folders created), and nothing to standard output', () => {
    writeFileSync(join(dir, 'kata.md'), KATA);
    const run = cli(['-f', 'json', '-o', 'reports/lint.json', 'kata.md']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect((JSON.parse(readFileSync(join(dir, 'reports/lint.json'), 'utf8')) as JsonReport).summary.errors).toBe(1);
  });
});

describe('rows', () => {
  it('prints the row objects a schema sees, one JSON object per line', () => {
    writeFileSync(join(dir, 'kata.md'), KATA);
    const run = cli(['rows', 'kata.md']);
    expect(run.code).toBe(0);
    const [line] = run.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(line).toEqual({
      file: 'kata.md',
      line: 3,
      table: 'Feature | Support State | Maintainers | Notes',
      judgedBy: 'preset kata-support-levels',
      kind: 'data',
      group: null,
      row: {
        $group: null,
        $raw: {
          Feature: 'arm64',
          'Support State': 'Best effort',
          Maintainers: '[@acme/arm](https://github.com/orgs/acme/teams/arm)*',
          Notes: '1.33<sup>EOL</sup>',
        },
        $links: { Feature: [], 'Support State': [], Maintainers: [{ text: '@acme/arm', url: 'https://github.com/orgs/acme/teams/arm' }], Notes: [] },
        Feature: 'arm64',
        'Support State': 'Best effort',
        Maintainers: '@acme/arm*',
        Notes: '1.33EOL',
      },
    });
  });
});

describe('--verbose with a machine-read format', () => {
  it('goes to standard error, and the report on standard output stays JSON', () => {
    writeFileSync(join(dir, 'kata.md'), KATA + '\n| Option | Default |\n| - | - |\n| a | b |\n');
    const run = cli(['--verbose', '-f', 'json', 'kata.md']);
    expect((JSON.parse(run.stdout) as JsonReport).summary.errors).toBe(1);
    expect(run.stderr).toContain('kata.md:\n  line 1: checked by preset kata-support-levels (1 row): Feature | Support State | Maintainers | Notes\n  line 5: left alone');
  });
});

describe('rows: kinds as the judge sees them', () => {
  it('a bold row of a table judged with groups: false is shown as data, and no row is under it', () => {
    writeFileSync(join(dir, 'gates.md'), 'FEATURE GATE | GRADUATION | STATUS\n-- | -- | --\n**AGate** | GA |\nBGate | GA | SUPPORTED\n');
    const lines = cli(['rows', 'gates.md']).stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(lines.map((line) => [line.judgedBy, line.kind, line.group, line.row.$group])).toEqual([
      ['preset kubevirt-feature-gates', 'data', null, null],
      ['preset kubevirt-feature-gates', 'data', null, null],
    ]);
  });

  it('reads standard input with --stdin, under the name --stdin-filename gives (which picks the config entry)', () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    const run = cli(['rows', '--stdin', '--stdin-filename', 'docs/support.md'], KATA);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n').map((text) => JSON.parse(text));
    expect(lines.map((line) => [line.file, line.line, line.judgedBy, line.row['Support State']])).toEqual([['docs/support.md', 3, 'tables[0] (preset kata-support-levels)', 'Best effort']]);
    expect(cli(['rows', '--stdin'], '# no table\n').stderr).toContain('support-table-lint: <stdin>: no table rows');
  });

  it('a file without table rows (a table in a fence) says so on standard error, not with silence', () => {
    writeFileSync(join(dir, 'fenced.md'), '```\n| A | B |\n| - | - |\n| x | y |\n```\n');
    expect(cli(['rows', 'fenced.md'])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'support-table-lint: fenced.md: no table rows (no table, or none with rows below its delimiter row; a table starts with a header row, then a delimiter row such as | --- | --- |)\n',
    });
  });
});

describe('init', () => {
  const DOC = [
    '## Levels',
    '',
    '1. Supported: maintained',
    '1. Best-effort: when we can',
    '',
    '## Matrix',
    '',
    '| Feature | Support Level | Maintainers | Notes |',
    '| --- | --- | --- | --- |',
    '| amd64 | Supported | [@acme/x86](https://github.com/orgs/acme/teams/x86) | |',
    '| arm64 | Best effort | [@acme/arm](https://github.com/orgs/acme/teams/arm) | |',
    '| s390x | Supported | | |',
    '',
  ].join('\n');

  it('writes a config that a plain run then uses, and lists the likely mistakes', () => {
    writeFileSync(join(dir, 'support.md'), DOC);
    const run = cli(['init', 'support.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote .github/support-table-lint.yml\nWrote .github/feature-support-level-maintainers-notes.schema.yaml\n');
    expect(run.stdout).toContain('support.md:11  Support Level "Best effort": the legend under "Levels" spells it "Best-effort"; did you mean "Best-effort"?');
    const lint = JSON.parse(cli(['-f', 'json', 'support.md']).stdout) as JsonReport;
    expect(lint.violations.map((v) => `${v.line} ${v.rule} ${v.suggestion ?? ''}`)).toEqual(['11 allowed-values Best-effort']);
  });

  it('never replaces a file without --force; a config already there is added to; --config writes elsewhere', () => {
    writeFileSync(join(dir, 'support.md'), DOC);
    expect(cli(['init', 'support.md']).code).toBe(0);
    const config = readFileSync(join(dir, '.github/support-table-lint.yml'), 'utf8');
    expect(cli(['init', 'support.md'])).toEqual({ code: 0, stdout: 'Every table of support.md is checked by .github/support-table-lint.yml already; nothing was written.\n', stderr: '' });
    // A new page: its table gets an entry and a schema of its own; the config's own text stays as it was.
    writeFileSync(join(dir, 'releases.md'), '| Release | Status |\n| --- | --- |\n| 1.1 | Active |\n| 1.0 | EOL |\n');
    const added = cli(['init', 'support.md', 'releases.md']);
    expect(added.stdout).toContain('Added 1 entry to .github/support-table-lint.yml\nWrote .github/release-status.schema.yaml\n  left to its entries: support.md:8\n');
    const grown = readFileSync(join(dir, '.github/support-table-lint.yml'), 'utf8');
    expect(grown.startsWith(config.trimEnd())).toBe(true);
    expect(grown.slice(config.trimEnd().length)).toBe('\n  # Release | Status\n  - files: ["releases.md"]\n    schema: ".github/release-status.schema.yaml"\n');
    expect(JSON.parse(cli(['-f', 'json', 'support.md', 'releases.md']).stdout).summary.tables).toBe(2);
    // Entries go at the end of the list, before a key that follows it; a list in flow style is left alone.
    writeFileSync(join(dir, '.github/support-table-lint.yml'), `${config.trimEnd()}\nseverities:\n  sort-order: error\n`);
    rmSync(join(dir, '.github/release-status.schema.yaml'));
    cli(['init', 'releases.md']);
    expect(readFileSync(join(dir, '.github/support-table-lint.yml'), 'utf8')).toBe(`${config.trimEnd()}\n  # Release | Status\n  - files: ["releases.md"]\n    schema: ".github/release-status.schema.yaml"\nseverities:\n  sort-order: error\n`);
    writeFileSync(join(dir, '.github/support-table-lint.yml'), 'tables:\n  [ { files: ["support.md"], schema: ".github/feature-support-level-maintainers-notes.schema.yaml" } ]\n');
    rmSync(join(dir, '.github/release-status.schema.yaml'));
    const flow = cli(['init', 'releases.md']);
    expect(flow.stderr).toMatch(/^support-table-lint: cannot add to \.github\/support-table-lint\.yml: with the new entries it would not load \(.*\); nothing was written\./);
    expect(existsSync(join(dir, '.github/release-status.schema.yaml'))).toBe(false);
    // A byte-order mark stays, and a block scalar's `#` line stays in the scalar.
    const scalar = `\ufeff${config.trimEnd()}\n    ignore:\n      - rule: sort-order\n        reason: |\n          kept as published\n          # issue 42\n`;
    writeFileSync(join(dir, '.github/support-table-lint.yml'), scalar);
    cli(['init', 'releases.md']);
    expect(readFileSync(join(dir, '.github/support-table-lint.yml'), 'utf8')).toBe(`${scalar}  # Release | Status\n  - files: ["releases.md"]\n    schema: ".github/release-status.schema.yaml"\n`);
    rmSync(join(dir, '.github/release-status.schema.yaml'));
    // A config that does not load is not added to.
    writeFileSync(join(dir, '.github/support-table-lint.yml'), 'tables: [\n');
    expect(cli(['init', 'releases.md']).stderr).toMatch(/^support-table-lint: \.github\/support-table-lint\.yml exists and does not load \(.*\); nothing was written\. Mend it, or run with --force to replace it/);
    expect(cli(['init', '--force', 'support.md']).code).toBe(0);
    expect(cli(['init', '--config', 'lint/tables.yml', 'support.md']).stdout).toContain('Wrote lint/tables.yml');
    expect(readFileSync(join(dir, 'lint/tables.yml'), 'utf8')).toContain('- files: ["../support.md"]\n    schema: "feature-support-level-maintainers-notes.schema.yaml"');
    expect(cli(['--config', 'lint/tables.yml', '-f', 'json', 'support.md']).code).toBe(1);
  });

  it("a table a built-in preset checks keeps the preset, and what the preset reports is listed", () => {
    writeFileSync(join(dir, 'support.md'), DOC.replace('Support Level', 'Support State'));
    const run = cli(['init', 'support.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote .github/support-table-lint.yml\n  preset kata-support-levels: support.md:8\n');
    expect(run.stdout).toContain('support.md:11  Support State "Best effort" of "arm64" is not one of');
    expect(readFileSync(join(dir, '.github/support-table-lint.yml'), 'utf8')).toContain('  - files: ["support.md"]\n    preset: kata-support-levels\n');
    const listed = run.stdout.split('\n').filter((line) => /^  support\.md:\d+  /.test(line)).map((line) => Number(/:(\d+)/.exec(line)![1]));
    const lint = JSON.parse(cli(['-f', 'json', 'support.md']).stdout) as JsonReport;
    expect(lint.violations.length).toBeGreaterThan(0);
    for (const violation of lint.violations) expect(listed).toContain(violation.line);
  });

  it('a file name that would be a workflow command is no command in its output', () => {
    writeFileSync(join(dir, '::warning::x.md'), DOC);
    const run = cli(['init', '::warning::x.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  :\u200b:warning::x.md:11  Support Level "Best effort"');
    expect(run.stdout.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([]);
  });

  it('says so when the documents have no table', () => {
    writeFileSync(join(dir, 'prose.md'), '# Just prose\n');
    expect(cli(['init', 'prose.md']).stderr).toMatch(/^support-table-lint: no tables in prose\.md: name the documents/);
  });
});

describe('--fix when a file cannot be written', () => {
  it('fixes and reports the others, and reports that one as it is, unfixed', () => {
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), KATA);
    const locked = join(dir, 'b.md');
    // Immutable even for root (ext4, and most file systems); else read-only, which binds any other user.
    const immutable = spawnSync('chattr', ['+i', locked]).status === 0;
    if (!immutable) chmodSync(locked, 0o444);
    try {
      const run = cli(['--fix', '-f', 'json', 'a.md', 'b.md', 'c.md']);
      expect(run.stderr).toMatch(/^support-table-lint: b\.md: the fixes were not written \(.+\); it is reported as it is: make it writable and run --fix again\.$/m);
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['b.md allowed-values']);
      expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain('| arm64 | Best-effort |');
      expect(readFileSync(join(dir, 'c.md'), 'utf8')).toContain('| arm64 | Best-effort |');
      expect(readFileSync(locked, 'utf8')).toBe(KATA);
      expect(run.code).toBe(1);
    } finally {
      if (immutable) spawnSync('chattr', ['-i', locked]);
    }
  });
});

describe('standard output closed early (`| head`)', () => {
  // The reader closes the pipe after its first line: the run must still end with its verdict, as
  // `support-table-lint docs/ | head` under `set -o pipefail` relies on.
  const pipedToHead = (args: string[]) =>
    spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$@" | head -n 1 >/dev/null', process.execPath, CLI, ...args], { cwd: dir, encoding: 'utf8' });

  it('exits 1 on an error, and 0 on a clean file, with no trace', () => {
    // Enough findings that the report is longer than the pipe's buffer: the write after `head` left fails.
    writeFileSync(join(dir, 'broken.md'), '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n' + Array.from({ length: 3000 }, (_, i) => `| f${i} | Best effort | | |\n`).join(''));
    writeFileSync(join(dir, 'clean.md'), '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| f | Supported | [@a/b](https://github.com/orgs/a/teams/b) | |\n');
    for (const format of ['stylish', 'json']) {
      const broken = pipedToHead(['broken.md', '-f', format]);
      expect({ format, code: broken.status, stderr: broken.stderr }).toEqual({ format, code: 1, stderr: '' });
    }
    const clean = pipedToHead(['clean.md']);
    expect({ code: clean.status, stderr: clean.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
