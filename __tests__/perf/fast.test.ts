/**
 * Hand-written cases where cutting a document into chunks could go wrong:
 * blocks that survive blank lines (fences, HTML blocks), lines that can be
 * read two ways, references defined in another chunk, and large tables read
 * in pieces. Each must give exactly what the full parse gives.
 */
import { readMarkdownFast } from '../../src/markdown/fast.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const md = (...lines: string[]): string => lines.join('\n') + '\n';
const table = md('| Feature | State |', '|---|---|', '| a | **b** |');

const cases: [string, string][] = [
  ['a table after prose', md('# Title', '', 'Some prose.', '', table)],
  ['a fence holding a blank line and a table', md('```', '', table, '```', '', table)],
  ['a tilde fence closed by a longer run', md('~~~~', '', table, '~~~~~', '', table)],
  ['a fence inside a list item, then one at the top level', md('1. step', '', '   ```sh', '   echo', '   ```', '', '```', '', table, '```', '', table)],
  ['an indented fence that is not in a list', md('  ```', '', table, '  ```', '', table)],
  ['an HTML comment holding a blank line and a table', md('<!--', '', table, '-->', '', table)],
  ['an HTML comment closed on its first line', md('<!-- x -->', '', table)],
  // The end may overlap the opener (CommonMark: the line contains the end): each of these is a whole block.
  ['an HTML comment opened and closed by one <!-->', md('<!-->', '', table)],
  ['an HTML comment <!---> ', md('<!--->', '', table)],
  ['a processing instruction <?>', md('<?>', '', table)],
  ['a raw block ended by another raw end tag', md('<script>', 'x </pre>', '', table)],
  ['a raw block ended by its own end tag in capitals', md('<style>', '', table, '</STYLE>', '', table)],
  ['a <pre> block over blank lines', md('<pre>', '', table, '</pre>', '', table)],
  ['a <div> block ended by a blank line', md('<div>', '```', '</div>', '', table)],
  ['an inline tag in a paragraph, then a fence', md('text', '<span>', '```', '', table, '```', '', table)],
  ['a list item continued lazily', md('- item', 'lazy', '  ```', '', table, '  ```', '', table)],
  ['an empty list item', md('-', '', '  ```', '', table, '```', '', table)],
  ['a table, a blank line, then an indented table in the same chunk', md('| A |', '|---|', '| a |', '| b |', '', ' B | C', '---|---', ' 1 | 2')],
  ['a table whose last row is a no-break space', md('| A |', '|---|', '| a |', '| b |', '\u00a0', '', 'after')],
  ['a table read in pieces with references in its header', md('| [A][a] | [^1] |', '|---|---|', '| x | y |', '| z | w |', '', '[a]: /a', '[^1]: /note')],
  ['a table in a list item and a blockquote', md('- item', '', '  | A | B |', '  | - | - |', '  | 1 | 2 |', '', '> | A |', '> |---|', '> | x |')],
  ['setext headings and a heading inside a list item', md('Title', '=====', '', '- Sub', '  ---', '', table)],
  ['notes under a Notes heading', md(table, '## Notes', '', '- **a**: tested', '- plain', '* **b** : other', '', '1. **c**')],
  ['a reference defined far below', md(table.replace('**b**', '[b][ref]'), '', 'prose', '', '[ref]: https://example.com')],
  ['a reference label folded and wrapped', md('| A |', '|---|', '| [x][Some  Label] |', '', '> [some\n> label]: /url')],
  ['an undefined reference', md('| A |', '|---|', '| [x][nope] |')],
  ['CRLF line endings', md('# T', '', table).replace(/\n/g, '\r\n') + '```\r\n\r\n| A |\r\n|---|\r\n```\r\n'],
  ['CR line endings', md('# T', '', table, '## U', '', table).replace(/\n/g, '\r')],
  ['a byte-order mark', '\ufeff' + md('# T', '', table)],
  ['a suppression comment ending a heading', md('# Gates <!-- support-table-lint-disable-file unique-key -->', '', table)],
  ['suppression comments in HTML blocks in a block quote and a list item', md(table, '', '> <div>', '> x', '> <!-- support-table-lint-disable-line sort-order -->', '> </div>', '', '- <div>', '  <!-- support-table-lint-bogus', '  over two lines -->', '  </div>')],
  ['two byte-order marks (the second is text)', '\ufeff\ufeff' + md('A | B', '-- | --', 'x | **y**')],
  ['U+FEFF at the start of a line after a blank line (a piece of its own)', md('# T', '', '\ufeffA | B', '-- | --', 'x | **y**', '', '\ufeff| A | B |', '|---|---|', '| x | [y](/y) |')],
  ['no final line ending', '# T\n\n| A |\n|---|\n| x |'],
  // micromark keeps indented code open over blank lines: `2.` there cannot start a list.
  ['an ordered list after indented code', md('**Example**', '', '    echo', '', '2. **Key**: text', '', '- **Other**: x')],
  ['an empty list item after indented code', md('    code', '', '-', '  **Key**: text')],
  ['a heading line alone, with a closing sequence and markup', md('## `a|b` *c* \\# ##', '', '#7 not', '', '### ###', '', table)],
  ['a <sup> between digits, after emphasis, before a link, and after a letter', md('| A | B |', '|---|---|', '| 1.22<sup>1</sup> | **1.20**<sup>[2](#f)</sup> H<sub>2</sub>O 1<sup>~~3~~</sup> |')],
  ['<img> tags read as their alt text, inside emphasis and links too', md('| A | B |', '|---|---|', '| <img alt="Yes" src=y.png> **<img src=n alt=No>** | [<img alt=\'GA\'>](#ga)<details><summary>x</summary>y</details> |')],
  ['HTML anchors around text, in emphasis, unclosed, and nested in a markdown link', md('| A | B |', '|---|---|', '| <a href="/a">a</a> *<a href=/b>b</a>* <a href="/c">c | [<a href="/d">d</a>](/e) </a> |')],
  ['bold paragraphs and bold list items', md('**Note**: not a note', '', '- **a**: yes', '', '1.', '   **b**: yes', '', table)],
];

