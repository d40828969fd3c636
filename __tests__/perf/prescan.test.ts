import { mayContainTable } from '../../src/markdown/prescan.js';
import { readMarkdown } from '../../src/markdown/read.js';

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

  it('stays linear on inputs that make naive patterns backtrack', () => {
    const inputs = ['\n'.repeat(200_000), ' |'.repeat(200_000), ('| - '.repeat(50) + 'x\n').repeat(2000), '-'.repeat(400_000) + '|x'];
    for (const source of inputs) {
      const started = performance.now();
      mayContainTable(source);
      // Generous: a linear scan of 400 kB takes a few milliseconds; a quadratic one, minutes.
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
