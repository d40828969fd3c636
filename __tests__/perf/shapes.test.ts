/**
 * The fast reader against the full parse where its fast paths could go
 * wrong: the table forms of forms.ts with other line endings, rows it hands
 * to the parser, lines that may end a table, heads after other blocks; then
 * seeded random documents whose rows mix those with lines that may
 * start other blocks, and random cell content dense in emphasis, code spans,
 * brackets and escapes. Each must equal `readMarkdown` exactly, and the
 * work counters show which path was taken (no clock).
 */
import { readMarkdownFast, type ParseStats } from '../../src/markdown/fast.js';
import { readInline } from '../../src/markdown/inline.js';
import { loadParser, readMarkdown } from '../../src/markdown/read.js';
import { FORMS } from './forms.js';
import { expectSelections } from './selections.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const md = (lines: string[]): string => lines.join('\n') + '\n';

function compare(source: string): ParseStats {
  const stats: ParseStats = { runs: 0, chars: 0 };
  const reference = readMarkdown(source);
  expect(readMarkdownFast(source, { stats })).toEqual(reference);
  expectSelections(source, reference);
  return stats;
}

describe('edge cases of the fast paths equal the full parse', () => {
  it.each([
    ['CRLF line endings', '\r\n'],
    ['CR line endings', '\r'],
  ])('%s', (_, ending) => {
    for (const form of Object.values(FORMS)) {
      const source = (form.head + md(Array.from({ length: 50 }, (_, i) => form.row(i)))).replace(/\n/g, ending);
      compare(source);
    }
  });

  it('reads `[` with no `]` after it as text itself', () => {
    const alone = ['[[[', '[a [b', '![x [y', '[^1 [', '*a [b* [[', '[[**c**', '`]` [[', '[a](b) [[', '\\] [[ [', '[[[ \\]', '[[ `]`'];
    const source = md(['| A | B |', '|---|---|', ...alone.map((cell, i) => `| f${i} | ${cell} |`), `| big | ${'['.repeat(5000)} |`]);
    const stats = compare(source);
    expect(stats.runs).toBe(0);
    for (const cell of alone) expect(readInline(cell, 0, cell.length)).toBeDefined();
  });

  it('reads nested brackets with CommonMark\'s bracket stack (a link holds no link), and leaves possible references, images and footnotes to the parser', () => {
    const nested = ['[a [b](c) d](e)', '[a [b] c](d)', '[[x]]', '[[x](y)](z)', '*[a [b* c](d)', '[a](b) [c](d) [e]', '[a [b [c](d)](e)](f)', `${'['.repeat(5000)}]`, `[${'['.repeat(2000)}x](y)`];
    const source = md(['| A | B |', '|---|---|', ...nested.map((cell, i) => `| f${i} | ${cell} |`), '', '[def]: https://example.com']);
    const stats = compare(source);
    expect(stats.runs).toBe(0);
    // Without the document's definitions (no lookup given), bracketed text that may name one is the parser's; so are images and footnotes.
    for (const cell of ['[a [b](c) d](e)', '[[x](y)](z)', `${'['.repeat(5000)}x](y)`]) expect(readInline(cell, 0, cell.length)).toBeDefined();
    for (const cell of ['[a [b]', '[[x]]', '![x [y]', '[a [^1]]']) expect(readInline(cell, 0, cell.length)).toBeUndefined();
    // A `[def]` the document defines is a reference: the parser's.
    expect(compare(md(['| A | B |', '|---|---|', '| f | [a [def] b](c) |', '', '[def]: https://example.com'])).runs).toBeGreaterThan(0);
  });

  it('hands rows it cannot read to the parser in bounded runs, and still reads the rest itself', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => (i % 100 === 0 ? `| f${i} | <br> [ref][r] &amp; ![i](x) |` : `| f${i} | plain |`));
    const source = md(['| A | B |', '|---|---|', ...rows, '', '[r]: https://example.com']);
    const stats = compare(source);
    expect(stats.runs).toBeGreaterThanOrEqual(30);
    expect(stats.chars).toBeLessThan(20_000);
  });

  it('ends a table where a line starts another block, as the parser does', () => {
    const enders = ['- item | x', '1. item | x', '2. item | x', '> quote | x', '# Heading', '```', '<div> | x', '---', '    code | x', '\tcode | x', '[^1]: note | x', '***'];
    const stayers = ['-x | y', '=== | y', '<span> | y', '#x | y', '[a]: b | c', '   x | y', '+x | y', '1.5 | y', '__init__ | y'];
    for (const line of [...enders, ...stayers]) {
      compare(md(['| A | B |', '|---|---|', '| a | b |', line, '| c | d |', '', 'after', '', '[^1]: a note']));
      compare(md(['A | B', '-- | --', 'a | b', line, 'c | d']));
    }
  });

  it('reads a head that follows a paragraph, a heading or a list in the same chunk', () => {
    for (const before of ['Some text', '## Heading', '- item', '> quote', '```', '<div>', '[a]: /u', 'x\n===']) {
      compare(md([before, '| A | B |', '|---|---|', '| a | b |', '', 'text']));
      compare(md([before, 'A | B', '-|-', 'a | b']));
    }
  });

  it('reads a heading line that starts a chunk on its own, whatever follows it', () => {
    const after = ['text', '- **Gate**: note', '===', '---', '    code', '```\n# in code\n```', '<div>\n# in html\n</div>', '> # quoted', '[a]: /u', '## next', '#', 'A | B\n-|-\na | b'];
    for (const heading of ['# Title', '###### Deep', '#', '## Closed ##', '#\tTab']) {
      for (const line of after) {
        compare(md([heading, line, '', '| A | B |', '|---|---|', '| a | b |']));
        compare(md(['- **Gate1**: x', '', heading, line]));
      }
    }
    // Not headings at a chunk's start: the next line stays in the same chunk.
    for (const start of ['#x', '####### seven', ' # indented', '\\# escaped']) compare(md([start, '===', '', 'A | B', '-|-', 'a | b']));
    // The heading chunk is one line, read without the parser.
    const stats = compare(md(['# Title', 'Prose under it.', '', '| A | B |', '|---|---|', '| a | b |']));
    expect(stats.runs).toBe(0);
  });

  it('reads one-column tables without pipes and heads that are not tables', () => {
    for (const source of ['word\n:-:\nx\n', 'a\n|-\nx\n', '|\n|-\nx\n', '||\n|-\nx\n', 'a | b\n- | -\n', 'a | b | c\n-|-\n', '| a |\n|--|--|\n']) compare(source);
  });
});

