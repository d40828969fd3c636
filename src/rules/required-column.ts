import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, headerSpan, quoteList } from './util.js';

export const requiredColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'required-column',
    type: 'problem',
    description: 'The header has every column the schema requires.',
    severity: 'error',
    docs: ruleDocs('required-column'),
    messages: {
      missing: 'The table has no {{missing}} column{{s}}: add {{them}} to the header (expected {{expected}}).',
    },
  },
  check({ table, expectedColumns, report }) {
    const missing = expectedColumns.required.filter((name) => columnIndex(table, name) < 0);
    if (missing.length === 0) return;
    report({
      span: headerSpan(table),
      messageId: 'missing',
      data: {
        missing: quoteList(missing),
        s: missing.length > 1 ? 's' : '',
        them: missing.length > 1 ? 'them' : 'it',
        expected: quoteList(expectedColumns.required),
      },
    });
  },
};
