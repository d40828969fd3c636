import { ruleMeta, type TableRule } from './types.js';
import { columnIndex, quoteList } from './util.js';

export const requiredColumn: TableRule = {
  meta: ruleMeta('required-column', 'The header has every column the schema requires.', 'error'),
  check({ table, expectedColumns, report }) {
    const missing = expectedColumns.required.filter((name) => columnIndex(table, name) < 0);
    if (missing.length === 0) return;
    const header = table.header;
    report({
      span: { ...header[0]!.span, endLine: header.at(-1)!.span.endLine, endColumn: header.at(-1)!.span.endColumn },
      message: `The table has no ${quoteList(missing)} column${missing.length > 1 ? 's' : ''}: add ${missing.length > 1 ? 'them' : 'it'} to the header (expected ${quoteList(expectedColumns.required)}).`,
    });
  },
};
