import { ruleDocs, type TableRule } from './types.js';
import { keyFold } from '../markdown/read.js';
import { columnIndex, rowKeyOf, scopeRuns } from './util.js';

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
    // A key column with an empty header (a matrix's top-left cell): the subject is the row, not "the column with an empty header".
    const column = by.length === 1 && table.columns[by[0]!] === '' ? 'Row' : by.map((index) => table.columns[index] || '(unnamed column)').join(' + ');
    // One column (the usual key) is its cell's text: no list to join for each of 100,000 rows.
    const only = by.length === 1 ? by[0]! : -1;
    const keyOf = (row: (typeof rows)[number]): string =>
      only >= 0 ? (row.cells[only]?.text ?? '') : by.map((index) => row.cells[index]?.text ?? '').join(' + ');
    for (const run of scopeRuns(rows, options.unique.scope)) {
      // Each key's first row, by its place in the run: a number per key, not an object kept per row.
      const seen = new Map<string, number>();
      for (let at = 0; at < run.length; at++) {
        const row = run[at]!;
        const key = keyOf(row);
        if (only >= 0 ? key === '' : by.every((index) => (row.cells[index]?.text ?? '') === '')) continue;
        const folded = keyFold(key);
        const firstAt = seen.get(folded);
        if (firstAt === undefined) {
          seen.set(folded, at);
          continue;
        }
        const firstRow = run[firstAt]!;
        const first = { key: keyOf(firstRow), line: firstRow.span.line };
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
