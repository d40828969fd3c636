/**
 * The HTML entity table is loaded with the parser, not at start-up: until
 * then the fast reader hands a cell with a named reference to the parser
 * (which loads both), and never guesses its text.
 */
import { readMarkdownFast } from '../../src/markdown/fast.js';
import { ParserNotLoaded, readMarkdown, withParser } from '../../src/markdown/read.js';

const source = '# T\n\n| Feature | Notes |\n|---|---|\n| a&amp;b | &copy; 2026 &notanentity; |\n| plain | &#169; |\n';

it('a named reference waits for the parser and its table; then the fast reader reads it as the parser does', async () => {
  // This file's module registry is its own: nothing has loaded the parser yet.
  expect(() => readMarkdownFast(source)).toThrow(ParserNotLoaded);
  const document = await withParser(() => readMarkdownFast(source));
  const texts = document.tables[0]!.rows.map((row) => row.cells.map((cell) => cell.text));
  expect(texts).toEqual([
    ['a&b', '© 2026 &notanentity;'],
    ['plain', '©'],
  ]);
  // Loaded now: read alone, and the same document as a full parse.
  expect(readMarkdownFast(source)).toEqual(readMarkdown(source));
});
