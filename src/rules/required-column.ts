import { closeColumn } from './near-match.js';
import { optionColumns } from './option-column.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, headerSpan, quoteList, renameHeaderCell } from './util.js';

export const requiredColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'required-column',
    type: 'problem',
    description: 'The header has every column the schema requires.',
    severity: 'error',
    docs: ruleDocs('required-column'),
    fixable: 'code',
    messages: {
      missing: 'The table has no {{missing}} column{{s}}: add {{them}} to the header (expected {{expected}}).',
      near: 'The table has no "{{missing}}" column. Did you mean "{{missing}}" for "{{column}}"? Rename the column (expected {{expected}}).',
      nearWritten:
        'The table has no "{{missing}}" column, and "{{column}}" is close to it. Rename the column, or, if the slip is in the config or schema, correct "{{missing}}" there (expected {{expected}}).',
    },
  },
  check({ table, expectedColumns, options, report }) {
    const missing = expectedColumns.required.filter((name) => columnIndex(table, name) < 0);
    if (missing.length === 0) return;
    const expected = quoteList(expectedColumns.required);
    // One column missing and one header cell a slip away from it that the schema does not name
    // otherwise (`STATE` for `STATUS`): most likely a typo, and renaming the cell mends it, when the name
    // is a built-in preset's. A name the user wrote may be the slip itself: said, not fixed (near-match).
    const named = new Set([...expectedColumns.required, ...expectedColumns.named, ...optionColumns(options).map(({ column }) => column)].map((name) => name.toLowerCase()));
    const close = missing.length === 1 ? table.columns.flatMap((name, i) => (!named.has(name.toLowerCase()) && closeColumn(name, missing[0]!) ? [i] : [])) : [];
    if (close.length === 1) {
      const cell = table.header[close[0]!]!;
      const fix = expectedColumns.builtIn ? renameHeaderCell(cell, missing[0]!) : undefined;
      report({
        span: cell.span,
        field: missing[0]!,
        messageId: expectedColumns.builtIn ? 'near' : 'nearWritten',
        data: { missing: missing[0]!, column: table.columns[close[0]!]!, expected },
        suggestion: missing[0]!,
        ...(fix ? { fix } : {}),
      });
      return;
    }
    report({
      span: headerSpan(table),
      messageId: 'missing',
      data: { missing: quoteList(missing), s: missing.length > 1 ? 's' : '', them: missing.length > 1 ? 'them' : 'it', expected },
    });
  },
};
