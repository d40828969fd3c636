/**
 * In GitHub Actions the runner reads every printed line: `::` at a line's
 * start is a workflow command, and so is `##[` anywhere (actions/runner,
 * ActionCommand.TryParseV2 then TryParse). A document's text must not
 * become one through any of the CLI's outputs. The bundled CLI runs as a
 * process with GITHUB_ACTIONS=true; `commandsIn` reads its output as the
 * runner does. Run `npm run bundle` first (`npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-commands-'));
  mkdirSync(join(dir, 'docs'));
  const page = ['FEATURE GATE | GRADUATION | STATUS', '-- | -- | --', '::error file=x::forged | Beta | SUPPORTED', 'BGate | Bta | ok ##[error file=.github/workflows/x.yml]forged', 'AGate | GA | SUPPORTED', ''].join('\n');
  writeFileSync(join(dir, 'docs', 'gates ##[warning]named.md'), page);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'true', NO_COLOR: '1' } });

/** The commands the runner would act on, in order, and whether stop-commands was left on. */
function commandsIn(output: string): { commands: string[]; stopped: boolean } {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    const v2 = /^::([^\s:]+)(?:\s[^:]*)?::(.*)$/.exec(line);
    const name = v2?.[1] ?? /##\[([^\s\]]+)/.exec(line)?.[1];
    if (name === undefined) continue;
    if (stopToken !== undefined) {
      if (name === stopToken) stopToken = undefined;
      continue;
    }
    if (name === 'stop-commands') stopToken = v2?.[2];
    else commands.push(name);
  }
  return { commands, stopped: stopToken !== undefined };
}

describe('no document text becomes a workflow command', () => {
  it.each([
    ['json', ['-f', 'json', 'docs']],
    ['sarif', ['-f', 'sarif', 'docs']],
    ['--verbose', ['--verbose', '-f', 'json', 'docs']],
  ])('%s: JSON that reads the same, with every ##[ written #\\u0023[', (_name, args) => {
    const run = cli(...args);
    expect(run.stdout).not.toContain('##[');
    expect(JSON.stringify(JSON.parse(run.stdout)).includes('ok ##[error file=.github/workflows/x.yml]forged')).toBe(true); // the document's text, as a JSON reader reads it
    expect(commandsIn(run.stdout)).toEqual({ commands: [], stopped: false });
    expect(commandsIn(run.stderr).commands).toEqual([]);
  });

  it('rows: JSON lines that read the same', () => {
    const run = cli('rows', 'docs');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).row['STATUS'])).toContain('ok ##[error file=.github/workflows/x.yml]forged');
    expect(commandsIn(run.stdout).commands).toEqual([]);
  });

  it('stylish: every ##[ broken by a zero-width space, and no line starts a command', () => {
    const run = cli('docs');
    expect(run.stdout).toContain('#\u200b#[error file=.github/workflows/x.yml]forged');
    expect(commandsIn(run.stdout).commands).toEqual([]);
  });

  it('a patch of fixes is printed verbatim between ::stop-commands:: and its token', () => {
    const run = cli('--fix-dry-run', '-f', 'diff', 'docs');
    expect(run.stdout).toMatch(/^::stop-commands::[0-9a-f]{32}\n/);
    expect(run.stdout).toContain('-BGate | Bta | ok ##[error file=.github/workflows/x.yml]forged');
    expect(commandsIn(run.stdout)).toEqual({ commands: [], stopped: false });
    expect(commandsIn(run.stderr).commands).toEqual([]);
  });

  it('the github format writes its own annotations and nothing else', () => {
    const run = cli('-f', 'github', 'docs');
    // One annotation a finding (three errors and a sort-order warning), the file name whole in each.
    expect(commandsIn(run.stdout).commands).toEqual(['error', 'error', 'error', 'warning']);
    expect(run.stdout.split('\n').filter((line) => line.includes('file=docs/gates ##[warning]named.md,'))).toHaveLength(4);
  });

  it('standard output to a file is no runner\'s to read, and is written as it is', () => {
    const file = join(dir, 'report.json');
    const fd = openSync(file, 'w');
    spawnSync(process.execPath, [CLI, '-f', 'json', 'docs'], { cwd: dir, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, GITHUB_ACTIONS: 'true' } });
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toContain('##[error file=.github/workflows/x.yml]forged');
  });

  it('outside Actions the output is left as it is', () => {
    const run = spawnSync(process.execPath, [CLI, '-f', 'json', 'docs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(run.stdout).toContain('##[error file=.github/workflows/x.yml]forged');
  });
});
