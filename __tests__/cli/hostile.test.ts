/**
 * The CLI applies the Action's read rules to what it is pointed at: a
 * symlink that leads outside the working directory is reported on the link
 * and never opened, a FIFO or a device is not opened, a symlinked folder is
 * not walked, and files a config names must lie inside the working
 * directory. Each case hung, leaked or read outside before. Run `npm run
 * bundle` first (`npm test` does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JsonReport } from '../../src/report/json.js';

const CLI = resolve('dist/cli.js');
const KATA = '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| arm64 | Best effort | | x |\n';
let root: string;
let dir: string;
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, STL_SECRET: 'leak-me-not-42' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, signal: run.signal };
};
const report = (stdout: string) => JSON.parse(stdout) as JsonReport;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stl-hostile-'));
  dir = join(root, 'repo');
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'ok.md'), KATA);
  writeFileSync(join(root, 'outside.md'), KATA.replace('arm64', 'outside-secret'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('files the CLI will not open', () => {
  it('a symlink to /proc/self/environ is reported on the link; the environment is never read', () => {
    symlinkSync('/proc/self/environ', join(dir, 'docs', 'leak.md'));
    const run = cli('-f', 'json', 'docs/');
    expect(run.stdout).not.toContain('leak-me-not-42');
    expect(report(run.stdout).violations.filter((v) => v.file === 'docs/leak.md').map((v) => [v.rule, v.message])).toEqual([
      ['file-unsafe', 'docs/leak.md was not read: it is a symlink (or lies in a symlinked folder) that leads outside the workspace. Replace it with a regular file, or keep it out of the linted paths.'],
    ]);
    // The other file is still linted.
    expect(report(run.stdout).violations.some((v) => v.file === 'docs/ok.md' && v.rule === 'allowed-values')).toBe(true);
  });

  it('a symlink to a file outside is not followed, named or found in a folder', () => {
    symlinkSync(join(root, 'outside.md'), join(dir, 'docs', 'out.md'));
    const run = cli('-f', 'json', 'docs/out.md');
    expect(run.stdout).not.toContain('outside-secret');
    expect(report(run.stdout).violations.map((v) => v.rule)).toEqual(['file-unsafe']);
  });

  it('/dev/zero and a FIFO named on the command line end at once with a finding', () => {
    execFileSync('mkfifo', [join(dir, 'docs', 'pipe.md')]);
    const run = cli('-f', 'json', 'docs/pipe.md', '/dev/zero');
    expect(run.signal).toBeNull();
    const [pipe, zero] = report(run.stdout).violations;
    expect([pipe!.file, pipe!.rule, pipe!.message]).toEqual([
      'docs/pipe.md',
      'file-unsafe',
      'docs/pipe.md was not read: it is not a regular file (a named pipe). Replace it with a regular file, or keep it out of the linted paths.',
    ]);
    expect([zero!.file.endsWith('dev/zero'), zero!.rule, zero!.message]).toEqual([true, 'file-unsafe', expect.stringContaining('was not read: it is not a regular file (a device)')]);
  });

  it('a symlinked folder is not walked (a link to / would walk the machine), and a loop lists nothing twice', () => {
    symlinkSync('/', join(dir, 'docs', 'root'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'loop'));
    const run = cli('-f', 'json', '.');
    expect(report(run.stdout).files.map((f) => f.file)).toEqual(['docs/ok.md']);
  });

  it('files in folders whose names hold line breaks are found by a folder, a `**` glob and a config\'s files:', () => {
    const folders = ['a\nb', 'c\rd', 'e\u2028f', 'g\u2029h'];
    for (const folder of folders) {
      mkdirSync(join(dir, 'docs', folder));
      writeFileSync(join(dir, 'docs', folder, 'x.md'), KATA);
    }
    const expected = ['docs/a\nb/x.md', 'docs/c\rd/x.md', 'docs/e\u2028f/x.md', 'docs/g\u2029h/x.md', 'docs/ok.md'];
    const files = (run: ReturnType<typeof cli>) => report(run.stdout).files.filter((f) => f.tablesChecked === 1).map((f) => f.file).sort();
    expect(files(cli('-f', 'json', 'docs/'))).toEqual(expected);
    expect(files(cli('-f', 'json', 'docs/**/*.md'))).toEqual(expected);
    writeFileSync(join(dir, 'c.yml'), 'tables:\n  - files: ["docs/**"]\n    preset: kata-support-levels\n');
    expect(files(cli('-f', 'json', '--config', 'c.yml', '.'))).toEqual(expected);
  });

  it("a config never reads git's own folder, where actions/checkout keeps the token: not as a source, not as a schema", () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic leak-me-not-42\n');
    writeFileSync(join(dir, 's.yml'), 'sources:\n  s:\n    extract: { files: [".git/config"], pattern: "extraheader = (?<n>.+)" }\n    key: n\ntables:\n  - preset: kata-support-levels\n    references: [{ source: s, column: Feature, unlisted: error }]\n');
    const source = cli('--config', 's.yml', 'docs/ok.md');
    expect(source.code).toBe(2);
    expect(source.stderr).toContain("s.yml:3: sources.s.extract.files: cannot read \".git/config\": it is in git's own .git folder");
    expect(source.stdout + source.stderr).not.toContain('leak-me-not-42');
    // Nor through a symlink the pull request adds, as a source or as a linted file.
    symlinkSync('../.git/config', join(dir, 'docs', 'cfg.md'));
    writeFileSync(join(dir, 'l.yml'), 'sources:\n  s:\n    extract: { files: ["docs/cfg.md"], pattern: "extraheader = (?<n>.+)" }\n    key: n\ntables:\n  - preset: kata-support-levels\n    references: [{ source: s, column: Feature, unlisted: error }]\n');
    const linked = cli('--config', 'l.yml', 'docs/ok.md');
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain("it is a symlink (or lies in a symlinked folder) that leads into git's own .git folder");
    expect(linked.stdout + linked.stderr).not.toContain('leak-me-not-42');
    const asFile = cli('-f', 'json', 'docs/');
    expect(asFile.stdout).not.toContain('leak-me-not-42');
    expect(report(asFile.stdout).violations.filter((v) => v.file === 'docs/cfg.md').map((v) => v.rule)).toEqual(['file-unsafe']);
    writeFileSync(join(dir, 'g.yml'), 'tables:\n  - schema: .git/config\n');
    expect(cli('--config', 'g.yml', 'docs/ok.md')).toMatchObject({ code: 2, stderr: expect.stringContaining("g.yml:2: tables[0].schema: cannot read the schema file \".git/config\": it is in git's own .git folder") });
  });

  it('a config naming a schema outside the working directory, or /dev/zero, is refused with the reason', () => {
    writeFileSync(join(dir, 'a.yml'), 'tables:\n  - schema: ../../etc/passwd\n');
    expect(cli('--config', 'a.yml', 'docs/ok.md').stderr).toBe(
      'support-table-lint: a.yml:2: tables[0].schema: cannot read the schema file "../../etc/passwd": it is outside the repository; name files inside it\n',
    );
    writeFileSync(join(dir, 'b.yml'), 'tables:\n  - schema: /dev/zero\n');
    expect(cli('--config', 'b.yml', 'docs/ok.md')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^support-table-lint: b\.yml:2: tables\[0\]\.schema: cannot read the schema file "\/dev\/zero": it is outside the repository/) });
  });

  it('a file whose name is not UTF-8 is named as such, with what to do, and the other files keep their findings', () => {
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'docs') + '/caf'), Buffer.from([0xe9]), Buffer.from('.md')]), KATA);
    const run = cli('-f', 'json', 'docs/');
    const found = report(run.stdout).violations;
    expect(found.filter((v) => v.file.includes('\uFFFD')).map((v) => [v.rule, v.message])).toEqual([
      ['file-encoding', 'Could not read docs/caf\uFFFD.md: its name is not UTF-8 (shown here with U+FFFD), so it cannot be opened by that name; rename the file.'],
    ]);
    expect(found.filter((v) => v.file === 'docs/ok.md').map((v) => v.rule)).toContain('allowed-values');
  });

  it('terminal escape codes in a cell reach the terminal as pictures', () => {
    writeFileSync(join(dir, 'docs', 'ok.md'), KATA.replace('Best effort', 'Best effort\u001b[2J'));
    const run = cli('docs/ok.md');
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain('Best effort␛[2J');
  });
});

