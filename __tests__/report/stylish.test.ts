import { excerpt, formatStylish, MAX_EXCERPT, stylishPieces } from '../../src/report/stylish.js';
import { bestEffort, noMaintainers, only, result } from './fixtures.js';

describe('stylish', () => {
  it('groups by file, aligns columns, marks the cell and sums up', () => {
    expect(formatStylish(result, { color: false, version: '1.0.0' })).toBe(
      [
        'docs/support.md',
        '  3:17  error    Support State "Best effort" of "frobnicator" is not an allowed value; did you mean "Best-effort"?  allowed-values',
        '    | frobnicator | Best effort | | Works on amd64, arm64 |',
        '                    ^~~~~~~~~~~',
        '  4:23  warning  "widget" is Supported but has no Maintainers.  maintainers-required',
        '    | widget | Supported | | |',
        '                          ^',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '  1 of them potentially fixable with the `--fix` option.',
        '2 files, 3 tables checked (1 table left alone)',
        '',
      ].join('\n'),
    );
  });

  it('after --fix promises nothing more; after --fix-dry-run says how many files the fixes would change', () => {
    const tail = (text: string) => text.split('\n').slice(-4);
    expect(tail(formatStylish(result, { color: false, version: '1', fixed: 'written' }))).toEqual(['', '✖ 2 problems (1 error, 1 warning)', '2 files, 3 tables checked (1 table left alone)', '']);
    const dryRun = structuredClone(result);
    dryRun.files[0]!.output = '| fixed |';
    expect(tail(formatStylish(dryRun, { color: false, version: '1', fixed: 'dry-run' }))).toEqual([
      '✖ 2 problems (1 error, 1 warning)',
      '  --fix would change 1 file (--fix-dry-run --format diff shows how); the problems above are those left after it.',
      '2 files, 3 tables checked (1 table left alone)',
      '',
    ]);
    dryRun.files[0]!.violations = [];
    expect(formatStylish(dryRun, { color: false, version: '1', fixed: 'dry-run' })).toBe(
      '--fix would change 1 file (--fix-dry-run --format diff shows how).\n2 files, 3 tables checked (1 table left alone)\n',
    );
  });

  it('says what was checked even when there is nothing to report, and what was suppressed', () => {
    expect(formatStylish(only(), { color: false, version: '1' })).toBe('1 file, 1 table checked (0 tables left alone)\n');
    const quiet = only();
    quiet.files[0]!.suppressed.push({ ...bestEffort, suppressions: [{ kind: 'directive', justification: '' }] });
    expect(formatStylish(quiet, { color: false, version: '1' })).toBe('1 file, 1 table checked (0 tables left alone), 1 suppressed\n');
    expect(formatStylish({ files: [] }, { color: false, version: '1' })).toBe('0 files, 0 tables checked (0 tables left alone)\n');
  });

  it('leaves out the excerpt when there is none, and counts notices', () => {
    const notice = { ...noMaintainers, file: 'x.md', severity: 'notice' as const, excerpt: undefined };
    delete notice.excerpt;
    expect(formatStylish(only(notice), { color: false, version: '1' })).toBe(
      [
        'x.md',
        '  4:23  notice  "widget" is Supported but has no Maintainers.  maintainers-required',
        '',
        '✖ 1 problem (0 errors, 0 warnings, 1 notice)',
        '1 file, 1 table checked (0 tables left alone)',
        '',
      ].join('\n'),
    );
  });

  it('shows control characters from a document as pictures, never as terminal escapes', () => {
    const v = { ...bestEffort, file: 'a\u001b[2J.md', message: 'Level "\u001b]0;owned\u0007" is bad', excerpt: '| x | \u001b[31mred |' };
    const out = formatStylish(only(v), { color: false, version: '1' });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('a␛[2J.md');
    expect(out).toContain('"␛]0;owned␇"');
  });

  it('shows a bidirectional override in a snippet as one replacement character, never obeying it (the marker stays under its cell)', () => {
    const v = { ...bestEffort, excerpt: '| \u202eSUTATS | x |' };
    const out = formatStylish(only(v), { color: false, version: '1' });
    expect(out).not.toContain('\u202e');
    expect(out).toContain('| \ufffdSUTATS | x |');
  });

  it('--verbose lists what checked each table and why others were left alone', () => {
    const verbose = only();
    verbose.files[0]!.coverage.push(
      { line: 3, columns: ['Feature', 'Support State'], judgedBy: 'preset kata-support-levels', rows: 12 },
      { line: 20, columns: ['Option', 'Default'], reason: 'preset kata-support-levels: no "Feature", "Support State" column', rows: 2 },
    );
    expect(formatStylish(verbose, { color: false, version: '1', verbose: true })).toBe(
      [
        'a.md:',
        '  line 3: checked by preset kata-support-levels (12 rows): Feature | Support State',
        '  line 20: left alone (preset kata-support-levels: no "Feature", "Support State" column): Option | Default',
        '1 file, 1 table checked (0 tables left alone)',
        '',
      ].join('\n'),
    );
  });

  it('colours severities, positions, rule ids and the summary when asked', () => {
    const out = formatStylish(only(bestEffort), { color: true, version: '1' });
    expect(out.split('\n')).toEqual([
      '\u001b[4mdocs/support.md\u001b[24m',
      `  \u001b[2m3:17\u001b[22m  \u001b[31merror\u001b[39m  ${bestEffort.message}  \u001b[2mallowed-values\u001b[22m`,
      '    | frobnicator | Best effort | | Works on amd64, arm64 |',
      '    \u001b[31m                ^~~~~~~~~~~\u001b[39m',
      '',
      '\u001b[1m\u001b[31m✖ 1 problem (1 error, 0 warnings)\u001b[39m\u001b[22m',
      '  1 of them potentially fixable with the `--fix` option.',
      '1 file, 1 table checked (0 tables left alone)',
      '',
    ]);
  });
});

