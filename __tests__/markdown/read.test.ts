import { readMarkdownFast } from '../../src/markdown/fast.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const md = (...lines: string[]): string => lines.join('\n') + '\n';
const texts = (source: string) => readMarkdown(source).tables.map((table) => [table.columns, ...table.rows.map((row) => row.cells.map((cell) => cell.text))]);

describe('readMarkdown: what is a table', () => {
  it.each([
    ['outer pipes', md('| A | B |', '| --- | --- |', '| 1 | 2 |')],
    ['no outer pipes, `-- | --` delimiter', md('A | B', '-- | --', '1 | 2')],
    ['one-dash delimiter `|-|-|`', md('|A|B|', '|-|-|', '|1|2|')],
    ['in a blockquote', md('> | A | B |', '> | - | - |', '> | 1 | 2 |')],
    ['in a list item', md('- item', '', '  | A | B |', '  | - | - |', '  | 1 | 2 |')],
  ])('%s is a table', (_, source) => {
    expect(texts(source)).toEqual([[['A', 'B'], ['1', '2']]]);
  });

  it.each([
    ['fenced code', md('```markdown', '| A | B |', '| - | - |', '| 1 | 2 |', '```')],
    ['indented code', md('    | A | B |', '    | - | - |', '    | 1 | 2 |')],
    ['an HTML comment', md('<!--', '| A | B |', '| - | - |', '| 1 | 2 |', '-->')],
  ])('%s is not a table', (_, source) => {
    expect(texts(source)).toEqual([]);
  });
});

