import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { firstNonUtf8Line, lintFiles } from '../../src/engine/run.js';

describe('lintFiles', () => {
  let dir: string;
  const config = loadConfig({ file: null, read: () => undefined });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stl-run-'));
    mkdirSync(join(dir, 'folder.md'));
    writeFileSync(join(dir, 'ok.md'), 'FEATURE GATE | GRADUATION | STATUS\n-- | -- | --\nAGate | GA | SUPPORTED\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports files it cannot read as findings, keeping the input order', async () => {
    const result = await lintFiles(['missing.md', 'ok.md', 'folder.md'], config, { cwd: dir });
    expect(result.files).toEqual([
      {
        file: 'missing.md',
        tablesChecked: 0,
        violations: [
          { file: 'missing.md', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'file-encoding', message: 'Could not read missing.md: no such file.' },
        ],
      },
      { file: 'ok.md', tablesChecked: 1, violations: [] },
      {
        file: 'folder.md',
        tablesChecked: 0,
        violations: [
          { file: 'folder.md', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', rule: 'file-encoding', message: 'Could not read folder.md: it is a directory.' },
        ],
      },
    ]);
  });

  it('names files relative to cwd with / separators', async () => {
    const result = await lintFiles([join(dir, 'ok.md')], config, { cwd: join(dir, 'folder.md') });
    expect(result.files.map((f) => f.file)).toEqual(['../ok.md']);
  });
});

describe('firstNonUtf8Line', () => {
  it.each([
    ['a latin-1 byte on line 3', Buffer.concat([Buffer.from('one\ntwo\nca'), Buffer.from([0xe9]), Buffer.from('\nfour\n')]), 3],
    ['a truncated sequence at the very end', Buffer.concat([Buffer.from('ok\n'), Buffer.from([0xe2, 0x82])]), 2],
    ['valid multi-byte text before the bad byte', Buffer.concat([Buffer.from('naïve\n€\n'), Buffer.from([0xff])]), 3],
  ])('%s', (_, bytes, line) => {
    expect(firstNonUtf8Line(bytes)).toBe(line);
  });
});