describe('readMarkdownFast equals readMarkdown', () => {
  it.each(cases)('%s', (_, source) => {
    expect(readMarkdownFast(source)).toEqual(readMarkdown(source));
  });

  it('a suppression comment is placed where the source has it, in a heading and inside containers', () => {
    const source = md('# Gates <!-- support-table-lint-disable-file unique-key -->', '', table, '', '> <div>', '> x', '> <!-- support-table-lint-disable-line sort-order -->', '> </div>', '', '- <div>', '  <!-- support-table-lint-bogus', '  over two lines -->', '  </div>');
    for (const read of [readMarkdown, readMarkdownFast]) {
      const { directives } = read(source);
      expect(directives.map(({ text, span }) => [text, source.slice(span.offset, span.endOffset), `${span.line}:${span.column}-${span.endLine}:${span.endColumn}`])).toEqual([
        ['<!-- support-table-lint-disable-file unique-key -->', '<!-- support-table-lint-disable-file unique-key -->', '1:9-1:60'],
        ['<!-- support-table-lint-disable-line sort-order -->', '<!-- support-table-lint-disable-line sort-order -->', '10:3-10:54'],
        ['<!-- support-table-lint-bogus\nover two lines -->', '<!-- support-table-lint-bogus\n  over two lines -->', '14:3-15:21'],
      ]);
    }
  });

  it.each([
    ['a comment that ends inside its line, in a block quote', '# T\n\n> Some <!-- support-table-lint-disable sort-order\n> -- why --> and more\n', '3:8-4:13'],
    ['a comment whose line ends with the same text again', '# T\n\n> Some <!-- support-table-lint-disable sort-order\n> --> text, see below -->\n', '3:8-4:6'],
    ['a comment after a tab a list item split', '# T\n\n- <div>\n\t<!-- support-table-lint-disable sort-order -->\n', '4:2-4:48'],
  ])('a suppression comment spans its source exactly: %s', (_, source, at) => {
    for (const read of [readMarkdown, readMarkdownFast]) {
      const [directive] = read(source).directives;
      const { span } = directive!;
      expect(`${span.line}:${span.column}-${span.endLine}:${span.endColumn}`).toBe(at);
      expect(source.slice(span.offset, span.endOffset)).toMatch(/^<!-- support-table-lint-disable sort-order[^]*-->$/);
    }
  });

  it('a U+FEFF that is text keeps the offsets of the source: each cell\'s span holds its markdown', () => {
    for (const source of ['\ufeff\ufeff' + md('A | B', '-- | --', 'x | **y**'), md('# T', '', '\ufeffA | B', '-- | --', 'x | **y**')]) {
      for (const read of [readMarkdown, readMarkdownFast]) {
        const cells = read(source).tables.flatMap((t) => t.rows.flatMap((row) => row.cells));
        expect(cells.map((cell) => source.slice(cell.span.offset, cell.span.endOffset).trim())).toEqual(['x', '**y**']);
      }
    }
  });

  it('reads a large table in pieces, with references, escaped pipes and short rows', () => {
    const rows = Array.from({ length: 1200 }, (_, i) =>
      i % 97 === 0 ? `| g${i} |` : `| f${i} | [t](https://x/${i}) \\| [r][ref] | \`c\` |`,
    );
    const source = md('# Big', '', '| A | B | C |', '|---|:-:|--:|', ...rows, '', '[ref]: /u');
    const fast = readMarkdownFast(source);
    expect(fast.tables[0]!.rows).toHaveLength(1200);
    expect(fast).toEqual(readMarkdown(source));
  });

  it('builds plain rows without the parser exactly as the parser does', () => {
    const variants = [
      (i: number) => `| f${i} | Supported | [@org/team-${i}](https://github.com/orgs/org/teams/team-${i}) | ok |`,
      (i: number) => `|f${i}|x (y) z|[a b](u)tail|`,
      (i: number) => `| f${i} |   |  spaced   text  |  `,
      (i: number) => `| f${i} | b |`,
      (i: number) => `| f${i} |b`,
      (i: number) => `| f${i} | 1 | 2 | 3 | 4 |`,
      (i: number) => (i % 2 ? '|' : '||'),
      (i: number) => `| f${i} |   | é ü — ${i} |`,
      (i: number) => `| f${i} | [x](y)(z) | (t) |`,
    ];
    const rows = Array.from({ length: 900 }, (_, i) => variants[i % variants.length]!(i));
    const source = md('## Table', '', '| A | B | C |', '| - | - | - |', ...rows, '', '## After');
    const fast = readMarkdownFast(source);
    expect(fast.tables[0]!.rows).toHaveLength(900);
    expect(fast).toEqual(readMarkdown(source));
  });
});
