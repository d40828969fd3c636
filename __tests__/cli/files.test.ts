import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UsageError } from '../../src/cli/args.js';
import { expandTargets, fileKinds } from '../../src/cli/files.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stl-files-'));
  for (const file of [
    'README.md',
    'docs/b.md',
    'docs/a.markdown',
    'docs/notes.txt',
    'docs/deep/c.md',
    'docs/deep/NOTES.MD',
    'docs/node_modules/pkg/README.md',
    'node_modules/x/y.md',
    '.git/info.md',
    'support.txt',
  ]) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    writeFileSync(join(dir, file), '# x\n');
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = async (targets: string[]) => (await expandTargets(targets, dir)).map((target) => target.path);

describe('expandTargets', () => {
  it("searches a folder also for the kinds of file a config's entries name (docs/*.txt), as ESLint does, where an entry applies", async () => {
    const configured = { globs: fileKinds(['docs/*.txt', 'docs/**', '**/*.md', 'support.*', '!docs/b.txt']), keep: () => true };
    expect(configured.globs).toEqual(['docs/*.txt']);
    expect((await expandTargets(['.'], dir, [], configured)).map((target) => target.path)).toEqual([
      'README.md',
      'docs/a.markdown',
      'docs/b.md',
      'docs/deep/NOTES.MD',
      'docs/deep/c.md',
      'docs/notes.txt',
    ]);
    // A file no entry applies to once its other globs are read (keep) is not added.
    expect((await expandTargets(['docs'], dir, [], { ...configured, keep: () => false })).map((target) => target.path)).not.toContain('docs/notes.txt');
    // A deleted page of such a kind is a target too (compared with its base), as a deleted markdown page is.
    expect((await expandTargets(['docs'], dir, ['docs/gone.txt', 'docs/gone.png'], configured)).filter((target) => target.deleted).map((target) => target.path)).toEqual(['docs/gone.txt']);
    // Only inside the folder named; a glob target is the user's own choice.
    expect((await expandTargets(['docs/deep'], dir, [], configured)).map((target) => target.path)).toEqual(['docs/deep/NOTES.MD', 'docs/deep/c.md']);
    expect((await expandTargets(['docs/*.md'], dir, [], configured)).map((target) => target.path)).toEqual(['docs/b.md']);
  });

  it('searches directories for markdown, skipping node_modules and .git', async () => {
    // Whatever the case of the extension: GitHub renders NOTES.MD as markdown.
    expect(await paths(['.'])).toEqual(['README.md', 'docs/a.markdown', 'docs/b.md', 'docs/deep/NOTES.MD', 'docs/deep/c.md']);
  });

  it('lints a file named explicitly whatever its extension, and each file once, in target order', async () => {
    expect(await expandTargets(['support.txt', 'docs', 'docs/b.md'], dir)).toEqual([
      { path: 'support.txt', explicit: true },
      { path: 'docs/a.markdown', explicit: false },
      { path: 'docs/b.md', explicit: false },
      { path: 'docs/deep/NOTES.MD', explicit: false },
      { path: 'docs/deep/c.md', explicit: false },
    ]);
  });

  it('expands globs', async () => {
    expect(await paths(['docs/*.{md,txt}'])).toEqual(['docs/b.md', 'docs/notes.txt']);
  });

  it('rejects a glob that matches nothing and a path that does not exist, naming them', async () => {
    await expect(expandTargets(['docs/*.rst'], dir)).rejects.toThrow(new UsageError('no files match the pattern "docs/*.rst"'));
    await expect(expandTargets(['missing.md'], dir)).rejects.toThrow(new UsageError('missing.md: no such file or directory'));
    await expect(expandTargets(['diff'], dir)).rejects.toThrow(new UsageError('diff: no such file or directory; to run the diff command, put it first: support-table-lint diff [options]'));
  });
});
