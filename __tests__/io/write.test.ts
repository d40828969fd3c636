/**
 * writeInside, which the Action's report-file, sarif-file and artifact and
 * the CLI's --output-file and init go through: a refused write leaves
 * nothing behind, not even a folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeInside, writeUserFile } from '../../src/io/write.js';

let root: string;
let workspace: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stl-write-'));
  workspace = join(root, 'workspace');
  mkdirSync(join(root, 'outside'), { recursive: true });
  mkdirSync(workspace);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('writes a new file in new folders inside the workspace', async () => {
  await writeInside('reports/a/b.json', workspace, [workspace], '{}');
  expect(readFileSync(join(workspace, 'reports/a/b.json'), 'utf8')).toBe('{}');
});

it('refuses a path under a symlinked folder that leads out, before making any folder there', async () => {
  symlinkSync(join(root, 'outside'), join(workspace, 'out'));
  await expect(writeInside('out/sub/deeper/report.json', workspace, [workspace], '{}')).rejects.toThrow('lies in a folder that is a symlink out of the workspace');
  expect(readdirSync(join(root, 'outside'))).toEqual([]);
});

it('refuses a path outside every root', async () => {
  await expect(writeInside('../outside/r.json', workspace, [workspace], '{}')).rejects.toThrow('is outside the workspace');
  expect(readdirSync(join(root, 'outside'))).toEqual([]);
});

it('a path the user names outside the working directory gets its missing folders, and fails (never loops) where one cannot be made', async () => {
  await writeUserFile(join(root, 'outside/new/deeper/out.txt'), workspace, 'x');
  expect(readFileSync(join(root, 'outside/new/deeper/out.txt'), 'utf8')).toBe('x');
  // /proc holds no folder of ours: Node's recursive mkdir loops for ever there.
  if (existsSync('/proc/self')) await expect(writeUserFile('/proc/no-such-process-folder/x', workspace, 'x')).rejects.toThrow('ENOENT');
});
