import { ruleMeta, type TableRule } from './types.js';
import { fold, rowKeyOf, scopeRuns } from './util.js';

export const sortOrder: TableRule = {
  meta: ruleMeta('sort-order', 'Rows are in case-insensitive ascending order of their key, in the table or each group.', 'warning'),
  check({ table, rows, options, keyIndex, report }) {
    if (!options.order) return;
    const column = table.columns[keyIndex];
    for (const run of scopeRuns(rows, options.order.scope)) {
      const keyed = run.filter((row) => rowKeyOf(row, keyIndex) !== '');
      keyed.forEach((row, i) => {
        const previous = keyed[i - 1];
        const key = rowKeyOf(row, keyIndex);
        if (!previous || fold(key) >= fold(rowKeyOf(previous, keyIndex))) return;
        // Name the first row it should precede, so the fix is one move.
        const before = keyed.find((other) => fold(rowKeyOf(other, keyIndex)) > fold(key))!;
        report({
          span: row.cells[keyIndex]!.span,
          field: column,
          rowKey: key,
          message: `${column} "${key}" is out of order: it sorts before "${rowKeyOf(previous, keyIndex)}" above it. Move it before "${rowKeyOf(before, keyIndex)}" (line ${before.span.line}).`,
        });
      });
    }
  },
};
