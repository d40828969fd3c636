/**
 * The CLI's code cache (src/cli-loader.ts): a second run uses V8's cached
 * data of the first, and the cache never changes a result, never fails a
 * run, and is read only from a folder and files this user alone may write.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheFolder } from '../../src/cli/cache-folder.js';

const cli = resolve('dist/cli.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-cache-'));
  writeFileSync(
    join(dir, 'support.md'),
    '# Support\n\n| Feature | Support State | Maintainers | Notes |\n|---|---|---|---|\n| a | Supported | [@o/t](https://github.com/orgs/o/teams/t) | |\n| b | Best effort | | |\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  /** Each chunk loaded and what became of its cached data: `cli-shared.cjs accepted`. */
  loads: string[];
}

function run(cache: Record<string, string>): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_DEBUG: 'support-table-lint', ...cache };
  for (const name of ['NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE', 'XDG_CACHE_HOME']) if (!(name in cache)) delete env[name];
  const result = spawnSync('node', [cli, 'support.md', '--format', 'json'], { cwd: dir, encoding: 'utf8', env });
  const loads = [...result.stderr.matchAll(/^SUPPORT-TABLE-LINT \d+: load ([\w-]+\.cjs) \(cached data: (\w+)\)$/gm)].map((match) => `${match[1]} ${match[2]}`);
  return { status: result.status, stdout: result.stdout, loads };
}

const chunkFiles = (folder: string): string[] => (existsSync(folder) ? readdirSync(folder).sort() : []);

(existsSync(cli) ? describe : describe.skip)('the CLI code cache (dist/cli.js)', () => {
  it('a first run writes cached data for each chunk it loaded; the next run uses it and reports the same', () => {
    const home = join(dir, 'first');
    const first = run({ XDG_CACHE_HOME: home });
    expect(first.loads).toEqual(['cli-main.cjs none', 'cli-shared.cjs none']);
    const folder = join(home, 'support-table-lint');
    const files = chunkFiles(folder);
    expect(files.map((name) => name.replace(/\..*/, ''))).toEqual(['cli-main', 'cli-shared']);
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      for (const name of files) expect(statSync(join(folder, name)).mode & 0o777).toBe(0o600);
    }
    const second = run({ XDG_CACHE_HOME: home });
    expect(second.loads).toEqual(['cli-main.cjs accepted', 'cli-shared.cjs accepted']);
    expect(second.status).toBe(first.status);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout).violations.length).toBeGreaterThan(0);
    // Nothing rewritten when the data was accepted.
    expect(chunkFiles(folder)).toEqual(files);
  });

  it('data V8 rejects (damaged, or made by another build) is compiled past and replaced', () => {
    const home = join(dir, 'damaged');
    const clean = run({ XDG_CACHE_HOME: home });
    const folder = join(home, 'support-table-lint');
    for (const name of chunkFiles(folder)) writeFileSync(join(folder, name), Buffer.alloc(4096, 7));
    const damaged = run({ XDG_CACHE_HOME: home });
    expect(damaged.loads).toEqual(['cli-main.cjs rejected', 'cli-shared.cjs rejected']);
    expect(damaged.stdout).toBe(clean.stdout);
    expect(run({ XDG_CACHE_HOME: home }).loads).toEqual(['cli-main.cjs accepted', 'cli-shared.cjs accepted']);
  });

  (process.platform === 'win32' ? it.skip : it)('a cache folder others may write, or a cached file reached through a symlink, is never read', () => {
    const shared = join(dir, 'shared');
    mkdirSync(join(shared, 'support-table-lint'), { recursive: true });
    chmodSync(join(shared, 'support-table-lint'), 0o777);
    const open = run({ XDG_CACHE_HOME: shared });
    expect(open.loads).toEqual(['cli-main.cjs none', 'cli-shared.cjs none']);
    expect(chunkFiles(join(shared, 'support-table-lint'))).toEqual([]);

    const home = join(dir, 'linked');
    run({ XDG_CACHE_HOME: home });
    const folder = join(home, 'support-table-lint');
    for (const name of chunkFiles(folder)) {
      const elsewhere = join(dir, `elsewhere-${name}`);
      writeFileSync(elsewhere, '');
      rmSync(join(folder, name));
      symlinkSync(elsewhere, join(folder, name));
    }
    expect(run({ XDG_CACHE_HOME: home }).loads).toEqual(['cli-main.cjs none', 'cli-shared.cjs none']);
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off; a cache place that cannot be a folder costs nothing but the cache', () => {
    const off = join(dir, 'off');
    const disabled = run({ NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(disabled.loads).toEqual(['cli-main.cjs none', 'cli-shared.cjs none']);
    expect(existsSync(off)).toBe(false);

    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const blocked = run({ NODE_COMPILE_CACHE: file });
    expect(blocked.status).toBe(disabled.status);
    expect(blocked.stdout).toBe(disabled.stdout);
  });
});

describe('cacheFolder', () => {
  const home = () => '/home/u';
  it("follows node's and the platforms' conventions", () => {
    expect(cacheFolder({}, 'linux', home)).toBe(join('/home/u', '.cache', 'support-table-lint'));
    expect(cacheFolder({ XDG_CACHE_HOME: '/x' }, 'linux', home)).toBe(join('/x', 'support-table-lint'));
    expect(cacheFolder({ NODE_COMPILE_CACHE: '/n', XDG_CACHE_HOME: '/x' }, 'linux', home)).toBe(join('/n', 'support-table-lint'));
    expect(cacheFolder({}, 'darwin', home)).toBe(join('/home/u', 'Library', 'Caches', 'support-table-lint'));
    expect(cacheFolder({ LOCALAPPDATA: resolve('/l') }, 'win32', home)).toBe(join(resolve('/l'), 'support-table-lint'));
  });

  it('none when disabled, without a home folder, or on Windows without LOCALAPPDATA; relative paths are ignored', () => {
    expect(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }, 'linux', home)).toBeUndefined();
    const noHome = () => {
      throw new Error('no home');
    };
    expect(cacheFolder({}, 'linux', noHome)).toBeUndefined();
    expect(cacheFolder({}, 'win32', home)).toBeUndefined();
    expect(cacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux', home)).toBe(join('/home/u', '.cache', 'support-table-lint'));
  });
});
