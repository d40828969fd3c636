/**
 * `--base REF` and `diff --base REF` as users run them: the bundled CLI in a
 * git repository built in a temp folder, the base committed, the head in the
 * working tree. Run `npm run bundle` first (`npm test` does).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JsonReport } from '../../src/report/json.js';

const CLI = resolve('dist/cli.js');
const md = (...lines: string[]): string => lines.join('\n') + '\n';
const gates = (...rows: string[]) => md('FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', ...rows);
const BASE = ['AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGate | Deprecated | SUPPORTED', 'EGate | Beta | Supported'];

let dir: string;
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-base-'));
  writeFileSync(join(dir, 'gates.md'), gates(...BASE));
  writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n');
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--base', () => {
  it('reports only what the change introduced: a regression and a forbidden removal, not the old mistake', () => {
    // CGate GA → Alpha (forbidden), AGate Alpha → Beta (allowed), BGate removed while Beta (forbidden), DGate removed while Deprecated (allowed).
    writeFileSync(join(dir, 'gates.md'), gates('AGate | Beta | SUPPORTED', 'CGate | Alpha | SUPPORTED', 'EGate | Beta | Supported'));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.line} ${v.rule} ${v.rowKey ?? ''}`)).toEqual(['1 transition BGate', '4 transition CGate']);
    expect(report.existing!.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values EGate']);
    expect(code).toBe(1);
  });

  it('a config option that checks nothing is shown although the base had it too: a misspelt transitions column lets a forbidden change through', () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n    transitions:\n      GRADUATON: { GA: [] }\n');
    writeFileSync(join(dir, 'gates.md'), gates(...BASE.slice(0, 2), 'CGate | Deprecated | SUPPORTED', ...BASE.slice(3)));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.line} ${v.rule}`)).toEqual(['1 option-column']);
    expect(report.violations[0]!.message).toContain('names the column "GRADUATON"');
    expect(code).toBe(1);
  });

  it('a file that could not be checked at the base cannot be changed unchecked: its finding gates, though the base had it too', () => {
    // A size budget both versions pass: the base was never checked, and a broken row added now would pass as old news.
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\nbudgets:\n  maxFileBytes: 100\n');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qam', 'budget');
    writeFileSync(join(dir, 'gates.md'), gates(...BASE, 'FGate | GA | BOGUS'));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => v.rule)).toEqual(['file-too-large']);
    expect(report.existing).toEqual([]);
    expect(code).toBe(1);
  });

  it('a file the change did not touch, too large before and after, stays pre-existing: it fails no change to another file', () => {
    writeFileSync(join(dir, 'big.md'), gates(...BASE, ...Array.from({ length: 20 }, (_, i) => `G${i}Gate | GA | SUPPORTED`)));
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\nbudgets:\n  maxFileBytes: 400\n');
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qm', 'big');
    writeFileSync(join(dir, 'gates.md'), gates(...BASE.slice(0, 4)));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', '.');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['gates.md transition']);
    expect(report.existing!.map((v) => `${v.file} ${v.rule}`)).toEqual(['big.md file-too-large']);
    expect(code).toBe(1);
  });

  it('a change that moves a table to an entry without transitions (its heading renamed) is still judged by the transitions it had', () => {
    writeFileSync(join(dir, 'generic.yaml'), 'type: object\nrequired: [FEATURE GATE]\n');
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n    match: { heading: Feature gates }\n  - files: ["*.md"]\n    schema: generic.yaml\n');
    writeFileSync(join(dir, 'gates.md'), '# Feature gates\n\n' + gates(...BASE));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qm', 'two entries');
    writeFileSync(join(dir, 'gates.md'), '# Gates\n\n' + gates(...BASE.slice(0, 2), 'CGate | Alpha | SUPPORTED', ...BASE.slice(3)));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.filter((v) => v.rule === 'transition').map((v) => v.message)).toEqual(['GRADUATION of "CGate" went from GA to Alpha; from GA it may only go to Deprecated.']);
    expect(code).toBe(1);
  });

  it('a table its heading edit took out of an entry that picks tables by heading is said to be that, not a rename', () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n    match: { heading: Feature gates }\n');
    writeFileSync(join(dir, 'gates.md'), '# Feature gates\n\n' + gates(...BASE));
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qam', 'heading');
    writeFileSync(join(dir, 'gates.md'), '# Gates\n\n' + gates(...BASE));
    const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(report.violations.find((v) => v.rule === 'table-unchecked')?.message).toContain('the headings above it changed ("Feature gates" before, "Gates" now), and the config picks tables by heading. Restore the heading');
  });

  it('a folder the change deleted whole, named as a target, names its pages as deleted files', () => {
    mkdirSync(join(dir, 'docs', 'old'), { recursive: true });
    git('mv', 'gates.md', 'docs/old/gates.md');
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["**/*.md"]\n    preset: kubevirt-feature-gates\n');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qam', 'docs');
    git('rm', '-rq', 'docs');
    const { code, stdout, stderr } = cli('--base', 'HEAD', '-f', 'json', 'docs');
    expect(stderr).toBe('');
    // The entry's glob matches no file left on disk: said, as for a glob target.
    expect((JSON.parse(stdout) as JsonReport).violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['docs/old/gates.md transition', '.support-table-lint.yml unmatched-entry']);
    expect(code).toBe(1);
  });

  it('a git that stops answering (a partial clone whose remote stalls) costs one timeout per run, and each file says why', () => {
    // A git that hangs reading blobs, and logs each time it is asked to.
    const bin = join(dir, '.fake-bin');
    mkdirSync(bin);
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nfor a in "$@"; do if [ "$a" = cat-file ]; then echo x >> "${join(bin, 'calls')}"; exec sleep 30; fi; done\nexec "${realGit}" "$@"\n`, { mode: 0o755 });
    // More pages than are read at once: those asked after the first timeout are not waited for.
    const pages = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}.md`);
    for (const page of pages) writeFileSync(join(dir, page), gates(...BASE));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qm', 'pages');
    for (const page of pages) writeFileSync(join(dir, page), gates(...BASE.slice(0, 4)));
    const run = spawnSync(process.execPath, [CLI, '--base', 'HEAD', '-f', 'json', ...pages], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SUPPORT_TABLE_LINT_GIT_TIMEOUT: '1' },
    });
    const report = JSON.parse(run.stdout) as JsonReport;
    const unchecked = report.violations.filter((v) => v.rule === 'table-unchecked');
    expect(unchecked.map((v) => v.file)).toEqual(pages);
    for (const finding of unchecked) expect(finding.message).toContain('did not finish within 1 s (a partial clone fetching a file from a remote that does not answer?)');
    const calls = readFileSync(join(bin, 'calls'), 'utf8').split('\n').length - 1;
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(pages.length);
  });

  it('a repository whose folder name ends in a space is still found', () => {
    const spaced = `${dir} `;
    execFileSync('cp', ['-a', dir, spaced]);
    try {
      writeFileSync(join(spaced, 'gates.md'), gates(...BASE.slice(0, 2), 'CGate | Alpha | SUPPORTED', ...BASE.slice(3)));
      const run = spawnSync(process.execPath, [CLI, '--base', 'HEAD', '-f', 'json', 'gates.md'], { cwd: spaced, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect((JSON.parse(run.stdout) as JsonReport).violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['transition CGate']);
    } finally {
      rmSync(spaced, { recursive: true, force: true });
    }
  });

  it.each([
    ['to a name that is not markdown', 'gates.txt'],
    ['into a folder not linted', 'archive/gates.md'],
  ])('a page renamed (git mv) %s is compared with nothing at its old path: the rows it took are judged', (_name, to) => {
    mkdirSync(join(dir, 'docs'));
    git('mv', 'gates.md', 'docs/gates.md');
    writeFileSync(join(dir, 'docs', 'keep.md'), 'x\n');
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["docs/*.md"]\n    preset: kubevirt-feature-gates\n');
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-qm', 'docs');
    mkdirSync(join(dir, 'archive'), { recursive: true });
    git('mv', 'docs/gates.md', to.startsWith('archive') ? to : `docs/${to}`);
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'docs');
    const report = JSON.parse(stdout) as JsonReport;
    // The entry now checks no table (keep.md has none): said on the config, beside the removal.
    expect(report.violations.map((v) => `${v.file} ${v.rule}`)).toEqual(['docs/gates.md transition', '.support-table-lint.yml unmatched-entry']);
    // It names where the page went, not a deletion.
    const moved = to.startsWith('archive') ? to : `docs/${to}`;
    expect(report.violations[0]!.message).toContain(`went with this file, renamed to ${moved}, which this run does not check`);
    expect(cli('diff', '--base', 'HEAD', 'docs').stdout).toContain(`docs/gates.md:1 (renamed to ${moved}, not checked)`);
    expect(code).toBe(1);
  });

  it('a wrong value rewritten into another wrong value is the change\'s own; a row moved with its wrong value is not', () => {
    writeFileSync(join(dir, 'gates.md'), gates(...BASE.slice(0, 4), 'EGate | Beta | Unsupported'));
    const rewritten = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(rewritten.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values EGate']);
    expect(rewritten.existing).toEqual([]);
    writeFileSync(join(dir, 'gates.md'), gates(BASE[4]!, ...BASE.slice(0, 4)));
    const moved = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(moved.violations.filter((v) => v.rule === 'allowed-values')).toEqual([]);
    expect(moved.existing!.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values EGate']);
    expect(moved.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order EGate']);
  });

  it('a rename and a moved row are no change and no finding', () => {
    writeFileSync(join(dir, 'gates.md'), gates('BGate | Beta | SUPPORTED', 'AGate | Alpha | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGates | Deprecated | SUPPORTED', 'EGate | Beta | Supported'));
    const { code, stdout } = cli('--base', 'HEAD', 'gates.md');
    // The moved row breaks the order: sort-order is new, a warning; nothing else.
    expect(stdout).toContain('sort-order');
    expect(stdout).not.toContain('transition');
    expect(code).toBe(0);
    expect(cli('diff', '--base', 'HEAD', 'gates.md').stdout).toBe('gates.md:1  FEATURE GATE | GRADUATION | STATUS\n  ~ DGate → DGates\n\n1 row change in 1 file.\n');
  });

  it("a config entry whose files: match nothing is reported, and under --base it is the config's old problem, not the change's", () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n  - files: ["doc/gates.md"]\n    preset: kata-support-levels\n');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-am', 'a dead glob');
    const plain = JSON.parse(cli('-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(plain.violations.filter((v) => v.rule === 'unmatched-entry').map((v) => `${v.file}:${v.line} ${v.message}`)).toEqual([
      '.support-table-lint.yml:4 tables[1] (preset kata-support-levels) checks nothing: its files: doc/gates.md match no file (they are relative to the working directory). Fix the glob, or remove the entry.',
    ]);
    const based = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(based.violations.filter((v) => v.rule === 'unmatched-entry')).toEqual([]);
    expect(based.existing!.map((v) => `${v.rule} ${v.line}`)).toContain('unmatched-entry 4');
  });

  it('a header edit that takes the table out of the check is an error', () => {
    writeFileSync(join(dir, 'gates.md'), gates(...BASE).replace('GRADUATION | STATUS', 'STAGE | STATE'));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    expect((JSON.parse(stdout) as JsonReport).violations.map((v) => v.rule)).toEqual(['table-unchecked', 'unmatched-entry']);
    expect(code).toBe(1);
  });

  it('a file moved with git mv is compared with its own past: a forbidden removal in the move is caught', () => {
    execFileSync('mkdir', ['-p', join(dir, 'docs')]);
    git('mv', 'gates.md', 'docs/gates.md');
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["**/*.md"]\n    preset: kubevirt-feature-gates\n');
    writeFileSync(join(dir, 'docs', 'gates.md'), gates(...BASE.filter((row) => !row.startsWith('BGate'))));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'docs/gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.rule} ${v.rowKey ?? ''}`)).toEqual(['transition BGate']);
    expect(report.existing!.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values EGate']);
    expect(code).toBe(1);
    expect(cli('diff', '--base', 'HEAD', 'docs/').stdout).toContain('docs/gates.md:1 (renamed from gates.md)  FEATURE GATE | GRADUATION | STATUS\n  - BGate');
  });

  it('a file moved out of the config entry\'s files is judged at the base where it was: its table is lost, an error', () => {
    execFileSync('mkdir', ['-p', join(dir, 'docs')]);
    git('mv', 'gates.md', 'docs/gates.md');
    writeFileSync(join(dir, 'docs', 'gates.md'), gates(...BASE, 'FGate | Graduated | Sure'));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'docs/gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.file} ${v.rule}`)).toContain('docs/gates.md table-unchecked');
    expect(code).toBe(1);
  });

  it('a change to the source of truth makes its findings new: a gate dropped from the registry is not "pre-existing"', () => {
    const registry = (names: string[]) => JSON.stringify(names.map((name) => ({ name })));
    writeFileSync(join(dir, 'gates.json'), registry(['AGate', 'BGate', 'CGate', 'DGate', 'EGate']));
    writeFileSync(
      join(dir, '.support-table-lint.yml'),
      'sources:\n  gates: { file: gates.json, key: name }\ntables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n    references: [{ source: gates, unknown: error, unlisted: error }]\n',
    );
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'registry');
    // The table is not touched; the registry drops BGate and gains FGate.
    writeFileSync(join(dir, 'gates.json'), registry(['AGate', 'CGate', 'DGate', 'EGate', 'FGate']));
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['reference-unlisted FGate', 'reference-unknown BGate']);
    expect(code).toBe(1);
    // With the registry as it was, the same table's old findings stay pre-existing.
    git('checkout', '-q', '--', 'gates.json');
    writeFileSync(join(dir, 'gates.md'), gates(...BASE, 'ZGate | Alpha | SUPPORTED'));
    const again = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(again.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['reference-unknown ZGate']);
    expect(again.existing!.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values EGate']);
  });

  it('a deleted page is compared with its base: its Alpha and Beta gates are removals, however the files are named', () => {
    unlinkSync(join(dir, 'gates.md'));
    const removal =
      '3 rows went with this file, deleted while GRADUATION was not GA, Deprecated or Discontinued (AGate: Alpha, BGate: Beta, EGate: Beta; the table stood at line 1); a row may be removed only when GRADUATION is GA, Deprecated or Discontinued. Restore the file; to retire a row, change its GRADUATION to GA, Deprecated or Discontinued first, and remove it in a later change.';
    // The working directory, a glob, and the deleted file by name all find it.
    for (const targets of [[], ['*.md'], ['gates.md'], ['.']]) {
      const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', ...targets);
      const report = JSON.parse(stdout) as JsonReport;
      expect(report.violations.map((v) => `${v.file}:${v.line} ${v.rule} ${v.message}`)).toEqual([
        `gates.md:1 transition ${removal}`,
        // The entry checked the page at the base, and its files: match nothing now: worth a word (a warning).
        '.support-table-lint.yml:2 unmatched-entry tables[0] (preset kubevirt-feature-gates) checks nothing: its files: *.md match no file (they are relative to the working directory). Fix the glob, or remove the entry.',
      ]);
      // Compared, not checked: the deleted file is not counted as a checked file.
      expect(report.summary).toMatchObject({ files: 0, tables: 0, errors: 1 });
      expect(code).toBe(1);
    }
    expect(cli('diff', '--base', 'HEAD').stdout).toBe(
      [
        'gates.md:1 (file deleted)  FEATURE GATE | GRADUATION | STATUS',
        ...BASE.map((row) => {
          const [key, graduation, status] = row.split(' | ');
          return `  - ${key}  (was GRADUATION ${graduation}, STATUS ${status})`;
        }),
        '',
        '5 row changes in 1 file.',
        '',
      ].join('\n'),
    );
    // Without a base, a file that is not there is still a usage error.
    expect(cli('gates.md').code).toBe(2);
    // Deleting a page whose gates may all go (GA, Deprecated) passes.
    git('checkout', '-q', '--', 'gates.md');
    writeFileSync(join(dir, 'gates.md'), gates(BASE[2]!, BASE[3]!));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'retired');
    unlinkSync(join(dir, 'gates.md'));
    expect(cli('--base', 'HEAD')).toMatchObject({ code: 0, stdout: expect.stringContaining('0 files, 0 tables checked') });
  });

  it("--fix moves only the row the change put out of order: the rows out of order at the base stay, though the table's sort rode on one of theirs", () => {
    writeFileSync(join(dir, 'gates.md'), gates('BGate | Beta | SUPPORTED', 'AGate | Alpha | SUPPORTED', 'CGate | GA | SUPPORTED'));
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-am', 'out of order');
    writeFileSync(join(dir, 'gates.md'), gates('BGate | Beta | SUPPORTED', 'AGate | Alpha | SUPPORTED', 'DGate | Beta | SUPPORTED', 'ZGate | Beta | SUPPORTED', 'CGate | GA | SUPPORTED'));
    const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(report.existing!.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['sort-order AGate']);
    expect(report.violations.map((v) => `${v.rule} ${v.rowKey} ${v.fix ? 'fix' : 'no fix'}`)).toEqual(['sort-order CGate fix']);
    cli('--base', 'HEAD', '--fix', 'gates.md');
    expect(readFileSync(join(dir, 'gates.md'), 'utf8')).toBe(
      gates('BGate | Beta | SUPPORTED', 'AGate | Alpha | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGate | Beta | SUPPORTED', 'ZGate | Beta | SUPPORTED'),
    );
    // Without a base, the whole table is sorted in one pass.
    cli('--fix', 'gates.md');
    expect(readFileSync(join(dir, 'gates.md'), 'utf8')).toBe(
      gates('AGate | Alpha | SUPPORTED', 'BGate | Beta | SUPPORTED', 'CGate | GA | SUPPORTED', 'DGate | Beta | SUPPORTED', 'ZGate | Beta | SUPPORTED'),
    );
  });

  it('--fix mends what the change introduced, and the fixed file still faces the base: a fix that makes a regression is reported', () => {
    // CGate GA → "alpha": the spelling fix makes it Alpha, a graduation GA may not go back to. EGate's "Supported" was there at the base.
    writeFileSync(join(dir, 'gates.md'), gates(...BASE.slice(0, 2), 'CGate | alpha | SUPPORTED', ...BASE.slice(3)));
    const run = cli('--base', 'HEAD', '--fix', '-f', 'json', 'gates.md');
    expect(readFileSync(join(dir, 'gates.md'), 'utf8')).toBe(gates(...BASE.slice(0, 2), 'CGate | Alpha | SUPPORTED', ...BASE.slice(3)));
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['transition CGate']);
    expect(report.existing!.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values EGate']);
    expect(run.code).toBe(1);
  });

  it('a base version past the size budget is said, not a comparison silently skipped', () => {
    writeFileSync(join(dir, '.support-table-lint.yml'), 'budgets: { maxFileBytes: 150 }\ntables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-am', 'budget');
    // The base (five gates, over 150 bytes) loses four of them: the head is under the budget.
    writeFileSync(join(dir, 'gates.md'), gates(BASE[0]!));
    const run = cli('--base', 'HEAD', '-f', 'json', 'gates.md');
    const report = JSON.parse(run.stdout) as JsonReport;
    // A warning: the base is the trusted side, and a change that mends it (splits the file) must not fail for it.
    expect(report.violations.map((v) => `${v.line} ${v.rule} ${v.severity}`)).toEqual(['1 table-unchecked warning']);
    expect(report.violations[0]!.message).toBe(
      'This file was not compared with its version before this change, which could not be linted, so no rule on how its rows may change ran: review the change to its tables by hand. Before this change: gates.md is 178 bytes, more than the 150 bytes size budget, so it was not linted. Split the file, or raise `budgets.maxFileBytes` in the config.',
    );
    expect(run.code).toBe(0);
  });

  it('a file without a table, at the base and now, is no comparison that failed', () => {
    writeFileSync(join(dir, 'README.md'), '# Readme\n\nHello.\n');
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'readme');
    writeFileSync(join(dir, 'README.md'), '# Readme\n\nHello, world.\n');
    expect(cli('--base', 'HEAD', '-f', 'json', 'README.md', 'gates.md')).toMatchObject({ code: 0 });
    expect((JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'README.md').stdout) as JsonReport).violations.filter((v) => v.file === 'README.md')).toEqual([]);
  });

  it('run from a folder, it sees the change outside it: a page moved into the folder, and one deleted beside it', () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["**/*.md"]\n    preset: kubevirt-feature-gates\n');
    writeFileSync(join(dir, 'gone.md'), gates('AGate | Alpha | SUPPORTED'));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'two pages');
    git('mv', 'gates.md', 'docs/gates.md');
    unlinkSync(join(dir, 'gone.md'));
    git('rm', '-q', '--cached', 'gone.md');
    writeFileSync(join(dir, 'docs/gates.md'), gates(...BASE.map((row) => row.replace('CGate | GA', 'CGate | Alpha'))));
    const run = spawnSync(process.execPath, [CLI, '--base', 'HEAD', '-f', 'json', '--config', '../.support-table-lint.yml', '.', '..'], { cwd: join(dir, 'docs'), encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as JsonReport;
    // The moved page is compared with its past (the old EGate mistake stays old), and the deleted page's Alpha row is a removal.
    expect(report.violations.map((v) => [v.file, v.rule, v.rowKey ?? ''])).toEqual([['gates.md', 'transition', 'CGate'], ['../gone.md', 'transition', '']]);
    expect(report.existing!.map((v) => `${v.file} ${v.rule}`)).toEqual(['gates.md allowed-values']);
  });

  it('a symlink at the base is read through, as at the head: an unchanged page behind a link introduces nothing', () => {
    symlinkSync('gates.md', join(dir, 'link.md'));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'link');
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'link.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.violations).toEqual([]);
    expect(report.existing!.map((v) => `${v.file} ${v.rule}`)).toEqual(['link.md allowed-values']);
    expect(code).toBe(0);
  });

  it('a page reached through a symlinked folder is read through at the base too', () => {
    mkdirSync(join(dir, 'site', 'docs'), { recursive: true });
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["**/*.md"]\n    preset: kubevirt-feature-gates\n');
    writeFileSync(join(dir, 'site', 'docs', 'a.md'), gates(...BASE));
    symlinkSync('site/docs', join(dir, 'docs'));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'folder link');
    const { code, stdout } = cli('--base', 'HEAD', '-f', 'json', 'docs/a.md');
    const report = JSON.parse(stdout) as JsonReport;
    expect([report.violations, report.existing!.map((v) => v.rule)]).toEqual([[], ['allowed-values']]);
    expect(code).toBe(0);
  });

  it('a symlink at the base that led out of the repository is never read: the base could not be linted, and says why', () => {
    rmSync(join(dir, 'gates.md'));
    symlinkSync('../../outside.md', join(dir, 'gates.md'));
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'link out');
    rmSync(join(dir, 'gates.md'));
    writeFileSync(join(dir, 'gates.md'), gates(...BASE));
    const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    expect(report.violations.find((v) => v.rule === 'table-unchecked')?.message).toContain('was a symlink to ../../outside.md, outside the repository');
  });

  it('a file in a submodule is said to be one, not judged as new', () => {
    const sub = mkdtempSync(join(tmpdir(), 'stl-sub-'));
    const inSub = (...args: string[]) => execFileSync('git', args, { cwd: sub, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
    try {
      inSub('init', '-q');
      writeFileSync(join(sub, 'gates.md'), gates(...BASE));
      inSub('add', '-A');
      inSub('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'sub');
      git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub, 'vendor');
      git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'submodule');
      writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["**/*.md"]\n    preset: kubevirt-feature-gates\n');
      const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'vendor/gates.md').stdout) as JsonReport;
      expect(report.violations.find((v) => v.rule === 'table-unchecked')?.message).toContain('it is in the submodule vendor, whose files this run does not compare');
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });

  it('a file taken out of the index but still on disk is linted, not taken for deleted', () => {
    git('rm', '-q', '--cached', 'gates.md');
    writeFileSync(join(dir, 'gates.md'), gates(...BASE, 'FGate | Beta | BOGUS'));
    const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', '.').stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['allowed-values FGate']);
  });

  it('a page that had no table at the base: its new rows are added rows, judged by transitions.added', () => {
    writeFileSync(join(dir, 'prose.md'), '# Gates\n\nComing soon.\n');
    writeFileSync(join(dir, '.support-table-lint.yml'), 'tables:\n  - files: ["*.md"]\n    preset: kubevirt-feature-gates\n    transitions:\n      added: { GRADUATION: [Alpha, Beta] }\n');
    git('add', '-A');
    git('-c', 'user.email=t@e', '-c', 'user.name=t', 'commit', '-q', '-m', 'prose');
    writeFileSync(join(dir, 'prose.md'), `# Gates\n\n${gates('AGate | GA | SUPPORTED')}`);
    const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'prose.md').stdout) as JsonReport;
    expect(report.violations.map((v) => `${v.rule} ${v.rowKey}`)).toEqual(['transition AGate']);
  });

  it('a base git cannot read (its blob is gone) is said, not taken for a file that did not exist', () => {
    const blob = git('rev-parse', 'HEAD:gates.md').trim();
    rmSync(join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const report = JSON.parse(cli('--base', 'HEAD', '-f', 'json', 'gates.md').stdout) as JsonReport;
    const unread = report.violations.find((v) => v.rule === 'table-unchecked');
    expect(unread?.message).toMatch(/Before this change: Could not read gates\.md: git could not read it at [0-9a-f]{12} \(/);
  });

  it('a comparison git cannot list (the base commit\'s tree is gone) is an error that says what to do, never a run without the change\'s renames', () => {
    const tree = git('rev-parse', 'HEAD^{tree}').trim();
    rmSync(join(dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
    const { code, stdout, stderr } = cli('--base', 'HEAD', 'gates.md');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^support-table-lint: --base HEAD: git could not list what changed since then \(.+\); fetch the revision's files \(a partial clone needs its remote\) and run again\n/);
  });

  it('an unknown revision is a usage error', () => {
    expect(cli('--base', 'no-such-branch', 'gates.md')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'support-table-lint: --base no-such-branch: not a revision of a git repository here; run inside the repository, and fetch the revision first\nRun "support-table-lint --help" for usage.\n',
    });
    expect(cli('--base', '--output=/tmp/x', 'gates.md').code).toBe(2);
  });
});

describe('diff --base', () => {
  beforeEach(() => writeFileSync(join(dir, 'gates.md'), gates('AGate | Beta | PENDING', 'CGate | Deprecated | SUPPORTED', 'DGate | Deprecated | SUPPORTED', 'EGate | Beta | Supported', 'FGate | Alpha | UNVERIFIED')));

  it('prints the keyed diff per table', () => {
    expect(cli('diff', '--base', 'HEAD', 'gates.md')).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'gates.md:1  FEATURE GATE | GRADUATION | STATUS',
        // The one order of every format: changed values first, then added, removed, renamed, moved.
        '  * AGate  GRADUATION: Alpha → Beta, STATUS: SUPPORTED → PENDING',
        '  * CGate  GRADUATION: GA → Deprecated',
        '  + FGate  (GRADUATION Alpha, STATUS UNVERIFIED)',
        '  - BGate  (was GRADUATION Beta, STATUS SUPPORTED)',
        '',
        '4 row changes in 1 file.',
        '',
      ].join('\n'),
    });
  });

  it('as markdown and as JSON', () => {
    const markdown = cli('diff', '--base', 'HEAD', '--format', 'markdown', 'gates.md').stdout;
    expect(markdown).toContain('| changed | AGate | GRADUATION: Alpha → **Beta**; STATUS: SUPPORTED → **PENDING** |');
    expect(markdown).toContain('| removed | BGate | was GRADUATION Beta, STATUS SUPPORTED |');
    const json = JSON.parse(cli('diff', '--base', 'HEAD', '--format', 'json', 'gates.md').stdout);
    expect(json.files[0].changes[0].changed.map((c: { key: string }) => c.key)).toEqual(['AGate', 'CGate']);
  });

  it('a row moved to another table of the same columns shows where it went, in every format', () => {
    writeFileSync(join(dir, 'gates.md'), `## Linux\n\n${gates(...BASE.filter((row) => !row.startsWith('BGate')))}\n## Windows\n\n${gates(BASE[1]!)}`);
    const moved = '  > BGate  (moved here from the table at line 3)';
    expect(cli('diff', '--base', 'HEAD', 'gates.md').stdout).toContain(`gates.md:12  FEATURE GATE | GRADUATION | STATUS\n${moved}\n`);
    expect(cli('diff', '--base', 'HEAD', '--format', 'markdown', 'gates.md').stdout).toContain('| moved here | BGate | from the table at line 3 |');
  });

  it('a file added since the base (untracked too) shows its rows as added', () => {
    writeFileSync(join(dir, 'more.md'), gates('XGate | Alpha | SUPPORTED'));
    expect(cli('diff', '--base', 'HEAD', 'more.md').stdout).toBe('more.md:1  FEATURE GATE | GRADUATION | STATUS\n  + XGate  (GRADUATION Alpha, STATUS SUPPORTED)\n\n1 row change in 1 file.\n');
  });

  it('needs --base', () => {
    expect(cli('diff', 'gates.md').stderr).toBe('support-table-lint: diff needs --base REF, the git revision to compare with\nRun "support-table-lint --help" for usage.\n');
  });
});
