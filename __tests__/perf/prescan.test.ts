import { mayContainTable } from '../../src/markdown/prescan.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const md = (...lines: string[]): string => lines.join('\n') + '\n';

describe('mayContainTable', () => {
  it.each([
    ['outer pipes', md('| A | B |', '| --- | --- |', '| 1 | 2 |')],
    ['one-dash delimiter cells', md('|A|B|', '|-|-|', '|1|2|')],
    ['no outer pipes', md('A | B', '-- | --', '1 | 2')],
    ['alignment colons', md('A | B', ':-: | -:')],
    ['one column', md('| A |', '| - |')],
    ['a blockquote', md('> | A | B |', '> | - | - |')],
    ['a blockquote in a list item', md('1. > | A | B |', '   > | - | - |')],
    ['a list item', md('- item', '', '  | A | B |', '  | - | - |')],
    ['CRLF line endings', '| A |\r\n|---|\r\n'],
    ['CR line endings', '| A |\r|---|\r'],
    ['tabs in the delimiter row', md('A\t|\tB', '--\t|\t--')],
    // GitHub's cmark-gfm takes both for blanks (spacechar = [ \t\v\f]): a table there is a table here.
    ['a form feed in the delimiter row', md('A | B', '--\f | --', 'x | y')],
    ['a vertical tab in the delimiter row', md('| A | B |', '| -- |\v-- |', '| x | y |')],
  ])('keeps a table in %s', (_, source) => {
    expect(readMarkdown(source).tables).toHaveLength(1);
    expect(mayContainTable(source)).toBe(true);
  });

  it.each([
    ['prose with pipes', md('Use `a | b` to pipe.', '', 'x | y')],
    ['a thematic break', md('text', '', '---')],
    ['a setext heading', md('Title', '=====')],
    ['no text', ''],
  ])('rules out %s', (_, source) => {
    expect(readMarkdown(source).tables).toHaveLength(0);
    expect(mayContainTable(source)).toBe(false);
  });

  // No clock: at these sizes a quadratic scan would run for hours and hit
  // the test's timeout, a linear one takes milliseconds.
  it('stays linear on inputs that make naive patterns backtrack', () => {
    const inputs = ['\n'.repeat(2_000_000), ' |'.repeat(2_000_000), ' :'.repeat(2_000_000), ('| - '.repeat(50) + 'x\n').repeat(20_000), '-'.repeat(4_000_000) + '|x', '-'.repeat(4_000_000) + ':x'];
    for (const source of inputs) expect(mayContainTable(source)).toBe(false);
  });

  it('keeps a one-column table whose delimiter row has colons and no pipe', () => {
    const source = md('word', ':-:', 'x');
    expect(readMarkdown(source).tables).toHaveLength(1);
    expect(mayContainTable(source)).toBe(true);
  });
});
