/** Line starts as findings count lines: LF, CRLF and a lone CR each end one, as in markdown. */
import { lineIndex, locate } from '../../src/engine/lint.js';

it.each([
  ['empty', '', [0]],
  ['LF', 'a\nbc\n', [0, 2, 5]],
  ['no final newline', 'a\nbc', [0, 2]],
  ['CRLF', 'a\r\nbc\r\n', [0, 3, 7]],
  ['lone CR', 'a\rbc\r', [0, 2, 5]],
  ['mixed', 'a\nb\r\nc\rd', [0, 2, 5, 7]],
  ['blank lines', '\n\n', [0, 1, 2]],
])('%s', (_name, source, starts) => {
  expect(lineIndex(source)).toEqual(starts);
});

it('locates an offset on its line, whatever the line endings', () => {
  for (const source of ['x\n|a|\n', 'x\r\n|a|\r\n', 'x\r|a|\r']) {
    expect(locate(lineIndex(source), source.indexOf('a'))).toEqual({ line: 2, column: 2 });
  }
});
