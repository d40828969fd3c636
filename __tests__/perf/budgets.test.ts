/**
 * Budgets, through the bundled CLI (the only place where parsing runs on
 * worker threads): a file past the size budget or the parse-time budget
 * becomes a finding under its own rule, and the rest of the run goes on.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('dist/cli.js');
const header = '| Feature | Support State | Maintainers | Notes |\n|---|---|---|---|\n';
let dir: string;

interface Report {
  violations: { file: string; rule: string; message: string }[];
}

function run(...args: string[]): Promise<{ report: Report; ms: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    execFile('node', [cli, ...args, '--format', 'json'], { cwd: dir, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      if (error && error.code !== 1) return fail(new Error(`${error.message}\n${stderr}`));
      done({ report: JSON.parse(stdout) as Report, ms: performance.now() - started });
    });
  });
}

const rulesOf = (report: Report, file: string) => report.violations.filter((v) => v.file === file).map((v) => v.rule);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-budgets-'));
  writeFileSync(join(dir, 'small.md'), header + '| a | Best effort | | |\n');
  writeFileSync(join(dir, 'large.md'), header + '| a | Supported | | |\n'.repeat(200));
  // A cell with a footnote call (the parser's), then 100k `[^` and one `]`: the parser needs seconds for it.
  writeFileSync(join(dir, 'wide.md'), header + `| x | [^1]${'[^'.repeat(100_000)}] | | |\n\n[^1]: A note.\n`);
  // Issue 12, item 7: 10 MB of tiny tables, and one `]` at the very end (a reference the reader must look up).
  writeFileSync(join(dir, 'tiny.md'), header + '| a | Best effort | | |\n\n' + '|a|\n|-|\n|c|\n\n'.repeat(700_000) + '[x]\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const describeIf = existsSync(cli) ? describe : describe.skip;

describeIf('budgets (dist/cli.js)', () => {
  it('reports a file past maxFileBytes as file-too-large and still lints the others', async () => {
    writeFileSync(join(dir, 'size.yml'), 'tables:\n  - preset: kata-support-levels\nbudgets:\n  maxFileBytes: 1000\n');
    const { report } = await run('small.md', 'large.md', '--config', 'size.yml');
    expect(rulesOf(report, 'large.md')).toEqual(['file-too-large']);
    const [finding] = report.violations.filter((v) => v.file === 'large.md');
    expect(finding!.message).toBe(
      `large.md is ${statSync(join(dir, 'large.md')).size.toLocaleString('en-US')} bytes, more than the 1,000 bytes size budget, so it was not linted. Split the file, or raise \`budgets.maxFileBytes\` in the config.`,
    );
    expect(rulesOf(report, 'small.md')).toContain('allowed-values');
  });

  it('abandons a parse past maxParseMs as parse-timeout and still lints the others', async () => {
    writeFileSync(join(dir, 'time.yml'), 'tables:\n  - preset: kata-support-levels\nbudgets:\n  maxParseMs: 300\n');
    const { report, ms } = await run('small.md', 'wide.md', '--config', 'time.yml');
    expect(rulesOf(report, 'wide.md')).toEqual(['parse-timeout']);
    expect(report.violations.find((v) => v.file === 'wide.md')!.message).toBe(
      'wide.md took longer than the 300 ms parse budget, so it was not linted. Split the file, or raise `budgets.maxParseMs` in the config.',
    );
    expect(rulesOf(report, 'small.md')).toContain('allowed-values');
    // The parse alone takes several seconds; being stopped, the run ends soon after the budget.
    expect(ms).toBeLessThan(5000);
  });

  it('lints every file sent to a worker behind one that ran out of time', async () => {
    writeFileSync(join(dir, 'time.yml'), 'tables:\n  - preset: kata-support-levels\nbudgets:\n  maxParseMs: 300\n');
    // Each worker is sent two files at a time: those sent behind wide.md go to another worker when it is stopped.
    const smalls = Array.from({ length: 8 }, (_, i) => `small-${i}.md`);
    for (const file of smalls) writeFileSync(join(dir, file), header + `| ${file} | Best effort | | |\n`);
    const { report } = await run('wide.md', ...smalls, '--config', 'time.yml');
    expect(rulesOf(report, 'wide.md')).toEqual(['parse-timeout']);
    for (const file of smalls) expect([file, rulesOf(report, file)]).toEqual([file, expect.arrayContaining(['allowed-values'])]);
  });

  // A schema pattern RE2 runs without its DFA (nested counted repeats: 3,879 instructions) takes
  // about 0.2 s per 1,000-character cell; row checking had no clock, and 700 such rows ran for minutes.
  it('stops checking at the budget when a schema pattern is costly, keeping the findings made before', async () => {
    writeFileSync(join(dir, 'costly.schema.json'), JSON.stringify({ type: 'object', properties: { Name: { type: 'string', pattern: '^(?:a{0,31}a{0,31}){0,31}$' } } }));
    writeFileSync(join(dir, 'costly.yml'), 'tables:\n  - schema: costly.schema.json\n    match: { columns: [Name, Status] }\nbudgets:\n  maxParseMs: 300\n');
    // Every row fails the pattern (a digit at the end): the first ones are reported before the budget ends.
    writeFileSync(join(dir, 'costly.md'), '| Name | Status |\n|--|--|\n' + Array.from({ length: 700 }, (_, i) => `| ${'a'.repeat(1000)}${i} | x |\n`).join(''));
    // One cell so long that matching it at all would take minutes: not run, said.
    writeFileSync(join(dir, 'costly-cell.md'), `| Name | Status |\n|--|--|\n| ${'a'.repeat(200_000)} | x |\n`);
    const { report } = await run('costly.md', 'costly-cell.md', 'small.md', '--config', 'costly.yml');
    const rules = rulesOf(report, 'costly.md');
    expect(rules.filter((rule) => rule === 'parse-timeout')).toHaveLength(1);
    expect(rules.length).toBeGreaterThan(1);
    expect(rules.length).toBeLessThan(700);
    expect(report.violations.find((v) => v.file === 'costly.md' && v.rule === 'parse-timeout')!.message).toMatch(
      /^costly\.md was not checked to the end: the check ran past its deadline while matching the pattern \^\(\?:a\{0,31\}a\{0,31\}\)\{0,31\}\$, in the table at line 1 \(its check has the 300 ms budget its parse has\)\./,
    );
    expect(report.violations.filter((v) => v.file === 'costly-cell.md').map((v) => v.message)).toEqual([
      expect.stringMatching(/^costly-cell\.md was not checked to the end: the pattern .* \(3879 RE2 instructions\) is too costly to match against a value of 200000 characters, in the table at line 1/),
    ]);
  }, 60_000);

  // Before every step of the reader was linear, a scan for references ran
  // over the rest of the file for each of the 700k tables before the first
  // time check: minutes, whatever the budget. Now the file is read (or
  // stopped at the budget) and the run ends with its findings, well within
  // the test's timeout.
  it('ends a 10 MB file of tiny tables within the parse budget, with a finding', async () => {
    writeFileSync(join(dir, 'tiny.yml'), 'tables:\n  - preset: kata-support-levels\nbudgets:\n  maxParseMs: 2000\n');
    const { report } = await run('tiny.md', '--config', 'tiny.yml');
    const rules = rulesOf(report, 'tiny.md');
    expect(rules.includes('parse-timeout') || rules.includes('allowed-values')).toBe(true);
  }, 60_000);
});
