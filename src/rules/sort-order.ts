import type { Fix } from '../core/types.js';
import type { Row } from '../markdown/types.js';
import { comparator } from './order.js';
import { ruleDocs, UNNAMED_COLUMN, type TableRule } from './types.js';
import { columnIndex, rowKeyOf, scopeRuns } from './util.js';

/**
 * Rows in the order the table's `order:` option asks for (by default, the
 * key column in case-insensitive ascending order, in the table or each
 * group). The fix moves whole rows, each line unchanged, into the order;
 * group and spacer rows, and rows with an empty sort value, stay where they
 * are. Rows are not moved across group rows (that would change their group),
 * so a table-scoped order over several groups is left to a person.
 */
export const sortOrder: TableRule = {
  kind: 'table',
  meta: {
    id: 'sort-order',
    type: 'suggestion',
    description: 'Rows are in the order the table asks for (by default: case-insensitive ascending order of their key), in the table or each group.',
    severity: 'warning',
    docs: ruleDocs('sort-order'),
    fixable: 'code',
    messages: {
      ascending: '{{subject}} is out of order: it sorts {{relation}} "{{other}}" {{side}} it. Move it {{placement}} "{{target}}" (line {{line}}).',
      descending: '{{subject}} is out of order: in descending order it comes {{relation}} "{{other}}" {{side}} it. Move it {{placement}} "{{target}}" (line {{line}}).',
    },
  },
  check({ source, table, rows, options, keyIndex, report }) {
    const order = options.order;
    if (!order) return;
    const byIndex = order.by === undefined ? keyIndex : columnIndex(table, order.by);
    if (byIndex < 0) return;
    const column = table.columns[byIndex]!;
    const named = column || UNNAMED_COLUMN;
    const compare = comparator(order);
    const valueOf = (row: Row): string => row.cells[byIndex]?.text ?? '';
    for (const run of scopeRuns(rows, order.scope)) {
      const keyed = run.filter((row) => valueOf(row) !== '');
      let fix = sortFix(source, keyed, valueOf, compare);
      // The rows that stay are the longest run already in order; the others are the fewest rows
      // to move, and each is told where it goes among the rows that stay.
      const staying = longestOrdered(keyed, valueOf, compare);
      const kept = keyed.filter((_, i) => staying.has(i));
      keyed.forEach((row, i) => {
        if (staying.has(i)) return;
        const value = valueOf(row);
        // Its place among the rows that stay: before the first that sorts after it, else after the last.
        const next = kept.find((other) => compare(valueOf(other), value) > 0);
        const target = next ?? kept[kept.length - 1]!;
        // What shows it is misplaced: a row that stays above it and sorts after it, else one below that sorts before it.
        const above = kept.find((other) => other.span.line < row.span.line && compare(valueOf(other), value) > 0);
        const below = [...kept].reverse().find((other) => other.span.line > row.span.line && compare(valueOf(other), value) < 0);
        const other = above ?? below!;
        const key = rowKeyOf(row, keyIndex);
        report({
          span: row.cells[byIndex]!.span,
          field: column,
          rowKey: key,
          messageId: order.direction === 'desc' ? 'descending' : 'ascending',
          data: {
            subject: byIndex === keyIndex || key === '' ? `${named} "${value}"` : `${named} "${value}" of "${key}"`,
            relation: above ? 'before' : 'after',
            other: valueOf(other),
            side: above ? 'above' : 'below',
            placement: next ? 'before' : 'after',
            target: valueOf(target),
            line: target.span.line,
          },
          // One fix sorts the whole run; it rides on the run's first finding.
          ...(fix ? { fix } : {}),
        });
        fix = undefined;
      });
    }
  },
};

/**
 * Indexes of a longest subsequence of `rows` already in order (ties allowed,
 * as the stable sort keeps them), in O(n log n) by patience sorting. It runs
 * from the last row up, so that of two equally long runs the one with the
 * earlier rows stays: of two swapped rows, the lower one is the one to move.
 */
function longestOrdered(rows: Row[], valueOf: (row: Row) => string, compare: (a: string, b: string) => number): Set<number> {
  // tails[k]: the row that ends (seen from below) a run of k + 1 rows with the latest-sorting value possible.
  const tails: number[] = [];
  const next = new Array<number>(rows.length).fill(-1);
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = valueOf(rows[i]!);
    // The first run whose top row sorts strictly before this one: this row cannot go above it.
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(valueOf(rows[tails[mid]!]!), value) < 0) high = mid;
      else low = mid + 1;
    }
    if (low > 0) next[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = next[i]!) kept.add(i);
  return kept;
}

/** Rewrites the run's rows in sorted order, each into the place of the row that was there (a stable sort). */
function sortFix(source: string, rows: Row[], valueOf: (row: Row) => string, compare: (a: string, b: string) => number): Fix | undefined {
  if (rows.length < 2 || new Set(rows.map((row) => row.group)).size > 1) return undefined;
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(valueOf(a.row), valueOf(b.row)) || a.index - b.index)
    .map(({ row }) => row);
  if (sorted.every((row, i) => row === rows[i])) return undefined;
  const start = rows[0]!.span.offset;
  let text = '';
  let at = start;
  rows.forEach((slot, i) => {
    const row = sorted[i]!;
    text += source.slice(at, slot.span.offset) + source.slice(row.span.offset, row.span.endOffset);
    at = slot.span.endOffset;
  });
  return { range: [start, at], text };
}
