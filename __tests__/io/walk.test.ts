import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walk } from '../../src/io/walk.js';

let root: string;
let workspace: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stl-walk-'));
  workspace = join(root, 'ws');
  for (const file of ['ws/docs/a.md', 'ws/real/b.md', 'outside/secret.md', 'sibling/c.md']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '# x\n');
  }
  symlinkSync(join(root, 'outside'), join(workspace, 'out'));
  symlinkSync(join(workspace, 'real'), join(workspace, 'alias'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('walk', () => {
  it('does not walk a glob whose fixed part is a symlink leading out of the workspace (docs -> /)', async () => {
    expect(await walk(workspace, ['out/**/*.md'])).toEqual([]);
    expect(await walk(workspace, ['out/*'])).toEqual([]);
  });

  it('walks one that leads inside, and a path written outside on purpose', async () => {
    expect(await walk(workspace, ['alias/*.md'])).toEqual(['alias/b.md']);
    expect(await walk(workspace, ['../sibling/*.md'])).toEqual(['../sibling/c.md']);
  });

  it('never enters a symlinked folder met on the way, and lists the link itself when it matches', async () => {
    expect(await walk(workspace, ['**/*.md'])).toEqual(['docs/a.md', 'real/b.md']);
    expect(await walk(workspace, ['**'])).toEqual(['alias', 'docs/a.md', 'out', 'real/b.md']);
  });
});
