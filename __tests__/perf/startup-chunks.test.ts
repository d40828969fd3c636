/**
 * What a run of the bundled CLI loads: each chunk of dist/ that is loaded on
 * demand (see rollup.config.js) must stay unloaded by a run that does not
 * need it. A module hook registered with `--import` reports every module the
 * process resolves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const cli = resolve('dist/cli.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-chunks-'));
  writeFileSync(
    join(dir, 'hook.mjs'),
    'export async function resolve(specifier, context, next) {\n  const result = await next(specifier, context);\n  process.stderr.write(`loaded ${result.url}\\n`);\n  return result;\n}\n',
  );
  writeFileSync(join(dir, 'support.md'), '# Support\n\n| Feature | Support State | Maintainers | Notes |\n|---|---|---|---|\n| a | Supported | [@o/t](https://github.com/orgs/o/teams/t) | |\n');
  writeFileSync(join(dir, 'presets.yml'), 'tables:\n  - preset: kata-support-levels\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The dist/ files a run loads, by name. */
function chunksLoaded(...args: string[]): string[] {
  const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)})`;
  const { stderr, status } = spawnSync('node', ['--import', register, cli, ...args, '--format', 'json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  // 0 or 1 (findings): the run itself worked.
  expect([0, 1]).toContain(status);
  const names = [...stderr.matchAll(/^loaded file:\/\/.*\/dist\/([\w-]+\.js)$/gm)].map((match) => match[1]!);
  const builtins = [...stderr.matchAll(/^loaded (node:[\w/]+)$/gm)].map((match) => match[1]!);
  return [...new Set(names)].sort().concat([...new Set(builtins)].sort());
}

(existsSync(cli) ? describe : describe.skip)('chunks loaded on demand (dist/cli.js)', () => {
  it('one named file without a config: the entry and its shared chunk only, and no node:crypto (~10 ms of start-up)', () => {
    const loaded = chunksLoaded('support.md');
    expect(loaded.filter((name) => name.endsWith('.js'))).toEqual(['cli-shared.js', 'cli.js']);
    expect(loaded.filter((name) => name.startsWith('node:')).length).toBeGreaterThan(0);
    expect(loaded).not.toContain('node:crypto');
  });

  it('a folder: picomatch too, to walk it', () => {
    expect(chunksLoaded('.')).toContain('cli-picomatch.js');
  });

  it('a config of presets: its YAML parser, the config validator made at build time and picomatch, but neither Ajv nor RE2', () => {
    const loaded = chunksLoaded('support.md', '--config', 'presets.yml');
    expect(loaded).toEqual(expect.arrayContaining(['cli-yaml.js', 'cli-precompiled-config.js', 'cli-picomatch.js']));
    expect(loaded).not.toContain('cli-ajv.js');
    expect(loaded).not.toContain('cli-re2.js');
  });
});
