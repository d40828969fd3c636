/**
 * In GitHub Actions the runner reads every printed line: `::` at a line's
 * start is a workflow command, and so is `##[` anywhere (actions/runner,
 * ActionCommand.TryParseV2 then TryParse). A document's text must not
 * become one through any of the CLI's outputs. The bundled CLI runs as a
 * process with GITHUB_ACTIONS=true; `commandsIn` reads its output as the
 * runner does. Run `npm run bundle` first (`npm test` does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    ['stylish', ['docs']],
    ['json', ['-f', 'json', 'docs']],
    ['sarif', ['-f', 'sarif', 'docs']],
    ['rows', ['rows', 'docs']],
    ['a patch of fixes', ['--fix-dry-run', '-f', 'diff', 'docs']],
    ['--verbose', ['--verbose', '-f', 'json', 'docs']],
  ])('%s: standard output is printed verbatim, and standard error breaks every ##[', (_name, args) => {
    const run = cli(...args);
    expect(run.stdout).toMatch(/^::stop-commands::[0-9a-f]{32}\n/);
    expect(run.stdout).toContain('##['); // the document's text, byte for byte
    expect(commandsIn(run.stdout)).toEqual({ commands: [], stopped: false });
    expect(commandsIn(run.stderr).commands).toEqual([]);
  });

  it('the github format writes its own annotations and nothing else', () => {
    const run = cli('-f', 'github', 'docs');
    const { commands } = commandsIn(run.stdout);
    // One annotation a finding (three errors and a sort-order warning), the file name whole in each.
    expect(commands).toEqual(['error', 'error', 'error', 'warning']);
    expect(run.stdout.split('\n').filter((line) => line.includes('file=docs/gates ##[warning]named.md,'))).toHaveLength(4);
  });

  it('outside Actions the output is left as it is', () => {
    const run = spawnSync(process.execPath, [CLI, '-f', 'json', 'docs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(run.stdout.startsWith('{')).toBe(true);
  });
});
