import { columnKey } from '../markdown/select.js';
import { ruleDocs, type TableRule } from './types.js';
import { quoteList } from './util.js';

export const unknownColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'unknown-column',
    type: 'suggestion',
    description: 'The header has no columns the schema does not know (or whose names its propertyNames refuses).',
    severity: 'warning',
    docs: ruleDocs('unknown-column'),
    messages: {
      unknown: 'Column "{{column}}" is not one of the table\'s known columns ({{known}}): rename it or remove it.',
      propertyNames: 'Column "{{column}}" is not a name the schema allows (its propertyNames): {{problem}}. Rename the column or remove it, or change the schema.',
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
        // Named columns, and the patterns that also admit a column (`^v\d+\.\d+$`).
        data: { column: name, known: [quoteList(known, 20), ...patterns.slice(0, 5).map((pattern) => `a name matching /${pattern.source}/`)].filter((part) => part !== '').join(', or ') || 'none' },
      });
    });
  },
};
