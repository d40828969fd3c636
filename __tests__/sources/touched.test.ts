/**
 * Which sources of truth a change touched (`--base`, the Action's base
 * commit), on a real git repository in a temp folder: the files a source
 * reads through symlinks, and files git does not track.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { walk } from '../../src/io/walk.js';
import { loadSources, touchedSources } from '../../src/sources/load.js';

let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@e', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } });
const write = (path: string, text: string): void => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const link = (target: string, path: string): void => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  symlinkSync(target, join(dir, path));
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-touched-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The source `s` of `definition`, read from `cwd` (below the repository's top, or at it) as the CLI reads it. */
async function sources(definition: string, cwd = dir) {
  const config = await loadConfig({
    file: 'c.yml',
    read: async () => `sources:\n  s: ${definition}\ntables:\n  - preset: kubevirt-feature-gates\n    references: [{ source: s }]\n`,
  });
  return loadSources(config, {
    readText: async (path) => readFileSync(resolve(cwd, path), 'utf8'),
    glob: (patterns) => walk(cwd, patterns),
    fetchText: async () => '',
    cwd,
  });
}
/** The folder as it is, as the base commit of a new repository. */
const commitAll = (): void => {
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
};
const GATES = JSON.stringify([{ const: 'AGate' }]);

describe('touchedSources', () => {
  it('a file read through a symlink is touched by a change to the file the link leads to', async () => {
    write('gen/reg.json', GATES);
    link('../gen/reg.json', 'hack/reg.json');
    write('docs/gates.md', '# Gates\n');
    commitAll();
    const data = await sources('{ file: hack/reg.json, key: const }');
    expect(await touchedSources(data, ['gen/reg.json'])).toEqual(new Set(['s']));
    expect(await touchedSources(data, ['hack/reg.json'])).toEqual(new Set(['s']));
    expect(await touchedSources(data, ['docs/gates.md', 'gen/other.json'])).toEqual(new Set());
  });

  it('an extract: through a symlinked folder (vendor/ → staging/) is touched by a change, an addition or a deletion there', async () => {
    write('staging/features/kube.go', 'AGate\n');
    write('staging/other/x.go', 'ZGate\n');
    link('../staging/features', 'vendor/features');
    commitAll();
    const data = await sources('{ extract: { files: ["vendor/features/*.go"], pattern: "(?<const>[A-Z]\\\\w+)" }, key: const }');
    for (const changed of ['staging/features/kube.go', 'staging/features/new.go']) expect(await touchedSources(data, [changed])).toEqual(new Set(['s']));
    expect(await touchedSources(data, ['staging/other/x.go', 'staging/features/README.md'])).toEqual(new Set());
  });

  it('a file git does not track (an export a build step writes, gitignored) counts as touched: nothing shows it unchanged', async () => {
    write('.gitignore', '_output/\n');
    write('_output/gates.json', GATES);
    write('hack/gates.json', GATES);
    commitAll();
    expect(await touchedSources(await sources('{ file: _output/gates.json, key: const }'), [])).toEqual(new Set(['s']));
    expect(await touchedSources(await sources('{ file: hack/gates.json, key: const }'), [])).toEqual(new Set());
    // From a folder below the top, the paths have ../ in them.
    mkdirSync(join(dir, 'docs'));
    const below = join(dir, 'docs');
    expect(await touchedSources(await sources('{ file: ../_output/gates.json, key: const }', below), [])).toEqual(new Set(['s']));
    expect(await touchedSources(await sources('{ file: ../hack/gates.json, key: const }', below), [])).toEqual(new Set());
    // A tracked symlink to an ignored file: what is read is the ignored file.
    link('../_output/gates.json', 'hack/linked.json');
    git('add', 'hack/linked.json');
    expect(await touchedSources(await sources('{ file: hack/linked.json, key: const }'), [])).toEqual(new Set(['s']));
  });

  it('without git to ask, a source that reads files counts as touched', async () => {
    write('hack/gates.json', GATES);
    expect(await touchedSources(await sources('{ file: hack/gates.json, key: const }'), [])).toEqual(new Set(['s']));
  });
});
