/**
 * What a run of the bundled CLI loads: each chunk of dist/ that is loaded on
 * demand (see rollup.config.js) must stay unloaded by a run that does not
 * need it. The loader (src/cli-loader.ts) says what it loads and requires
 * under `NODE_DEBUG=support-table-lint`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('dist/cli.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-chunks-'));
  writeFileSync(join(dir, 'support.md'), '# Support\n\n| Feature | Support State | Maintainers | Notes |\n|---|---|---|---|\n| a | Supported | [@o/t](https://github.com/orgs/o/teams/t) | |\n');
  writeFileSync(join(dir, 'presets.yml'), 'tables:\n  - preset: kata-support-levels\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The dist/ chunks a run loads, by name, then the built-in modules they require. */
function chunksLoaded(...args: string[]): string[] {
  const { stderr, status } = spawnSync('node', [cli, ...args, '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_DEBUG: 'support-table-lint' },
  });
  // 0 or 1 (findings): the run itself worked.
  expect([0, 1]).toContain(status);
  const names = [...stderr.matchAll(/^SUPPORT-TABLE-LINT \d+: load ([\w-]+\.cjs) /gm)].map((match) => match[1]!);
  const builtins = [...stderr.matchAll(/^SUPPORT-TABLE-LINT \d+: require (node:[\w/]+|\w+)$/gm)].map((match) => match[1]!.replace(/^(?!node:)/, 'node:'));
  return [...new Set(names)].sort().concat([...new Set(builtins)].sort());
}

(existsSync(cli) ? describe : describe.skip)('chunks loaded on demand (dist/cli.js)', () => {
  it('one named file without a config: the entry and its shared chunk only, and no node:crypto (~10 ms of start-up)', () => {
    const loaded = chunksLoaded('support.md');
    expect(loaded.filter((name) => name.endsWith('.cjs'))).toEqual(['cli-main.cjs', 'cli-shared.cjs']);
    expect(loaded.filter((name) => name.startsWith('node:')).length).toBeGreaterThan(0);
    expect(loaded).not.toContain('node:crypto');
  });

  it('a folder: picomatch too, to walk it', () => {
    expect(chunksLoaded('.')).toContain('cli-picomatch.cjs');
  });

  it('a config of presets: its YAML parser, the config validator made at build time and picomatch, but neither Ajv nor RE2', () => {
    const loaded = chunksLoaded('support.md', '--config', 'presets.yml');
    expect(loaded).toEqual(expect.arrayContaining(['cli-yaml.cjs', 'cli-precompiled-config.cjs', 'cli-picomatch.cjs']));
    expect(loaded).not.toContain('cli-ajv.cjs');
    expect(loaded).not.toContain('cli-re2.cjs');
  });
});
