import { ruleDocs, type TableRule } from './types.js';
import { fold, rowKeyOf, scopeRuns } from './util.js';

export const uniqueKey: TableRule = {
  kind: 'table',
  meta: {
    id: 'unique-key',
    type: 'problem',
    description: 'Each row key appears once (case-insensitively) in its table or group.',
    severity: 'error',
    docs: ruleDocs('unique-key'),
    messages: {
      duplicate: '{{column}} "{{key}}" is listed twice{{where}}: it is already on line {{line}}{{same}}. Merge the two rows or remove one.',
    },
  },
  check({ table, rows, options, keyIndex, report }) {
    if (!options.unique) return;
    const column = table.columns[keyIndex] ?? '';
    for (const run of scopeRuns(rows, options.unique.scope)) {
      const seen = new Map<string, { key: string; line: number }>();
      for (const row of run) {
        const key = rowKeyOf(row, keyIndex);
        if (key === '') continue;
        const first = seen.get(fold(key));
        if (!first) {
          seen.set(fold(key), { key, line: row.span.line });
          continue;
        }
        report({
          span: row.cells[keyIndex]!.span,
          field: column,
          rowKey: key,
          messageId: 'duplicate',
          data: {
            column,
            key,
            where: options.unique.scope === 'group' && row.group ? ` in group "${row.group}"` : '',
            line: first.line,
            same: first.key === key ? '' : ` as "${first.key}"`,
          },
        });
      }
    }
  },
};