describe('readMarkdown: cells', () => {
  it('reads header names as plain text without quotes or emphasis', () => {
    const [table] = readMarkdown(md('| "Feature" | **Support  State** | _Notes_ |', '| - | - | - |')).tables;
    expect(table!.columns).toEqual(['Feature', 'Support State', 'Notes']);
  });

  it('normalises header names: NFKC, invisible characters removed, whitespace collapsed', () => {
    const [table] = readMarkdown(md('| ＳＴＡＴＵＳ | STA\u200bTUS | \u2060Feature\u00a0 Gate\u00ad |', '| - | - | - |')).tables;
    expect(table!.columns).toEqual(['STATUS', 'STATUS', 'Feature Gate']);
    // The cell keeps what was written, so the invisible character can be reported.
    expect(table!.header[1]!.text).toBe('STA\u200bTUS');
  });

  it('keeps suppression comments out of a cell\'s value and lists them with their place', () => {
    const source = md('| K | V |', '| - | - |', '| UniFi <!-- support-table-lint-disable-line unique-key -- a name --> | x |', '', '<!-- support-table-lint-disable -->', '```', '<!-- support-table-lint-disable-file -->', '```');
    const document = readMarkdown(source);
    const cell = document.tables[0]!.rows[0]!.cells[0]!;
    expect([cell.text, cell.raw]).toEqual(['UniFi', 'UniFi']);
    expect(document.directives.map(({ text, span }) => [text, span.line, span.column, source.slice(span.offset, span.endOffset) === text])).toEqual([
      ['<!-- support-table-lint-disable-line unique-key -- a name -->', 3, 9, true],
      ['<!-- support-table-lint-disable -->', 5, 1, true],
    ]);
  });

  it('unescapes pipes, drops markup, trims NBSP and keeps the raw markdown', () => {
    const source = md('| A | B | C |', '| - | - | - |', '| `x \\| y` | **bold** and <br> more |\u00a0|');
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text, raw }) => ({ text, raw }))).toEqual([
      { text: 'x | y', raw: '`x \\| y`' },
      { text: 'bold and more', raw: '**bold** and <br> more' },
      { text: '', raw: '' },
    ]);
  });

  it('reads the tags of lists, paragraphs and line breaks as one space between words, and inline tags as nothing', () => {
    const source = md('| A | B |', '| - | - |', '| <ul><li>cpu</li><li>sandbox_id</li></ul> | <p>one</p><p>two</p>1.33<sup>EOL</sup>a<br/><br>b |');
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text }) => text)).toEqual(['cpu sandbox_id', 'one two 1.33EOLa b']);
  });

  it('a no-break space inside a value (&nbsp;, or the character) reads as a space', () => {
    const source = md('| A | B |', '| - | - |', '| No,&nbsp;development only | 1\u00a0GB |');
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text, raw }) => [text, raw])).toEqual([
      ['No, development only', 'No,&nbsp;development only'],
      ['1 GB', '1\u00a0GB'],
    ]);
    expect(readMarkdownFast(source)).toEqual(readMarkdown(source));
  });

  it('a <sup> or <sub> between two digits reads as a space: a footnote is no more digits of the version', () => {
    const source = md('| A | B | C | D |', '| - | - | - | - |', '| 1.22<sup>1</sup> | 1.33<sup>EOL</sup> | H<sub>2</sub>O | **1.20**<sup>[2](#f2)</sup> |');
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text }) => text)).toEqual(['1.22 1', '1.33EOL', 'H2O', '1.20 2']);
  });

  it('an <img> reads as its alt text, as a markdown image does; <details> and <summary> part words', () => {
    const source = md(
      '| A | B | C | D |',
      '| - | - | - | - |',
      '| <img src="yes.svg" alt="Supported"> | <IMG alt=\'Beta\' src=b.png/> ![GA](ga.png) | <img src="x.png"> | <details><summary>GA</summary>since 1.2</details> |',
    );
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text }) => text)).toEqual(['Supported', 'Beta GA', '', 'GA since 1.2']);
    expect(readMarkdownFast(source)).toEqual(readMarkdown(source));
  });

  it('a cell of invisible characters only is empty, as the page shows it; inside a word they stay', () => {
    const source = md('| A | B | C | D | E |', '| - | - | - | - | - |', '| \u200b | &#8203; | \u2800 | \u3164 \u2060 | Beta\u200b |');
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text }) => text)).toEqual(['', '', '', '', 'Beta\u200b']);
    expect(readMarkdownFast(source)).toEqual(readMarkdown(source));
  });

  it('an HTML anchor around text is a link, as a markdown link is (in bold too); an anchor without href is none', () => {
    const source = md(
      '| M | N |',
      '| - | - |',
      '| <a href="https://github.com/orgs/o/teams/t?a=1&amp;b=2">@o/t</a>, [@o/u](https://github.com/orgs/o/teams/u) | **<A HREF=\'/x\'>x <code>y</code></A>** <a name="n">z</a> |',
    );
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map(({ text, links }) => [text, links])).toEqual([
      ['@o/t, @o/u', [{ text: '@o/t', url: 'https://github.com/orgs/o/teams/t?a=1&b=2' }, { text: '@o/u', url: 'https://github.com/orgs/o/teams/u' }]],
      ['x y z', [{ text: 'x y', url: '/x' }]],
    ]);
    expect(readMarkdownFast(source)).toEqual(readMarkdown(source));
  });

  it('collects links with their text and URL, `*` suffix included in the raw cell', () => {
    const source = md('| M |', '| - |', '| [@org/team](https://github.com/orgs/org/teams/team)*, <https://example.com> |');
    const cell = readMarkdown(source).tables[0]!.rows[0]!.cells[0]!;
    expect(cell.links).toEqual([
      { text: '@org/team', url: 'https://github.com/orgs/org/teams/team' },
      { text: 'https://example.com', url: 'https://example.com' },
    ]);
    expect(cell.raw).toBe('[@org/team](https://github.com/orgs/org/teams/team)*, <https://example.com>');
  });

  it('positions each cell on its trimmed content; an empty cell on the blanks between its pipes', () => {
    const source = md('intro', '', '| Key | Value |', '| --- | --- |', '|  abc | |');
    const [row] = readMarkdown(source).tables[0]!.rows;
    expect(row!.cells.map((cell) => cell.span)).toEqual([
      { line: 5, column: 4, endLine: 5, endColumn: 7, offset: 40, endOffset: 43 },
      { line: 5, column: 9, endLine: 5, endColumn: 10, offset: 45, endOffset: 46 },
    ]);
    expect(source.slice(40, 43)).toBe('abc');
  });

  it('pads a short row with empty cells at its end and remembers the source count', () => {
    const [short, long] = readMarkdown(md('| A | B | C |', '| - | - | - |', '| 1 | 2 |', '| 1 | 2 | 3 | 4 |')).tables[0]!.rows;
    expect(short!.sourceCellCount).toBe(2);
    expect(short!.cells[2]).toEqual({ text: '', raw: '', links: [], strong: false, span: { line: 3, column: 10, endLine: 3, endColumn: 10, offset: 37, endOffset: 37 } });
    expect(long!.sourceCellCount).toBe(4);
    expect(long!.cells.map((cell) => cell.text)).toEqual(['1', '2', '3']);
  });
});

describe('readMarkdown: group and spacer rows', () => {
  it('labels rows with the group row above them, and recognises spacers', () => {
    const source = md(
      '| "Feature" | Support State | Maintainers | Notes |',
      '| --- | --- | --- | --- |',
      '| **Architectures** | |  ||',
      '| amd64 | Supported | | |',
      '| |',
      '| **TEE** | | | (Trusted Execution environment) |',
      '| SEL | Supported | | |',
      '| | | | |',
    );
    const rows = readMarkdown(source).tables[0]!.rows.map(({ kind, group, cells }) => [kind, group, cells[0]!.text]);
    expect(rows).toEqual([
      ['group', null, 'Architectures'],
      ['data', 'Architectures', 'amd64'],
      ['spacer', null, ''],
      ['group', null, 'TEE'],
      ['data', 'TEE', 'SEL'],
      ['spacer', null, ''],
    ]);
  });

  it('a bold first cell followed by a filled cell is data, not a group label', () => {
    const source = md(
      '| Version | Release | Status |',
      '| --- | --- | --- |',
      '| **Latest monthly release** | see the releases page | Actively maintained |',
      '| 3.2 | 2026-01 | Actively maintained |',
      '| **Older** | | |',
      '| **2.5** | **2025-06** | |',
      '| **2.4** | 2025-01 |',
      '| **Notes only** | | a note |',
      '| **badge** | ![](https://img.shields.io/badge/Supported-green) | |',
    );
    const rows = readMarkdown(source).tables[0]!.rows.map(({ kind, group, cells }) => [kind, group, cells[0]!.text]);
    // A release row that lost its status (empty or missing) stays a row to check, not a label.
    expect(rows).toEqual([
      ['data', null, 'Latest monthly release'],
      ['data', null, '3.2'],
      ['group', null, 'Older'],
      ['data', 'Older', '2.5'],
      ['data', 'Older', '2.4'],
      ['group', null, 'Notes only'],
      // An image without alt text has no text, but it shows something: a row, not a label.
      ['data', 'Notes only', 'badge'],
    ]);
  });
});

