import { ruleMeta, type TableRule } from './types.js';
import { fold, quoteList } from './util.js';

export const unknownColumn: TableRule = {
  meta: ruleMeta('unknown-column', 'The header has no columns the schema does not know.', 'warning'),
  check({ table, expectedColumns, report }) {
    const known = expectedColumns.known;
    if (!known) return;
    table.columns.forEach((name, i) => {
      if (known.some((column) => fold(column) === fold(name))) return;
      report({
        span: table.header[i]!.span,
        field: name,
        message: `Column "${name}" is not one of the table's known columns (${quoteList(known)}): rename it or remove it.`,
      });
    });
  },
};