/** A tiny seeded generator, so that a failure names a reproducible seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('suppression comments are looked for in comments only', () => {
  it.each([
    ['the name in prose (no parse)', 'The support-table-lint docs say so.\n\n| A | B |\n|---|---|\n| a | b |\n'],
    ['a comment with blanks and line breaks before the name', '<!--\n   support-table-lint-disable-next-table -->\n| A | B |\n|---|---|\n| a | b |\n'],
    ['a comment with a no-break space before the name', '<!--\u00a0support-table-lint-disable-file -->\n\nText.\n'],
    ['a comment in a paragraph after other text', 'Text <!-- support-table-lint-disable unique-key --> more.\n\n| A | B |\n|---|---|\n| a | b |\n'],
    ['the name after a closed comment', '<!-- x --> support-table-lint-disable\n\n| A | B |\n|---|---|\n| a | b |\n'],
    ['a misspelt directive', '<!-- support-table-lint disable -->\n\n| A | B |\n|---|---|\n| a | b |\n'],
  ])('%s', (name, source) => {
    const stats = compare(source);
    if (name.startsWith('the name in prose')) expect(stats.runs).toBe(0);
  });
});

describe('cells past the header are counted, not read', () => {
  it.each([
    ['a row of 20,000 pipes', '| A | B |\n|---|---|\n' + '|'.repeat(20_000) + '\n'],
    ['extra cells with text, emphasis and HTML', '| A | B |\n|---|---|\n| a | b | c | *d* | <b>e</b> | [f](g) |\n| a | b |' + ' x |'.repeat(5000) + '\n'],
    ['a suppression comment in an extra cell', '| A | B |\n|---|---|\n| a | b | <!-- support-table-lint-disable-line x --> |\n'],
    ['an escaped pipe and a code span across the header\'s last pipe', '| A | B |\n|---|---|\n| a | `b | c` | d \\| e | f |\n'],
    ['pipe-less rows with extra cells', 'A | B\n--|--\na | b | c | d\ne | f |\n'],
  ])('%s', (_, source) => {
    const stats = compare(source);
    expect(readMarkdown(source).tables[0]!.rows[0]!.sourceCellCount).toBeGreaterThan(2);
    void stats;
  });

  it('a line of a million pipes is read without building a cell for each', () => {
    const source = '| A | B |\n|---|---|\n' + '|'.repeat(1_000_000) + '\n';
    const stats: ParseStats = { runs: 0, chars: 0 };
    const [table] = readMarkdownFast(source, { stats }).tables;
    expect(table!.rows[0]!.cells).toHaveLength(2);
    expect(table!.rows[0]!.sourceCellCount).toBe(999_999);
    expect(stats.chars).toBe(0);
  });
});

describe('tables in a block quote are read row by row, as the full parse reads them', () => {
  const quote = (text: string, mark = '> '): string => text.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '>' : mark + line)).join('\n') + '\n';
  const body = (form: (typeof FORMS)[string], rows: number): string => form.head + md([...Array.from({ length: rows }, (_, i) => form.row(i).replace(/\t/g, ' ')), '', '## Notes', '', '- **Gate3**: why']);

  it.each(Object.keys(FORMS))('%s: quoted, quoted twice, with `>` alone, indented, with CRLF', (name) => {
    const form = FORMS[name]!;
    for (const source of [
      'intro\n\n' + quote(body(form, 300)) + '\nafter\n',
      '# T\n\n' + quote(quote(body(form, 300))),
      quote(body(form, 300), '>') + '\n| A | B |\n|---|---|\n| x | y |\n',
      quote(body(form, 300), '   > '),
      ('x\n\n' + quote(body(form, 300))).replace(/\n/g, '\r\n'),
    ]) {
      const stats = compare(source);
      expect(readMarkdown(source).tables[0]!.rows).toHaveLength(300);
      // The rows were read without the parser: it saw the notes and little else.
      expect(stats.chars).toBeLessThan(400);
    }
  });

  it.each([
    ['a lazy line', '> | A | B |\n> |---|---|\n> | x | y |\nlazy | z\n'],
    ['a blank line inside (two quotes)', '> | A | B |\n> |---|---|\n> | x | y |\n\n  > | C |\n  > |---|\n  > | z |\n'],
    ['a tab', '>\t| A | B |\n> |---|---|\n> | x |\ty |\n'],
    ['a fence around a head', '> ```\n> | A | B |\n> |---|---|\n> ```\n> | A | B |\n> |---|---|\n> | 1 | 2 |\n'],
    ['a heading in the quote, a table after it', '> # Head\n> | A | B |\n> |---|---|\n> | 1 | 2 |\n\n| C | D |\n|---|---|\n| 3 | 4 |\n'],
    ['what reads as front matter at a start', '> ---\n> a: b\n> ---\n> | A | B |\n> |---|---|\n> | 1 | 2 |\n'],
    ['references defined outside the quote', '[t]: https://x\n\n> | A | B |\n> |---|---|\n> | [t] | [^1] |\n> | x | <b>y</b> |\n\n[^1]: note\n'],
    ['a reference defined inside the quote', '> [t]: https://x\n>\n> | A | B |\n> |---|---|\n> | [t] | [u] |\n\n[u]: /u\n'],
    ['a note list and a table inside the quote', '> - **Gate**: note\n>   | A | B |\n>   |---|---|\n>   | 1 | 2 |\n'],
    ['a suppression comment in a cell and between blocks', '> <!-- support-table-lint-disable-next-table -->\n> | A | B |\n> |---|---|\n> | x <!-- support-table-lint-disable-line r --> | y |\n'],
    ['quotes 20 deep', `${'>'.repeat(20)} | A | B |\n${'>'.repeat(20)} |---|---|\n${'>'.repeat(20)} | 1 | 2 |\n`],
    ['a quote mark after four spaces', '> | A | B |\n> |---|---|\n    > | 1 | 2 |\n'],
  ])('%s', (_, source) => {
    compare(source);
  });

  it('random documents in a quote: 400 of them', () => {
    const next = random(7);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const cells = ['a', '**b**', '`c`', '[l](u)', '\\|', '<br>', '[^1]', '', ' ', '*e*', '&amp;', '<!-- support-table-lint-disable-line x -->'];
    const starts = ['', '', '', '- ', '1. ', '# ', '```', '<div>', '---', '> ', '    '];
    for (let n = 0; n < 400; n++) {
      const columns = 1 + Math.floor(next() * 3);
      const row = (count: number): string => `| ${Array.from({ length: count }, () => pick(cells)).join(' | ')} |`;
      const lines = [row(columns), '|' + '---|'.repeat(columns)];
      for (let r = Math.floor(next() * 6); r > 0; r--) lines.push((next() < 0.15 ? pick(starts) : '') + row(Math.max(1, columns + pick([0, 0, -1, 1]))));
      if (next() < 0.3) lines.push(pick(['', 'after', '## Notes', '- **a**: b']));
      const mark = pick(['> ', '>', '  > ', '> > ']);
      const quoted = lines.map((line) => (line === '' && next() < 0.5 ? '>' : mark + line));
      const source = (next() < 0.3 ? '[^1]: note\n\n' : '') + quoted.join(pick(['\n', '\r\n'])) + '\n';
      try {
        compare(source);
      } catch (error) {
        throw new Error(`document ${n}: ${JSON.stringify(source)}\n${(error as Error).message}`);
      }
    }
  });
});

describe('tables in a list item are read row by row, as the full parse reads them', () => {
  const item = (text: string, first: string, rest: string): string =>
    text.replace(/\n$/, '').split('\n').map((line, i) => (i === 0 ? first + line : line === '' ? '' : rest + line)).join('\n') + '\n';
  const body = (form: (typeof FORMS)[string], rows: number): string =>
    'Intro text\n\n' + form.head.replace(/^#.*\n\n/, '') + md([...Array.from({ length: rows }, (_, i) => form.row(i).replace(/\t/g, ' ')), '', '- **Gate3**: why', '- plain <!-- support-table-lint-disable-line x --> ok']);

  it.each(Object.keys(FORMS))('%s: in a bullet item, an ordered one, with four spaces, with CRLF, nested, quoted in an item', (name) => {
    const form = FORMS[name]!;
    const text = body(form, 300);
    for (const source of [
      'intro\n\n' + item(text, '- ', '  ') + '\nafter\n',
      '# T\n\n' + item(text, '1. ', '   ') + '2. second\n\n   | A | B |\n   |---|---|\n   | x | y |\n',
      item(text, '-   ', '    '),
      ('x\n\n' + item(text, '* ', '  ')).replace(/\n/g, '\r\n'),
      item(item(text, '- ', '  '), '- ', '  '),
      item(text.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n'), '- ', '  '),
    ]) {
      const stats = compare(source);
      expect(readMarkdown(source).tables[0]!.rows).toHaveLength(300);
      expect(stats.chars).toBeLessThan(400);
    }
  });

  it.each([
    ['a lazy line', '- | A | B |\n  |---|---|\n  | x | y |\nlazy | z\n'],
    ['an item of another list kind', '- a\n\n  | A | B |\n  |---|---|\n  | x | y |\n+ b\n'],
    ['a thematic break after it', '- a\n  | A | B |\n  |---|---|\n  | x | y |\n- - -\n'],
    ['an empty first line', '-\n  | A | B |\n  |---|---|\n  | x | y |\n'],
    ['a task checkbox', '- [ ] | A | B |\n  |---|---|\n  | x | y |\n'],
    ['a note that opens the item', '- **Key**: note\n\n  | A | B |\n  |---|---|\n  | x | y |\n'],
    ['an ordered list with )', '1) a\n\n   | A | B |\n   |---|---|\n   | x | y |\n2) b\n'],
    ['a sibling indented by one', '- a\n\n  | A | B |\n  |---|---|\n  | x | y |\n - b\n'],
    ['references defined outside', '[t]: https://x\n\n- | A | B |\n  |---|---|\n  | [t] | [^1] |\n\n[^1]: note\n'],
    ['a definition inside', '- [t]: https://x\n\n  | A | B |\n  |---|---|\n  | [t] | [u] |\n\n[u]: /u\n'],
    ['what reads as front matter', '- ---\n  a: b\n  ---\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n'],
    ['a fence around a head', '- ```\n  | A | B |\n  |---|---|\n  ```\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n'],
    ['a tab', '-\t| A | B |\n  |---|---|\n  | 1 | 2 |\n'],
    ['ten levels deep', Array.from({ length: 10 }, (_, i) => '  '.repeat(i) + '- x').join('\n') + '\n' + ['| A | B |', '|---|---|', '| 1 | 2 |'].map((l) => '  '.repeat(10) + l).join('\n') + '\n'],
    ['a blank line of spaces inside', '- a\n   \n  | A | B |\n  |---|---|\n  | 1 | 2 |\n'],
    ['ten digits (no marker)', '1234567890. a\n\n  | A | B |\n  |---|---|\n  | 1 | 2 |\n'],
  ])('%s', (_, source) => {
    compare(source);
  });

  it('random documents in list items: 400 of them', () => {
    const next = random(11);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const cells = ['a', '**b**', '`c`', '[l](u)', '\\|', '<br>', '[^1]', '', ' ', '*e*', '&amp;', '<!-- support-table-lint-disable-line x -->'];
    const starts = ['', '', '', '- ', '1. ', '# ', '```', '<div>', '---', '> ', '    ', ' '];
    for (let n = 0; n < 400; n++) {
      const columns = 1 + Math.floor(next() * 3);
      const row = (count: number): string => `| ${Array.from({ length: count }, () => pick(cells)).join(' | ')} |`;
      const lines = [pick(['Intro', row(columns)]), ...(next() < 0.5 ? [''] : []), row(columns), '|' + '---|'.repeat(columns)];
      for (let r = Math.floor(next() * 6); r > 0; r--) lines.push((next() < 0.15 ? pick(starts) : '') + row(Math.max(1, columns + pick([0, 0, -1, 1]))));
      if (next() < 0.3) lines.push(pick(['', 'after', '## Notes', '- **a**: b']));
      const [first, rest] = pick([['- ', '  '], ['1. ', '   '], ['* ', '  '], ['-  ', '   '], ['- ', ' ']]);
      const items = Array.from({ length: 1 + Math.floor(next() * 3) }, () => lines.map((line, i) => (i === 0 ? first + line : line === '' ? '' : rest + line)).join('\n'));
      const source = (next() < 0.3 ? '[^1]: note\n\n' : '') + items.join(pick(['\n', '\n\n'])).replace(/\n/g, pick(['\n', '\r\n'])) + '\n';
      try {
        compare(source);
      } catch (error) {
        throw new Error(`document ${n}: ${JSON.stringify(source)}\n${(error as Error).message}`);
      }
    }
  });
});

describe('YAML front matter is read as the full parse reads it', () => {
  const TABLE = ['| a | b |', '|---|---|', '| 1 | 2 |'];
  it.each([
    ['front matter, then a heading and a table', ['---', 'title: x', '---', '', '# H', '', ...TABLE]],
    ['a table right after the closing fence', ['---', 'title: x', '---', ...TABLE]],
    ['a table and a suppression comment inside the front matter', ['---', ...TABLE, 'c: <!-- support-table-lint-disable-file -->', '---', '', 'A', '===', ...TABLE]],
    ['fences with trailing blanks', ['---  ', 'k: v', '--- 	', ...TABLE]],
    ['empty front matter', ['---', '---', ...TABLE]],
    ['front matter that is the whole file', ['---', 'a: b', '---']],
    ['no closing fence: a thematic break, then text', ['---', 'no close', ...TABLE]],
    ['no closing fence: a list below stays a list', ['---', 'text', '', '- | x', '|---|---|', '> | y', '|---|---|']],
    ['a longer opening fence is no front matter', ['----', 'a', '---', ...TABLE]],
    ['`---` later in the document is no front matter', ['x', '---', 'y: 1', '---', ...TABLE]],
    ['an indented fence does not close it', ['---', 'a', '', '', '  ---', ...TABLE, '---', '# T', ...TABLE]],
  ])('%s', (_, lines) => {
    for (const ending of ['\n', '\r\n', '\r']) {
      compare(lines.join(ending));
      compare(lines.join(ending) + ending);
    }
  });

  it('keeps the last line of front matter out of the headings above a table', () => {
    const source = md(['---', 'title: Support', '---', ...TABLE]);
    expect(readMarkdownFast(source).tables[0]!.headingPath).toEqual([]);
    expect(readMarkdown(source).headings).toEqual([]);
  });

  it('seeded random front matter before random blocks', () => {
    const next = random(7);
    const LINES = ['---', '--- ', '----', 'k: v', '', '  ---', '# H', '| a | b |', '|---|---|', '| 1 | 2 |', 'a | b', '- | x', '> q', '```', '<!-- support-table-lint-disable-next-table -->', '[^1]: n', 'text'];
    for (let n = 0; n < 400; n++) {
      const lines = ['---'];
      for (let i = Math.floor(next() * 10); i > 0; i--) lines.push(LINES[Math.floor(next() * LINES.length)]!);
      const source = lines.join(next() < 0.8 ? '\n' : '\r\n');
      try {
        compare(source);
      } catch (error) {
        throw new Error(`document ${n}: ${JSON.stringify(source)}\n${(error as Error).message}`);
      }
    }
  });
});

describe('random documents equal the full parse', () => {
  const TOKENS = [
    'a', 'word', ' ', '  ', '*', '**', '***', '_', '__', '`', '``', '[', ']', '(', ')', '[x](y)', '[t](https://e/x)', '\\|', '\\', '\\*', '\\`', '\\\\',
    '.', '!', '&', '&amp;', '<br>', '<li>', '</p>', '\u00a0', 'é', '😀', ':x:', '[^1]', '|', '#', '-', '\t', '<!-- support-table-lint-disable-line x -->', '[x][y]', '[y]',
    '![a](b)', '<https://x>', '*a*', '**b**', '_c_', 'a_b', '`c\\|d`', '*(a)*', '**[l](u)**',
    '<br/>', '<BR />', '<sup>', '</sup>', '<a href="x">', "<a b='c' d=e f>", '<a =x>', '<a@b.c>', '<mailto:a@b>', '<!-- c -->', '< a',
    '&nbsp;', '&#123;', '&#x1F600;', '&#0;', '&bogus;', '&amp', '[undefined]', '[ ]',
  ];
  const STARTS = ['', '', '', '', ' ', '   ', '    ', '\t', '- ', '* ', '1. ', '2. ', '> ', '# ', '#x', '```', '~~~', '<div>', '<span>', '---', '***', '===', '[^1]: ', '[a]: ', '-', '+ ', '|'];

  it.each([1, 2, 3, 4])('seed %i: 600 documents', (seed) => {
    const next = random(seed);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    for (let n = 0; n < 600; n++) {
      const columns = 1 + Math.floor(next() * 4);
      const outer = next() < 0.5;
      const cell = (): string => Array.from({ length: Math.floor(next() * 7) }, () => pick(TOKENS)).join('');
      const row = (cells: number): string => {
        let text = Array.from({ length: cells }, cell).join(pick([' | ', '|', '  |  ']));
        if (outer) text = `|${text}|`;
        return next() < 0.2 ? text + pick([' ', '  ', '\t', '| ', ' |']) : text;
      };
      const lines: string[] = [];
      if (next() < 0.3) lines.push(pick(['# Title', 'para text', '## H', '- item']));
      if (next() < 0.3) lines.push('');
      lines.push(row(columns));
      lines.push((outer ? '|' : '') + Array.from({ length: columns }, () => pick(['---', ':-', '-:', ':-:', '-'])).join(pick(['|', ' | '])) + (outer ? '|' : ''));
      const rows = Math.floor(next() * 8);
      for (let r = 0; r < rows; r++) {
        lines.push((next() < 0.15 ? pick(STARTS) : '') + row(Math.max(1, columns + pick([0, 0, 0, -1, 1, 2]))));
        if (next() < 0.05) lines.push('');
      }
      if (next() < 0.3) lines.push(pick(['', '[^1]: note', '[y]: /u', 'after', '## Notes', '- **a**: b']));
      const source = lines.join(pick(['\n', '\n', '\r\n'])) + (next() < 0.8 ? '\n' : '');
      try {
        compare(source);
      } catch (error) {
        throw new Error(`seed ${seed}, document ${n}: ${JSON.stringify(source)}\n${(error as Error).message}`);
      }
    }
  });

  it('reads dense brackets, nested links and emphasis across them as the parser does, mostly without it', () => {
    const next = random(7);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const pieces = ['[', '[', '[', ']', ']', ']', '](u)', '](<u>)', '](', '[a]', 'a', 'b', ' ', '*', '**', '_', '`', '`]`', '\\[', '\\]', '!', '![', '[^', '<br>', '(', ')', '[def]', '[]', '[ ]'];
    let readFast = 0;
    const rows: string[] = [];
    for (let r = 0; r < 3000; r++) {
      const cells = [0, 1].map(() => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(pieces)).join(''));
      rows.push(`| ${cells.join(' | ')} |`);
      const first = cells[0]!.trim();
      if (first !== '' && readInline(first, 0, first.length, true, () => false)) readFast++;
    }
    compare(md(['| A | B |', '|---|---|', ...rows, '', '[def]: https://example.com']));
    // 1,655 of these cells are read without the parser (1,530 before nested brackets were).
    expect(readFast).toBeGreaterThan(1600);
  });

  it('reads `[^` as the parser does: a call when a definition names its label, else a bracket', () => {
    const next = random(11);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const pieces = ['[^', '[^1]', '[^2]', '[^note]', '[^Note]', '[^x y]', '[^]', '[^\\]]', '[^a\\]b]', '[', ']', '](u)', 'a', ' ', '*', '`', '^', '[^1', '![^1]', '[^1][x]', '[^1](u)'];
    let readFast = 0;
    const rows: string[] = [];
    for (let r = 0; r < 3000; r++) {
      const cells = [0, 1].map(() => Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(pieces)).join(''));
      rows.push(`| ${cells.join(' | ')} |`);
      const first = cells[0]!.trim();
      if (first !== '' && readInline(first, 0, first.length, true, () => false, (label) => label === '1' || label.toLowerCase() === 'note')) readFast++;
    }
    compare(md(['| A | B |', '|---|---|', ...rows, '', '[^1]: One.', '', '[^note]: Two.', '', '[x]: /x']));
    expect(readFast).toBeGreaterThan(400);
  });

  it('reads dense emphasis, code, links and escapes as the parser does, mostly without it', () => {
    const next = random(42);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
    const pieces = ['*', '*', '**', '***', '_', '__', '___', 'a', 'b', ' ', ' ', '.', '(', ')', '"', '\u00a0', 'é', '`', '`x`', '[a](b)', '[', ']', '](c)', '\\*', '\\_', '\\|', '😀', '-', '!', '\u3000', '<br>', '<http://x>', '&amp;'];
    let readFast = 0;
    const rows: string[] = [];
    for (let r = 0; r < 3000; r++) {
      const cells = [0, 1].map(() => Array.from({ length: 1 + Math.floor(next() * 10) }, () => pick(pieces)).join(''));
      rows.push(`| ${cells.join(' | ')} |`);
      const first = cells[0]!.trim();
      if (first !== '' && readInline(first, 0, first.length)) readFast++;
    }
    compare(md(['| A | B |', '|---|---|', ...rows]));
    // Most cells are read without the parser, so the comparison above covers the inline reader.
    expect(readFast).toBeGreaterThan(2400);
  });
});
