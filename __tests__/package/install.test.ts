/**
 * The package installs and runs as users will get it: `npm pack`, the
 * tarball installed into an empty project, and its `support-table-lint` bin
 * run on a fixture. Needs `npm run bundle` first (`npm test` does) and the
 * npm registry only for npm's own checks (the package has no dependencies
 * to fetch: everything is bundled into dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; bin: Record<string, string>; dependencies?: object; files: string[] };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-pack-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('packs, installs into an empty project, and its bin lints a file', () => {
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  const paths = packed!.files.map((file) => file.path);
  expect(paths).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/parse-worker.js', 'action.yml', 'schemas/config.schema.json', '.pre-commit-hooks.yaml', 'README.md', 'package.json']));
  expect(paths.filter((path) => path.startsWith('src/') || path.startsWith('__tests__/'))).toEqual([]);
  expect(pkg.dependencies ?? {}).toEqual({});

  const project = join(dir, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', resolve(dir, packed!.filename)], { cwd: project, encoding: 'utf8' });
  writeFileSync(join(project, 'support.md'), '| Feature | Support State | Maintainers | Notes |\n| --- | --- | --- | --- |\n| arm64 | Best effort | | Fewer runners |\n');

  const bin = join(project, 'node_modules', '.bin', 'support-table-lint');
  expect(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout).toBe(`${pkg.version}\n`);
  const run = spawnSync(bin, ['support.md'], { cwd: project, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout).toContain('Support State "Best effort" of "arm64" is not one of');
  expect(run.stdout).toContain('1 file, 1 table checked (0 tables left alone)');
}, 180_000);

it('ships a pre-commit hook that runs the bin on markdown files', () => {
  const [hook] = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; language: string; types: string[] }[];
  expect(hook).toMatchObject({ id: 'support-table-lint', entry: `${Object.keys(pkg.bin)[0]} --`, language: 'node', types: ['markdown'] });
});

it('has a release workflow that builds dist/, tags vX.Y.Z and moves the vX tag', () => {
  const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as { on: object; jobs: Record<string, { steps: { run?: string }[] }> };
  const script = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')).join('\n');
  expect(script).toContain('npm run bundle');
  expect(script).toContain('git diff --exit-code');
  expect(script).toMatch(/git tag -a "v\$VERSION"/);
  expect(script).toMatch(/git tag -f "v\$MAJOR"/);
  expect(script).toMatch(/git push --force origin "v\$MAJOR"/);
});
