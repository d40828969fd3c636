import type { Fix } from '../core/types.js';
import { lineEnd } from '../markdown/prescan.js';
import { splitRow, type CellRange } from '../markdown/rows.js';
import type { Table } from '../markdown/types.js';
import { ruleDocs, type TableRule } from './types.js';

/** Blank lines between a table and the rows cut off from it that are still taken for a slip. */
const MAX_BLANKS = 2;

/**
 * A blank line ends a GFM table: rows after it (a blank line left inside the
 * table, or a row appended below the blank line that closes it) become a
 * paragraph that GitHub shows as literal `| … |` text, and that no check
 * reads. Lines right after a checked table, one or two blank lines below it,
 * in the same container, that are rows in the table's own form (a leading
 * `|`, or cells cut by `|` in a table written without outer pipes) are
 * reported; the fix removes the blank lines, which makes them rows again.
 * A table of their own (a header and a delimiter row) is not reported.
 */
export const detachedRows: TableRule = {
  kind: 'table',
  meta: {
    id: 'detached-rows',
    type: 'problem',
    description: 'No rows are cut off from a checked table by a blank line (GitHub would show them as text, and nothing would check them).',
    severity: 'error',
    docs: ruleDocs('detached-rows'),
    fixable: 'code',
    messages: {
      detached:
        '{{what}} cut off from the table above by {{blanks}} ({{blank}}): GitHub shows {{them}} as text, not as {{rows}} of the table, and nothing checks {{them}}. Remove the blank line{{s}} to make {{them}} {{rows}} again.',
    },
  },
  check({ source, document, table, report }) {
    const block = detachedBlock(source, table);
    if (!block) return;
    const { lines, blanks, fix } = block;
    // A header and a delimiter row below the gap: a table of its own, written on purpose. Tables are in
    // source order, so it is the next one (a page of 100,000 tables asks one each, not all of them).
    const next = document.tables[table.index + 1];
    if (next !== undefined && next.span.line <= lines[lines.length - 1]!.line) return;
    const count = lines.length;
    const first = lines[0]!;
    const last = lines[count - 1]!;
    report({
      span: { line: first.line, column: first.column, endLine: last.line, endColumn: last.endColumn, offset: first.offset, endOffset: last.endOffset },
      messageId: 'detached',
      data: {
        what: count === 1 ? `The row on line ${first.line} is` : `The ${count} rows on lines ${first.line}–${last.line} are`,
        blanks: blanks.length === 1 ? 'a blank line' : `${blanks.length} blank lines`,
        blank: blanks.length === 1 ? `line ${blanks[0]}` : `lines ${blanks.join(' and ')}`,
        them: count === 1 ? 'it' : 'them',
        rows: count === 1 ? 'a row' : 'rows',
        s: blanks.length === 1 ? '' : 's',
      },
      ...(fix ? { fix: { ...fix, grows: { table: table.index, rows: count } } } : {}),
    });
  },
};

interface Line {
  line: number;
  column: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/** The end of the line that holds `at` (its line break's offset) and the break itself. */
function lineEndAt(source: string, at: number): { end: number; eol: string } {
  const end = lineEnd(source, at);
  const eol = source.startsWith('\r\n', end) ? '\r\n' : end < source.length ? source[end]! : '';
  return { end, eol };
}

const bare = (text: string): string => text.replace(/[ \t]/g, '');

/**
 * Whether a line below the gap is a row in the table's own form. With a
 * leading `|`, a row of any width (a row cut off may have a cell too few);
 * a table written without outer pipes takes only a line cut into exactly its
 * number of cells that starts no other block (a list item, a quote, a
 * heading) and cuts no code span in two: prose with a `|` in it
 * (``run `kubectl … | grep` ``) is prose.
 */
function rowLike(source: string, first: number, end: number, cells: CellRange[], piped: boolean, columns: number): boolean {
  if (source.charCodeAt(first) === 124) return cells.length >= 2 || /\|\s*$/.test(source.slice(first, end));
  if (piped || cells.length !== columns || columns < 2) return false;
  if (/^(?:[-*+>]|#{1,6}|\d{1,9}[.)])(?:\s|$)/.test(source.slice(first, Math.min(end, first + 12)))) return false;
  return cells.every((cell) => (source.slice(cell.from, cell.to).match(/`/g)?.length ?? 0) % 2 === 0);
}

function detachedBlock(source: string, table: Table): { lines: Line[]; blanks: number[]; fix?: Omit<Fix, 'grows'> } | undefined {
  const lastRow = table.rows[table.rows.length - 1];
  const lastOffset = lastRow ? lastRow.span.offset : table.span.offset;
  // Back to the line's start only: `lastIndexOf('\r')` in a file of LF lines would scan to its start, for every table.
  let lineStart = lastOffset;
  while (lineStart > 0 && source.charCodeAt(lineStart - 1) !== 10 && source.charCodeAt(lineStart - 1) !== 13) lineStart--;
  // The container's marks before the table's rows (`> `, a list item's indent): blank lines and cut-off rows carry them too.
  const prefix = source.slice(lineStart, lastOffset);
  if (/[^ \t>]/.test(prefix)) return undefined;
  const piped = source.charCodeAt(table.span.offset) === 124;
  const { end: tableEnd, eol } = lineEndAt(source, Math.max(table.span.endOffset, lastOffset));
  if (eol === '') return undefined;
  let at = tableEnd + eol.length;
  let number = (lastRow ? lastRow.span.endLine : table.span.endLine) + 1;
  const blanks: number[] = [];
  const lines: Line[] = [];
  while (at < source.length) {
    const { end, eol: lineBreak } = lineEndAt(source, at);
    const text = source.slice(at, end);
    if (lines.length === 0 && bare(text) === bare(prefix)) {
      blanks.push(number);
      if (blanks.length > MAX_BLANKS) return undefined;
    } else {
      if (blanks.length === 0 || !text.startsWith(prefix)) break;
      const indent = /^[ \t]*/.exec(text.slice(prefix.length))![0].length;
      const first = at + prefix.length + indent;
      // Four blanks more than the table's rows: indented code, not a row.
      if (indent > 3 || first >= end) break;
      const cells = splitRow(source, first, end);
      if (!rowLike(source, first, end, cells, piped, table.columns.length)) break;
      lines.push({ line: number, column: first - at + 1, endColumn: end - at + 1, offset: first, endOffset: end });
    }
    if (lineBreak === '') break;
    at = end + lineBreak.length;
    number++;
  }
  if (lines.length === 0) return undefined;
  // The fix when the rows end their paragraph (a blank line, the end, or a heading after them): the gap closed.
  const after = lines[lines.length - 1]!.endOffset;
  const { end: afterEnd, eol: afterBreak } = lineEndAt(source, after);
  const next = afterBreak === '' ? '' : source.slice(afterEnd + afterBreak.length, lineEndAt(source, afterEnd + afterBreak.length).end);
  const ends = afterBreak === '' || bare(next) === '' || bare(next) === bare(prefix) || /^[ \t>]*#/.test(next);
  const lineOfFirst = lines[0]!.offset - lines[0]!.column + 1;
  return { lines, blanks, ...(ends ? { fix: { range: [tableEnd, lineOfFirst] as [number, number], text: eol } } : {}) };
}
