import { ruleDocs, type TableRule } from './types.js';
import { headerSpan } from './util.js';

/**
 * A checked table with nothing to check: no data rows, or only group rows
 * because every key cell is bold (a table whose keys are all `**bold**`
 * reads as group labels unless the options say `groups: false`).
 */
export const emptyTable: TableRule = {
  kind: 'table',
  meta: {
    id: 'empty-table',
    type: 'problem',
    description: 'A checked table has data rows (not only group rows).',
    severity: 'warning',
    docs: ruleDocs('empty-table'),
    messages: {
      empty: 'This table has no data rows, so none of its rows is checked: add rows, or remove the table.',
      allGroups:
        'Every row of this table is a group row (its {{key}} cell is entirely bold), so none is checked: set `groups: false` for this table in the config, or unbold the keys.',
    },
  },
  check({ table, rows, options, keyIndex, report }) {
    if (rows.length > 0) return;
    const allGroups = options.groups !== false && table.rows.some((row) => row.kind === 'group');
    report({
      span: headerSpan(table),
      messageId: allGroups ? 'allGroups' : 'empty',
      data: { key: table.columns[keyIndex] ?? '' },
    });
  },
};
