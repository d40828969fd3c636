/**
 * Text escaped for the job summary and check runs reads back, through the
 * same markdown parser GitHub's rendering follows, as exactly the text that
 * went in: no backslash shows, nothing becomes a link, a list or a heading.
 */
import { loadParser, readMarkdown } from '../../src/markdown/read.js';
import { escapeMarkdown, markdownCode } from '../../src/report/markdown.js';

await loadParser();

const HOSTILE = [
  '2.2', '1.7.0', '10) item', '- item', '+ item', '= heading', '# title', '@org/team', '[x](https://evil.example)',
  'https://evil.example', 'www.evil.example', '<img src=x onerror=alert(1)>', 'a | b', '*bold* _em_ `code`', '\\', '~~s~~', '&amp; &#64;',
  '$x^2$', '$$\\sum$$',
];

/** The text of the one cell of a table whose cell holds `markdown`, and the links in it. */
function cellOf(markdown: string): { text: string; links: number } {
  const table = readMarkdown(`| h |\n| - |\n| ${markdown} |\n`).tables[0]!;
  const cell = table.rows[0]!.cells[0]!;
  return { text: cell.text, links: cell.links.length };
}

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('%s reads back as itself in a table cell', (text) => {
    expect(cellOf(escapeMarkdown(text))).toEqual({ text, links: 0 });
  });

  it('escapes dollar signs (GitHub renders $…$ as math) and shows bidirectional overrides by name instead of obeying them', () => {
    expect(escapeMarkdown('$x$')).toBe('\\$x\\$');
    expect(escapeMarkdown('\u202eSUTATS')).toBe('&lt;U+202E&gt;SUTATS');
  });

  it('keeps a leading number or list marker from starting a list, without a visible backslash', () => {
    expect(escapeMarkdown('2.2')).toBe('2\\.2');
    expect(escapeMarkdown('- x')).toBe('\\- x');
  });
});

describe('markdownCode', () => {
  it.each(HOSTILE)('%s reads back as itself', (text) => {
    // The reader leaves inline HTML tags out of a cell's text: what is left is the code's content.
    expect(cellOf(`<code>${markdownCode(text)}</code>`)).toEqual({ text, links: 0 });
  });

  it('writes no $ that GitHub could read as math', () => {
    expect(markdownCode('$\\text{Forged}$ and $$x$$')).not.toContain('$');
  });
});