describe('files the CLI will not write through', () => {
  const victim = () => join(root, 'victim.txt');
  beforeEach(() => writeFileSync(victim(), 'untouched'));

  it('--output-file that is a symlink a checkout holds is refused; the target is untouched', () => {
    symlinkSync(victim(), join(dir, 'report.json'));
    const run = cli('-f', 'json', '-o', 'report.json', 'docs/ok.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^support-table-lint: --output-file report\.json: cannot write it \(report\.json exists and is not a regular file/);
    expect(readFileSync(victim(), 'utf8')).toBe('untouched');
  });

  it('--output-file in a symlinked folder that leads out is refused before any folder is made there', () => {
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(dir, 'out'));
    const run = cli('-f', 'json', '-o', 'out/new/deeper/r.json', 'docs/ok.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lies in a folder that is a symlink out of the workspace');
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
  });

  it('init leaves a table of 100,000 columns alone and says so, rather than compiling a schema for minutes', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    writeFileSync(join(dir, 'docs', 'wide.md'), `# Wide\n\n| ${names.join(' | ')} |\n|${names.map(() => '-').join('|')}|\n`);
    const alone = cli('init', 'docs/wide.md');
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('docs/wide.md:3 (100000 columns), wider than the 1000 columns init writes a schema for; write the schema by hand');
    expect(existsSync(join(dir, '.github', 'support-table-lint.yml'))).toBe(false);
    const beside = cli('init', 'docs/wide.md', 'docs/ok.md');
    expect(beside.code).toBe(0);
    expect(beside.stdout).toContain('left alone: docs/wide.md:3 (100000 columns)');
    expect(existsSync(join(dir, '.github', 'support-table-lint.yml'))).toBe(true);
  });

  it('init never writes through a symlink, dangling or not, even with --force', () => {
    mkdirSync(join(dir, '.github'));
    symlinkSync(join(root, 'gone.yml'), join(dir, '.github', 'support-table-lint.yml'));
    const dangling = cli('init', 'docs/ok.md');
    expect(dangling.code).toBe(2);
    expect(dangling.stderr).toContain('.github/support-table-lint.yml');
    expect(existsSync(join(root, 'gone.yml'))).toBe(false);
    const forced = cli('init', '--force', 'docs/ok.md');
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('is not a regular file');
    expect(existsSync(join(root, 'gone.yml'))).toBe(false);
  });

  it('init into a symlinked .github folder that leads out is refused', () => {
    mkdirSync(join(root, 'elsewhere'));
    symlinkSync(join(root, 'elsewhere'), join(dir, '.github'));
    const run = cli('init', 'docs/ok.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lies in a folder that is a symlink out of the workspace');
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
  });
});

describe('markdown that makes the parser slow', () => {
  it("images nested 5,000 deep in one cell end in parse-timeout within the budget, not minutes in the parser, and the other file's finding stays", () => {
    writeFileSync(join(dir, 'c.yml'), 'budgets: { maxParseMs: 1000 }\ntables:\n  - files: ["docs/**"]\n    preset: kubevirt-feature-gates\n');
    const n = 5000;
    writeFileSync(join(dir, 'docs', 'nest.md'), `FEATURE GATE | GRADUATION | STATUS\n-- | -- | --\nAGate | ${'!['.repeat(n)}x${'](u)'.repeat(n)} | SUPPORTED\n`);
    writeFileSync(join(dir, 'docs', 'gates.md'), 'FEATURE GATE | GRADUATION | STATUS\n-- | -- | --\nBGate | GA | Supportd\n');
    const run = cli('--config', 'c.yml', '-f', 'json', 'docs/nest.md', 'docs/gates.md');
    expect(run.signal).toBeNull();
    expect(report(run.stdout).violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['docs/nest.md parse-timeout', 'docs/gates.md allowed-values']);
  });
});
