import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, fold, rowKeyOf, scopeRuns } from './util.js';

/**
 * Each row's key appears once (case-insensitively) in its table or group.
 * `unique.by` names several columns whose values together are the key (a
 * release per platform), for tables where one column repeats by design.
 */
export const uniqueKey: TableRule = {
  kind: 'table',
  meta: {
    id: 'unique-key',
    type: 'problem',
    description: 'Each row key (or combination of the `unique.by` columns) appears once, case-insensitively, in its table or group.',
    severity: 'error',
    docs: ruleDocs('unique-key'),
    messages: {
      duplicate: '{{column}} "{{key}}" is listed twice{{where}}: it is already on line {{line}}{{same}}. Merge the two rows or remove one.',
    },
  },
  check({ table, rows, options, keyIndex, report }) {
    if (!options.unique) return;
    const by = (options.unique.by ?? [table.columns[keyIndex] ?? '']).map((name) => columnIndex(table, name));
    if (by.some((index) => index < 0)) return; // a missing column is required-column's to report
    const column = by.map((index) => table.columns[index]).join(' + ');
    // One column (the usual key) is its cell's text: no list to join for each of 100,000 rows.
    const only = by.length === 1 ? by[0]! : -1;
    const keyOf = (row: (typeof rows)[number]): string =>
      only >= 0 ? (row.cells[only]?.text ?? '') : by.map((index) => row.cells[index]?.text ?? '').join(' + ');
    for (const run of scopeRuns(rows, options.unique.scope)) {
      const seen = new Map<string, { key: string; line: number }>();
      for (const row of run) {
        const key = keyOf(row);
        if (only >= 0 ? key === '' : by.every((index) => (row.cells[index]?.text ?? '') === '')) continue;
        const folded = fold(key);
        const first = seen.get(folded);
        if (!first) {
          seen.set(folded, { key, line: row.span.line });
          continue;
        }
        report({
          span: row.cells[by[0]!]!.span,
          field: table.columns[by[0]!]!,
          rowKey: rowKeyOf(row, keyIndex),
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