describe('excerpt', () => {
  const at = (column: number, endColumn: number, line = 1, endLine = line) => ({ line, column, endLine, endColumn });

  it.each([
    ['a cell', '| a | bcd |', at(7, 10), '| a | bcd |', '      ^~~'],
    ['an empty span', '| a | |', at(6, 6), '| a | |', '     ^'],
    ['a span running onto the next line', '| a | bcd', at(7, 3, 1, 2), '| a | bcd', '      ^~~'],
    ['tabs before the cell', '\t| a |\tb |', at(8, 9), '\t| a |\tb |', '\t     \t^'],
    // 中文 and ✅ take two columns each in a terminal; the é written as e and a combining accent, one.
    ['wide characters before and in the cell', '| 中文 | ✅ | ❎ |', at(12, 13), '| 中文 | ✅ | ❎ |', '              ^~'],
    ['a combining accent before the cell', '| cafe\u0301 | x |', at(11, 12), '| cafe\u0301 | x |', '         ^'],
  ])('marks %s', (_name, line, span, text, marker) => {
    expect(excerpt(line, span)).toEqual([text, marker]);
  });

  it('cuts a long line to a window around the cell', () => {
    const line = `| ${'x'.repeat(200)} | target | ${'y'.repeat(200)} |`;
    const column = line.indexOf('target') + 1;
    const [text, marker] = excerpt(line, at(column, column + 6));
    expect(text.length).toBe(MAX_EXCERPT + 2);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.slice(marker.indexOf('^'), marker.indexOf('^') + 6)).toBe('target');
    expect(marker.trim()).toBe('^~~~~~');
  });

  it('formats 150,000 findings of one file (no argument spread that overflows the stack)', () => {
    const many = only();
    many.files[0]!.violations = Array.from({ length: 150_000 }, (_, i) => ({ ...bestEffort, line: i + 1 }));
    const text = formatStylish(many, { color: false, version: '1' });
    expect(text).toContain('150000:17  error  ');
    expect(text).toContain('✖ 150000 problems (150000 errors, 0 warnings)');
  });

  it('never prints a line the Actions runner would read as a workflow command', () => {
    const forged = only();
    forged.files[0]!.file = '::error file=README.md,line=1::Forged.md';
    forged.files[0]!.violations = [{ ...bestEffort, file: forged.files[0]!.file, excerpt: '::warning title=forged::also forged | GA | Bad', column: 1, endColumn: 3 }];
    const lines = formatStylish(forged, { color: false, version: '1' }).split('\n');
    expect(lines.filter((line) => /^\s*(::|##\[)/.test(line))).toEqual([]);
    expect(lines[0]).toBe(':\u200b:error file=README.md,line=1::Forged.md');
  });

  it('comes in pieces of at most 500 findings, which together are the report: 100,000 long findings are never one string', () => {
    const many = only(...Array.from({ length: 1_234 }, (_, i) => ({ ...bestEffort, line: i + 3 })));
    const pieces = [...stylishPieces(many, { color: false, version: '1' })];
    // 500, 500 and 234 findings, then the footer.
    expect(pieces.length).toBe(4);
    expect(pieces.join('')).toBe(formatStylish(many, { color: false, version: '1' }));
    expect(pieces[0]!.split('\n').filter((line) => line.includes('allowed-values'))).toHaveLength(500);
  });
});
