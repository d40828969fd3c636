import { RESERVED_COLUMNS } from '../schema/row-object.js';
import { ruleDocs, type TableRule } from './types.js';

/**
 * A header cell named like a property the row object reserves (`$raw`,
 * `$links`, `$group`) or `__proto__` (which Ajv never validates): its cells
 * cannot be checked, and a linter must say so rather than pass them.
 */
export const reservedColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'reserved-column',
    type: 'problem',
    description: `A column is not named like a reserved row property (${RESERVED_COLUMNS.join(', ')}), whose cells could not be validated.`,
    severity: 'error',
    docs: ruleDocs('reserved-column'),
    messages: {
      reserved: 'Column "{{column}}" has a name the row object reserves ({{reserved}}), so its cells cannot be validated: rename the column.',
    },
  },
  check({ table, report }) {
    table.columns.forEach((name, i) => {
      if (!RESERVED_COLUMNS.includes(name)) return;
      report({ span: table.header[i]!.span, field: name, messageId: 'reserved', data: { column: name, reserved: RESERVED_COLUMNS.join(', ') } });
    });
  },
};
