import type { Fix } from '../core/types.js';
import type { Row } from '../markdown/types.js';
import { ruleDocs, type TableRule } from './types.js';
import { strayFrom } from '../markdown/rows.js';
import { rowKeyOf, shortKey } from './util.js';

/**
 * The GFM parser pads short rows and drops extra cells without a word, so a
 * row with a missing `|` silently shifts its values into the wrong columns.
 * A short row is fixed by adding empty cells at its end; a long one needs a
 * person to say which cell is extra.
 */
export const columnCount: TableRule = {
  kind: 'table',
  meta: {
    id: 'column-count',
    type: 'problem',
    description: 'A row has as many cells as the header.',
    severity: 'error',
    docs: ruleDocs('column-count'),
    fixable: 'code',
    messages: {
      tooFew: '{{subject}}: row has {{count}} {{cells}}, the header has {{expected}}: add the missing cells (an empty cell is `| |`).',
      tooMany: '{{subject}}: row has {{count}} {{cells}}, the header has {{expected}}: remove the extra cells, or escape a `|` inside a cell as `\\|`.',
      commentCell:
        '{{subject}}: the comment after the row\'s last `|` is a cell of its own, so the row has {{count}} cells and the header {{expected}}: move the comment into the last cell, before its closing `|` (`| … <!-- … --> |`).',
      stray: 'The line "{{text}}" has no `|`, but it follows the table with no blank line, so it is read (and shown on GitHub) as a row of it: put a blank line before it, or write it as a row.',
    },
  },
  check({ source, table, rows, keyIndex, report }) {
    const expected = table.columns.length;
    // Not a row anybody wrote: no fix adds pipes to it (`{{< /table >}} | | |` would break the page).
    for (const row of table.rows.slice(strayFrom(source, table))) {
      report({ span: row.span, messageId: 'stray', data: { text: shortKey(source.slice(row.span.offset, row.span.endOffset).trim()) } });
    }
    for (const row of rows) {
      if (row.sourceCellCount === expected) continue;
      const rowKey = rowKeyOf(row, keyIndex);
      const tooFew = row.sourceCellCount < expected;
      // `| UniFi | Beta | <!-- support-table-lint-disable-line … -->`: the markdownlint habit of a comment after the row.
      const comment = !tooFew && row.sourceCellCount === expected + 1 ? trailingComment(source, row) : undefined;
      const fix = tooFew ? addCells(source, row, expected - row.sourceCellCount) : comment?.fix;
      report({
        span: row.span,
        rowKey,
        messageId: tooFew ? 'tooFew' : comment ? 'commentCell' : 'tooMany',
        data: { subject: rowSubject(table.columns[keyIndex] ?? '', rowKey), count: row.sourceCellCount, cells: row.sourceCellCount === 1 ? 'cell' : 'cells', expected },
        ...(fix ? { fix } : {}),
      });
    }
  },
};

/**
 * A row whose one extra cell is only an HTML comment after the last `|`,
 * and the fix that moves it into the last cell. The extra cell is not in
 * `row.cells` (the parser drops it): it is what follows the last cell's
 * closing pipe in the source.
 */
function trailingComment(source: string, row: Row): { fix: Fix } | undefined {
  const last = row.cells[row.cells.length - 1];
  if (!last) return undefined;
  const tail = source.slice(last.span.endOffset, row.span.endOffset);
  const match = /^([ \t]*)\|[ \t]*(<!--(?:(?!-->)[^])*-->)[ \t]*\|?[ \t]*$/.exec(tail);
  if (!match) return undefined;
  return { fix: { range: [last.span.endOffset, row.span.endOffset], text: ` ${match[2]!} |` } };
}

/** `FEATURE GATE "AGate"`; `Row "AGate"` under a key column with an empty header; `This row` without a key. */
const rowSubject = (column: string, key: string): string => (key === '' ? 'This row' : column === '' ? `Row "${shortKey(key)}"` : `${column} "${shortKey(key)}"`);

/**
 * Empty cells after the row's last cell, in the row's own pipe style. A row
 * without a closing pipe gets one: `a | b` + one cell is `a | b | |`, since a
 * final `|` only closes the row.
 */
function addCells(source: string, row: Row, missing: number): Fix | undefined {
  let end = row.span.endOffset;
  while (end > row.span.offset && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
  if (end === row.span.offset) return undefined;
  const closed = source[end - 1] === '|' && source[end - 2] !== '\\';
  return { range: [end, end], text: (closed ? '' : ' |') + ' |'.repeat(missing) };
}