describe('readMarkdown and the fast reader: a row that restates the header', () => {
  it("labels its section by its first cell and is no data row; a row sharing one value with a name is data", async () => {
    const { readMarkdownFast } = await import('../../src/markdown/fast.js');
    const rows = [
      '| [TracerProvider](api.md#tp) | Optional | Go | Java | JS |',
      '| Create TracerProvider | | + | + | + |',
      '| Go | Optional | Go | + | - |',
      '| [Tracer](api.md#tracer) | Optional | go | Java | |',
      '| Get active Span | | N/A | + | + |',
      '| Feature | Optional | Go | Java | JS |',
      '| Safe for concurrent calls | | + | + | + |',
    ];
    // Rows enough that the fast reader reads the table itself, not through the parser.
    const source = md('| Feature | Optional | Go | Java | JS |', '| --- | --- | --- | --- | --- |', ...rows, ...Array.from({ length: 40 }, (_, i) => `| f${i} | | + | + | + |`));
    const expected = [
      ['header', null, 'TracerProvider'],
      ['data', 'TracerProvider', 'Create TracerProvider'],
      ['data', 'TracerProvider', 'Go'],
      ['header', null, 'Tracer'],
      ['data', 'Tracer', 'Get active Span'],
      // The header restated word for word starts a section too, named as the header names its first column.
      ['header', null, 'Feature'],
      ['data', 'Feature', 'Safe for concurrent calls'],
    ];
    for (const read of [readMarkdown, readMarkdownFast]) {
      expect(read(source).tables[0]!.rows.slice(0, 7).map(({ kind, group, cells }) => [kind, group, cells[0]!.text])).toEqual(expected);
    }
  });
});

describe('readMarkdown: headings and notes', () => {
  it('keeps the heading path of tables and of bold-led list items', () => {
    const source = md('# Doc', '', 'G | S', '-- | --', 'A | B', '', '## Notes', '', '### Pending', '', '- **MacvtapGate**: needs macvtap-cni', '- plain item', '- **Other:** colon inside');
    const document = readMarkdown(source);
    expect(document.tables[0]!.headingPath).toEqual(['Doc']);
    expect(document.headings.map(({ depth, text, line }) => [depth, text, line])).toEqual([
      [1, 'Doc', 1],
      [2, 'Notes', 7],
      [3, 'Pending', 9],
    ]);
    expect(document.notes).toEqual([
      { key: 'MacvtapGate', text: 'needs macvtap-cni', span: { line: 11, column: 3, endLine: 11, endColumn: 18, offset: 53, endOffset: 68 }, headingPath: ['Doc', 'Notes', 'Pending'] },
      { key: 'Other', text: 'colon inside', span: { line: 13, column: 3, endLine: 13, endColumn: 13, offset: 103, endOffset: 113 }, headingPath: ['Doc', 'Notes', 'Pending'] },
    ]);
  });
});

describe('readMarkdown: GFM footnotes and gemoji', () => {
  it('leaves a footnote reference out of a cell value and keeps it in the raw cell', () => {
    const source = md('| Feature | Graduation |', '| - | - |', '| a | Beta[^1] |', '| b | GA[^nope] |', '', '[^1]: Graduated in 1.2.');
    const [first, second] = readMarkdown(source).tables[0]!.rows;
    expect([first!.cells[1]!.text, first!.cells[1]!.raw]).toEqual(['Beta', 'Beta[^1]']);
    // Without a definition it is text, as GitHub shows it.
    expect(second!.cells[1]!.text).toBe('GA[^nope]');
  });

  it('keeps gemoji shortcodes as text', () => {
    const [row] = readMarkdown(md('| A | B |', '| - | - |', '| :heavy_check_mark: | :x: |')).tables[0]!.rows;
    expect(row!.cells.map((cell) => cell.text)).toEqual([':heavy_check_mark:', ':x:']);
  });

  it('reads blanks after a closing pipe as part of no cell', () => {
    const [row] = readMarkdown(md('| A | B |', '| - | - |', '| a | b |   ')).tables[0]!.rows;
    expect(row!.cells.map(({ raw, span }) => [raw, span.column, span.endColumn])).toEqual([['a', 3, 4], ['b', 7, 8]]);
  });
});
