/**
 * The markdown parser is loaded on demand (a chunk of its own in the
 * bundles): the fast reader reads what it can without it, and a read that
 * reaches it before it is loaded stops with ParserNotLoaded, which
 * withParser answers by loading it and reading again. This file must not
 * load the parser before its first tests run.
 */
import { readMarkdownFast } from '../../src/markdown/fast.js';
import { ParserNotLoaded, readMarkdown, withParser } from '../../src/markdown/read.js';

const TABLE = '# Support\n\n| Feature | Status |\n|---|---|\n| a | **Supported** |\n';
// A setext heading and a list: the fast reader hands both to the parser.
const NEEDS_PARSER = 'Support\n=======\n\n- a note\n- another\n\n' + TABLE;

describe('the parser, loaded on demand', () => {
  it('is not needed for a document the fast reader reads alone', () => {
    expect(readMarkdownFast(TABLE).tables[0]!.rows[0]!.cells[1]!.text).toBe('Supported');
  });

  it('stops a read that needs it before it is loaded', () => {
    expect(() => readMarkdownFast(NEEDS_PARSER)).toThrow(ParserNotLoaded);
  });

  it('is loaded by withParser, which reads again and gives what a full parse gives', async () => {
    const document = await withParser(() => readMarkdownFast(NEEDS_PARSER));
    expect(document).toEqual(readMarkdown(NEEDS_PARSER));
    expect(document.headings.map((heading) => heading.text)).toEqual(['Support', 'Support']);
  });

  it('lets any other error through', async () => {
    await expect(
      withParser(() => {
        throw new RangeError('not about the parser');
      }),
    ).rejects.toThrow(RangeError);
  });
});
