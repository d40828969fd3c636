import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { emptyFileResult } from '../../src/core/types.js';
import { firstNonUtf8Line, lintSources, textLoader } from '../../src/engine/pipeline.js';
import { diskLoader } from '../../src/io/disk.js';

describe('lintSources', () => {
  let dir: string;
  const config = loadConfig({ file: null, read: async () => undefined });
  const GATES = 'FEATURE GATE | GRADUATION | STATUS\n-- | -- | --\nAGate | GA | SUPPORTED\n';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stl-run-'));
    mkdirSync(join(dir, 'folder.md'));
    writeFileSync(join(dir, 'ok.md'), GATES);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const problem = (file: string, rule: string, message: string) => ({
    ...emptyFileResult(file),
    violations: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, severity: 'error', rule, message }],
  });

  it('UTF-16 without a byte-order mark (valid UTF-8 when it is ASCII) is a file-encoding finding, not a file without tables', async () => {
    const le = new Uint8Array(Buffer.from(GATES, 'utf16le'));
    const be = le.map((_, i) => le[i ^ 1]!);
    const bytes = (data: Uint8Array) => async () => ({ kind: 'bytes' as const, bytes: data });
    const result = await lintSources([{ file: 'le.md', head: bytes(le) }, { file: 'be.md', head: bytes(be) }, { file: 'ok.md', head: textLoader(GATES) }], await config);
    expect(result.files.map((file) => file.violations.map((v) => `${v.rule}: ${v.message}`))).toEqual([
      ['file-encoding: le.md looks like UTF-16 (little-endian, without a byte-order mark: a 0 byte beside each character), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").'],
      ['file-encoding: be.md looks like UTF-16 (big-endian, without a byte-order mark: a 0 byte beside each character), so its tables cannot be read. Re-save it with UTF-8 encoding (most editors offer "Save with encoding").'],
      [],
    ]);
  });

  it('reports files it cannot read as findings, keeping the input order', async () => {
    const result = await lintSources(
      ['missing.md', 'ok.md', 'folder.md'].map((file) => ({ file, head: diskLoader(file, dir) })),
      await config,
    );
    expect(result.files).toEqual([
      problem('missing.md', 'file-encoding', 'Could not read missing.md: no such file.'),
      {
        ...emptyFileResult('ok.md'),
        tablesChecked: 1,
        coverage: [{ line: 1, columns: ['FEATURE GATE', 'GRADUATION', 'STATUS'], judgedBy: 'preset kubevirt-feature-gates', rows: 1 }],
      },
      problem('folder.md', 'file-encoding', 'Could not read folder.md: it is a directory.'),
    ]);
  });

  it('a form feed or vertical tab in a delimiter row (blanks to GitHub) does not take the table out of the check', async () => {
    const broken = GATES.replace('GA |', 'Graduated |');
    const result = await lintSources(
      [
        { file: 'f.md', head: textLoader(broken.replace('-- | -- | --', '--\f | -- | --')) },
        { file: 'v.md', head: textLoader(broken.replace('-- | -- | --', '-- | --\v | --')) },
      ],
      await config,
    );
    expect(result.files.map((f) => [f.tablesChecked, f.violations.map((v) => `${v.rule}@${v.line}:${v.column}`)])).toEqual([
      [1, ['allowed-values@3:9']],
      [1, ['allowed-values@3:9']],
    ]);
  });

  it('lints a base version through the same steps, and an added file has none', async () => {
    const broken = GATES.replace('GA |', 'Graduated |');
    const result = await lintSources(
      [
        { file: 'a.md', head: textLoader(broken), base: textLoader(broken) },
        { file: 'b.md', head: textLoader(broken), base: async () => ({ kind: 'missing' }) },
        { file: 'c.md', head: textLoader(GATES), base: async () => ({ kind: 'too-large', size: 99 }) },
      ],
      await config,
    );
    expect(result.files.map((f) => [f.violations.map((v) => v.rule), f.baseViolations?.map((v) => v.rule)])).toEqual([
      [['allowed-values'], ['allowed-values']],
      [['allowed-values'], []],
      // The base could not be linted, so no comparison ran: said on the head.
      [['table-unchecked'], ['file-too-large']],
    ]);
  });

  it('one failing file never loses another file\'s findings', async () => {
    // Five kilobytes of nested block quotes around a table overflow the parser's stack.
    const q = '>'.repeat(5000);
    const deep = `${q} | A | B |\n${q} | - | - |\n${q} | x | y |\n`;
    const result = await lintSources(
      [
        { file: 'deep.md', head: textLoader(deep) },
        { file: 'ok.md', head: textLoader(GATES.replace('GA |', 'Graduated |')) },
      ],
      await config,
    );
    expect(result.files.map((f) => f.violations.map((v) => v.rule))).toEqual([['parse-failure'], ['allowed-values']]);
    expect(result.files[0]!.violations[0]!.message).toMatch(/^deep\.md could not be parsed \(.+\), so it was not linted\. Look for block quotes or lists nested/);
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
