/**
 * `--fix`, `--fix-dry-run` and `--format diff` as users run them: the bundled
 * CLI in a temp folder that is a git repository, so the diff is checked with
 * `git apply`. Run `npm run bundle` first (`npm test` does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { JsonReport } from '../../src/report/json.js';

const CLI = resolve('dist/cli.js');

const KATA = [
  '| Feature | Support State | Maintainers | Notes |',
  '| --- | --- | --- | --- |',
  '| arm64 | Best effort | [@acme/arm](https://github.com/orgs/acme/teams/arm) | Fewer runners |',
  '| shim | Deprecated? | | Replaced |',
  '| old | Obsolete | | Gone | extra |',
  '| short | Experimental | |',
  '',
].join('\n');

const GATES = ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'BGate | GA | Supported', 'AGate | Beta | UNVERIFIED', ''].join('\n');

let dir: string;
const write = (file: string, content: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
};
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-fix-'));
  write('kata.md', KATA);
  write('gates.md', `\uFEFF${GATES}`);
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'docs');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--fix', () => {
  it('writes the fixed files, keeps a byte-order mark, and reports only what no fix can mend', () => {
    const { code, stdout, stderr } = cli('--fix', '-f', 'json', 'kata.md', 'gates.md');
    expect(stderr).toBe('');
    expect(read('kata.md')).toBe(KATA.replace('Best effort', 'Best-effort').replace('Deprecated?', 'Deprecated').replace('| short | Experimental | |', '| short | Experimental | | |'));
    expect(read('gates.md')).toBe(`\uFEFF${['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', 'AGate | Beta | UNVERIFIED', 'BGate | GA | SUPPORTED', ''].join('\n')}`);
    const report = JSON.parse(stdout) as JsonReport;
    // Left: the row with an extra cell (which one is extra?) and the empty note the short row now shows.
    expect(report.violations.map((v) => `${v.file}:${v.line} ${v.rule}`)).toEqual(['kata.md:5 column-count', 'kata.md:6 required-cell']);
    expect(code).toBe(1);
  });

  it('--fix-dry-run writes nothing and reports the fixed text, with each changed file\'s output', () => {
    const { stdout } = cli('--fix-dry-run', '-f', 'json', 'kata.md');
    expect(read('kata.md')).toBe(KATA);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files[0]!.output).toContain('| arm64 | Best-effort |');
    expect(report.violations.map((v) => v.rule)).toEqual(['column-count', 'required-cell']);
  });

  it("--fix-dry-run's output is the file as --fix would write it, a byte-order mark included", () => {
    write('bom.md', `\ufeff${KATA}`);
    const report = JSON.parse(cli('--fix-dry-run', '-f', 'json', 'bom.md').stdout) as JsonReport;
    expect(report.files[0]!.output!.startsWith('\ufeff')).toBe(true);
    cli('--fix', 'bom.md');
    expect(read('bom.md')).toBe(report.files[0]!.output);
  });

  it('a file that starts with two byte-order marks: the second is text, findings sit on their cells, and --fix mends only them', () => {
    write('twice.md', `\ufeff\ufeff${GATES}`);
    const report = JSON.parse(cli('-f', 'json', 'twice.md').stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.line}:${v.column} ${v.rule}`)).toEqual(['1:1 header-invisible', '3:14 allowed-values', '4:1 sort-order']);
    cli('--fix', 'twice.md');
    // The file keeps its own mark; the invisible one in the header is gone, and the rows are mended, nothing else.
    expect(read('twice.md')).toBe(`\ufeff${GATES.replace('BGate | GA | Supported\nAGate | Beta | UNVERIFIED', 'AGate | Beta | UNVERIFIED\nBGate | GA | SUPPORTED')}`);
  });

  it('--fix-dry-run --format diff prints a patch that git applies', () => {
    const { code, stdout } = cli('--fix-dry-run', '--format', 'diff', 'kata.md', 'gates.md');
    // The exit code is the fixed text's, as in every format: an error no fix mends remains.
    expect(code).toBe(1);
    expect(stdout).toMatch(/^diff --git a\/kata\.md b\/kata\.md\n--- a\/kata\.md\n\+\+\+ b\/kata\.md\n@@ /);
    expect(read('kata.md')).toBe(KATA);
    write('fixes.patch', stdout);
    git('apply', 'fixes.patch');
    rmSync(join(dir, 'fixes.patch'));
    // After applying the patch, a plain run reports what the dry run said would be left.
    const after = cli('-f', 'json', 'kata.md', 'gates.md');
    expect(after.code).toBe(code);
    const applied = JSON.parse(after.stdout) as JsonReport;
    expect(applied.violations.map((v) => `${v.file}:${v.line} ${v.rule}`)).toEqual(['kata.md:5 column-count', 'kata.md:6 required-cell']);
  });

  it("a header one slip from a column the user's schema names is not renamed: the slip may be the schema's, and both are said", () => {
    write('.support-table-lint.yml', 'tables:\n  - files: ["support.md"]\n    schema: s.json\n');
    write('s.json', '{ "type": "object", "required": ["Functionality", "Suport"] }');
    write('support.md', '| Functionality | Support |\n| --- | --- |\n| a | Yes |\n');
    for (const args of [['--fix-dry-run'], ['--fix']]) {
      const report = JSON.parse(cli(...args, '-f', 'json', 'support.md').stdout) as JsonReport;
      // A two-column entry takes the table with its column a slip away: judged, and required-column says it both ways.
      expect(report.violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['support.md required-column']);
      expect(report.violations[0]!.message).toContain('if the slip is in the config or schema, correct "Suport" there');
    }
    expect(read('support.md')).toBe('| Functionality | Support |\n| --- | --- |\n| a | Yes |\n');
  });

  it('a file named twice, itself and through a symlink, is fixed once, and both names report the text written', () => {
    symlinkSync('kata.md', join(dir, 'alias.md'));
    const { stdout, stderr } = cli('--fix', '-f', 'json', 'kata.md', 'alias.md');
    expect(stderr).toBe('');
    expect(read('kata.md')).toBe(KATA.replace('Best effort', 'Best-effort').replace('Deprecated?', 'Deprecated').replace('| short | Experimental | |', '| short | Experimental | | |'));
    const report = JSON.parse(stdout) as JsonReport;
    // Not the findings of the text before the fix (Best effort, Deprecated?) under the second name.
    expect(report.violations.map((v) => `${v.file}:${v.line} ${v.rule}`)).toEqual(['kata.md:5 column-count', 'kata.md:6 required-cell', 'alias.md:5 column-count', 'alias.md:6 required-cell']);
    // The dry run's patch changes the file once.
    write('kata.md', KATA);
    const patch = cli('--fix-dry-run', '--format', 'diff', 'kata.md', 'alias.md').stdout;
    expect(patch.match(/^diff --git/gm)).toHaveLength(1);
    // Each name's JSON result holds the text --fix would write.
    const dry = JSON.parse(cli('--fix-dry-run', '-f', 'json', 'kata.md', 'alias.md').stdout) as JsonReport;
    expect(dry.files.map((f) => [f.file, f.output?.includes('| arm64 | Best-effort |')])).toEqual([['kata.md', true], ['alias.md', true]]);
  });

  it('a patch names the file a symlink leads to, which `git apply` writes (it writes through no link)', () => {
    symlinkSync('kata.md', join(dir, 'a-link.md'));
    const patch = cli('--fix-dry-run', '--format', 'diff', 'a-link.md', 'kata.md').stdout;
    expect(patch.match(/^diff --git .*$/gm)).toEqual(['diff --git a/kata.md b/kata.md']);
    writeFileSync(join(dir, 'fixes.patch'), patch);
    git('apply', 'fixes.patch');
    expect(read('kata.md')).toContain('| arm64 | Best-effort |');
  });

  it('a file named twice through hard links is fixed once, and the second name reports the text written', () => {
    linkSync(join(dir, 'kata.md'), join(dir, 'hard.md'));
    const report = JSON.parse(cli('--fix', '-f', 'json', 'kata.md', 'hard.md').stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.file}:${v.line} ${v.rule}`)).toEqual(['kata.md:5 column-count', 'kata.md:6 required-cell', 'hard.md:5 column-count', 'hard.md:6 required-cell']);
  });

  it('from standard input, a byte-order mark is kept in the fixed text and in the patch, as for a file by path', () => {
    const run = (format: string) =>
      spawnSync(process.execPath, [CLI, '--stdin', '--stdin-filename', 'gates.md', '--fix-dry-run', '-f', format], { cwd: dir, input: readFileSync(join(dir, 'gates.md')), encoding: 'utf8' }).stdout;
    expect((JSON.parse(run('json')) as JsonReport).files[0]!.output!.startsWith('\uFEFFFEATURE GATE')).toBe(true);
    writeFileSync(join(dir, 'fixes.patch'), run('diff'));
    git('apply', 'fixes.patch');
    expect(read('gates.md')).toMatch(/^\uFEFFFEATURE GATE/);
    expect(read('gates.md')).toContain('SUPPORTED');
  });

  it('stylish says what --fix would do: fixable problems before, files it would change on a dry run, nothing after --fix', () => {
    expect(cli('kata.md').stdout).toContain('\n  3 of them potentially fixable with the `--fix` option.\n');
    const dry = cli('--fix-dry-run', 'kata.md').stdout;
    expect(dry).toContain('\n  --fix would change 1 file (--fix-dry-run --format diff shows how); the problems above are those left after it.\n');
    expect(read('kata.md')).toBe(KATA);
    expect(cli('--fix', 'kata.md').stdout).not.toMatch(/--fix/);
  });

  it('two fixes that undo each other (a team renamed in a link text, put back from its URL) are both left, the file untouched, and the run says why, once', () => {
    write('.github/CODEOWNERS', '/agent/ @acme/agent @acme/runtime\n');
    write(
      '.github/support-table-lint.yml',
      [
        'sources:',
        '  teams:',
        '    extract: { files: [".github/CODEOWNERS"], pattern: "@(?<team>[a-z0-9-]+/[a-z0-9-]+)" }',
        '    key: team',
        'tables:',
        '  - files: ["teams.md"]',
        '    preset: kata-support-levels',
        '    references:',
        "      - { source: teams, column: Maintainers, pattern: '@(?<value>[a-z0-9-]+/[a-z0-9-]+)', unlisted: off }",
        '',
      ].join('\n'),
    );
    const page = '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| agent | Supported | [@acme/runtme](https://github.com/orgs/acme/teams/runtme) | |\n';
    write('teams.md', page);
    const plain = cli('teams.md');
    expect(plain.stdout).toContain('Maintainers "acme/runtme" of "agent" is not in teams: no item has team "acme/runtme". Did you mean "acme/runtime"?');
    const fixed = cli('--fix', 'teams.md');
    expect(read('teams.md')).toBe(page);
    expect(fixed.stderr).toBe('support-table-lint: teams.md:3:25: the fix for reference-unknown was not applied: the fix for link-text-url undoes it. Fix it by hand.\n');
    expect(fixed.code).toBe(1);
  });

  it('a clean file is left as it is', () => {
    write('clean.md', GATES.replace('BGate | GA | Supported\nAGate | Beta | UNVERIFIED', 'AGate | Beta | UNVERIFIED\nBGate | GA | SUPPORTED'));
    const before = read('clean.md');
    expect(cli('--fix', 'clean.md').code).toBe(0);
    expect(read('clean.md')).toBe(before);
  });
});
