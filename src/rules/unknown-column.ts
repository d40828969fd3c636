import { columnKey } from '../markdown/select.js';
import { ruleDocs, type TableRule } from './types.js';
import { quoteList } from './util.js';

export const unknownColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'unknown-column',
    type: 'suggestion',
    description: 'The header has no columns the schema does not know.',
    severity: 'warning',
    docs: ruleDocs('unknown-column'),
    messages: {
      unknown: 'Column "{{column}}" is not one of the table\'s known columns ({{known}}): rename it or remove it.',
    },
  },
  check({ table, expectedColumns, report }) {
    const { known, patterns } = expectedColumns;
    if (!known) return;
    const keys = new Set(known.map(columnKey));
    table.columns.forEach((name, i) => {
      // Columns matched by `patternProperties` (one column per release, say) are known too.
      if (keys.has(columnKey(name)) || patterns.some((pattern) => pattern.test(name))) return;
      report({
        span: table.header[i]!.span,
        field: name,
        messageId: 'unknown',
        data: { column: name, known: quoteList(known) },
      });
    });
  },
};
