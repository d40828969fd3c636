import { excerpt, formatStylish, MAX_EXCERPT } from '../../src/report/stylish.js';
import { bestEffort, noMaintainers, result, SOURCE } from './fixtures.js';

const source = (file: string) => (file === 'docs/support.md' ? SOURCE : undefined);

describe('stylish', () => {
  it('groups by file, aligns columns, marks the cell and sums up', () => {
    expect(formatStylish(result, { color: false, version: '1.0.0', source })).toBe(
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
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatStylish({ files: [{ file: 'a.md', tablesChecked: 1, violations: [] }] }, { color: false, version: '1' })).toBe('');
  });

  it('leaves out the excerpt when the source is not available, and counts notices', () => {
    const notice = { ...noMaintainers, severity: 'notice' as const };
    expect(formatStylish({ files: [{ file: 'x.md', tablesChecked: 1, violations: [notice] }] }, { color: false, version: '1' })).toBe(
      ['x.md', '  4:23  notice  "widget" is Supported but has no Maintainers.  maintainers-required', '', '✖ 1 problem (0 errors, 0 warnings, 1 notice)', ''].join('\n'),
    );
  });

  it('colours severities, positions, rule ids and the summary when asked', () => {
    const out = formatStylish({ files: [{ file: 'docs/support.md', tablesChecked: 1, violations: [bestEffort] }] }, { color: true, version: '1', source });
    expect(out.split('\n')).toEqual([
      '\u001b[4mdocs/support.md\u001b[24m',
      `  \u001b[2m3:17\u001b[22m  \u001b[31merror\u001b[39m  ${bestEffort.message}  \u001b[2mallowed-values\u001b[22m`,
      '    | frobnicator | Best effort | | Works on amd64, arm64 |',
      '    \u001b[31m                ^~~~~~~~~~~\u001b[39m',
      '',
      '\u001b[1m\u001b[31m✖ 1 problem (1 error, 0 warnings)\u001b[39m\u001b[22m',
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
});
