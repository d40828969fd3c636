/**
 * Standard input, report files and the rows command, through the bundled CLI
 * (markdownlint-cli2's and ESLint's conventions: --stdin, --stdin-filename,
 * --output-file). Run `npm run bundle` first (`npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
