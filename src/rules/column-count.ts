import { ruleMeta, type TableRule } from './types.js';
import { rowKeyOf } from './util.js';

/**
 * The GFM parser pads short rows and drops extra cells without a word, so a
 * row with a missing `|` silently shifts its values into the wrong columns.
 */
export const columnCount: TableRule = {
  meta: ruleMeta('column-count', 'A row has as many cells as the header.', 'error'),
  check({ table, rows, keyIndex, report }) {
    const expected = table.columns.length;
    const keyColumn = table.columns[keyIndex];
    for (const row of rows) {
      if (row.sourceCellCount === expected) continue;
      const fix =
        row.sourceCellCount < expected
          ? 'add the missing cells (an empty cell is `| |`)'
          : 'remove the extra cells, or escape a `|` inside a cell as `\\|`';
      const rowKey = rowKeyOf(row, keyIndex);
      report({
        span: row.span,
        rowKey,
        message: `${keyColumn} "${rowKey}": row has ${row.sourceCellCount} cells, the header has ${expected}: ${fix}.`,
      });
    }
  },
};
