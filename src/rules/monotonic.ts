import type { Monotonic } from '../config/types.js';
import type { Row } from '../markdown/types.js';
import { comparator } from './order.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, rowKeyOf, scopeRuns } from './util.js';

/** A date as release tables write it: `2024-05-01`, `2024-05`, `May 2024`, `May 1, 2024`; NaN when it is none. */
export function dateValue(text: string): number {
  const cleaned = text.replace(/[*_~]|\(.*?\)/g, '').replace(/,/g, ' ').trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(cleaned);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1)];
    const value = Date.UTC(year, month - 1, day);
    // Date.UTC rolls `2025-15-07` over into 2026; a month or day that does not exist makes no date.
    const date = new Date(value);
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : NaN;
  }
  const parsed = Date.parse(/^[A-Za-z]+\s+\d{4}$/.test(cleaned) ? `1 ${cleaned}` : cleaned);
  return Number.isNaN(parsed) ? NaN : parsed;
}

/**
 * What a JSON Schema of one row cannot say: a column whose values rise or
 * fall down the table (a release table's dates fall as its versions fall).
 * Cells that are empty or not a value of the kind compared are skipped
 * (a cell-format pattern can require them).
 */
export const monotonic: TableRule = {
  kind: 'table',
  meta: {
    id: 'monotonic',
    type: 'problem',
    description: 'Columns the table says must rise or fall down the table (`monotonic:`) do.',
    severity: 'error',
    docs: ruleDocs('monotonic'),
    messages: {
      falls: '{{column}} "{{value}}" of "{{key}}" is later than "{{previous}}" above it (row "{{previousKey}}", line {{line}}); {{column}} must fall down the table.',
      rises: '{{column}} "{{value}}" of "{{key}}" is earlier than "{{previous}}" above it (row "{{previousKey}}", line {{line}}); {{column}} must rise down the table.',
    },
  },
  check({ table, rows, options, keyIndex, report }) {
    const rules: Monotonic[] = options.monotonic === undefined ? [] : Array.isArray(options.monotonic) ? options.monotonic : [options.monotonic];
    for (const rule of rules) {
      const index = columnIndex(table, rule.column);
      if (index < 0) continue;
      const direction = rule.direction ?? 'desc';
      const compare = rule.compare ?? 'date';
      const order =
        compare === 'date'
          ? (a: string, b: string) => {
              const x = dateValue(a);
              const y = dateValue(b);
              return Number.isNaN(x) || Number.isNaN(y) ? NaN : x - y;
            }
          : comparator({ scope: 'table', compare });
      for (const run of scopeRuns(rows, rule.scope ?? 'table')) {
        let previous: Row | undefined;
        for (const row of run) {
          const value = row.cells[index]?.text ?? '';
          if (value === '' || (compare === 'date' && Number.isNaN(dateValue(value)))) continue;
          if (previous) {
            const before = previous.cells[index]!.text;
            const step = order(value, before);
            if ((direction === 'desc' && step > 0) || (direction === 'asc' && step < 0)) {
              report({
                span: row.cells[index]!.span,
                field: table.columns[index]!,
                rowKey: rowKeyOf(row, keyIndex),
                messageId: direction === 'desc' ? 'falls' : 'rises',
                data: { column: table.columns[index]!, value, key: rowKeyOf(row, keyIndex), previous: before, previousKey: rowKeyOf(previous, keyIndex), line: previous.span.line },
              });
            }
          }
          previous = row;
        }
      }
    }
  },
};
