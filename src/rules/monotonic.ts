import type { Monotonic } from '../config/types.js';
import type { Row } from '../markdown/types.js';
import { comparator, isVersion, longestOrdered } from './order.js';
import { headerSpan } from './util.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, rowKeyOf, scopeRuns } from './util.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `year-month-day` as a time, or NaN when no such day exists (`2032-02-30`, `Jun 31`: Date.UTC would roll them over). */
function dayValue(year: number, month: number, day: number): number {
  const value = Date.UTC(year, month - 1, day);
  const date = new Date(value);
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : NaN;
}

/**
 * A date as release tables write it: `2024-05-01`, `2024-05`, `May 2024`,
 * `May 1, 2024`, `1 May 2024`; NaN when it is none. `impossible` when it has
 * a date's shape but names a day that does not exist (`2032-02-30`,
 * `Jun 31, 2029`): a typo, which must not pass by being skipped.
 */
export function readDate(text: string): { value: number; impossible?: true } {
  const cleaned = text.replace(/[*_~]|\(.*?\)/g, '').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  const checked = (value: number): { value: number; impossible?: true } => (Number.isNaN(value) ? { value, impossible: true } : { value });
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:$|[T ])/.exec(cleaned);
  if (iso) return checked(dayValue(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1)));
  // Month names: `May 2024`, `May 1 2024`, `1 May 2024` (the commas are gone), in English as release tables write them.
  const named = /^(?:([A-Za-z]{3,9})\.? (?:(\d{1,2})(?:st|nd|rd|th)? )?|(\d{1,2}) ([A-Za-z]{3,9})\.? )(\d{4})$/.exec(cleaned);
  // Year first: `2023 January 23`, `2023 Jan` (Kubernetes' community pages write them so).
  const yearFirst = named ? null : /^(\d{4}) ([A-Za-z]{3,9})\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?$/.exec(cleaned);
  if (named || yearFirst) {
    const [name, year, day] = named ? [named[1] ?? named[4]!, named[5]!, named[2] ?? named[3]] : [yearFirst![2]!, yearFirst![1]!, yearFirst![3]];
    const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
    if (month === 0) return { value: NaN };
    return checked(dayValue(Number(year), month, Number(day ?? 1)));
  }
  // Other forms JavaScript reads (`2024/05/01`); prose (`TBD`, `Q3 2026`) is no date and is skipped.
  return { value: /\d{4}/.test(cleaned) && /^[\d/. -]+$/.test(cleaned) ? Date.parse(cleaned) : NaN };
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
      fallsBelow: '{{column}} "{{value}}" of "{{key}}" is earlier than "{{previous}}" below it (row "{{previousKey}}", line {{line}}); {{column}} must fall down the table.',
      risesBelow: '{{column}} "{{value}}" of "{{key}}" is later than "{{previous}}" below it (row "{{previousKey}}", line {{line}}); {{column}} must rise down the table.',
      impossible: '{{column}} "{{value}}" of "{{key}}" is no date: that day does not exist. Fix the date.',
      unread: '{{column}} must {{how}} down the table, but {{count}} of its {{cells}} cells read as {{kind}} (such as "{{example}}"), so nothing was compared: write {{forms}}, or change `compare:` in the monotonic option.',
    },
  },
  check({ table, rows, options, keyIndex, report }) {
    const rules: Monotonic[] = options.monotonic === undefined ? [] : Array.isArray(options.monotonic) ? options.monotonic : [options.monotonic];
    for (const rule of rules) {
      const index = columnIndex(table, rule.column);
      if (index < 0) continue;
      const direction = rule.direction ?? 'desc';
      const compare = rule.compare ?? 'date';
      // Dates are read once per cell and compared as times; other values by the comparator.
      const byText = compare === 'date' ? undefined : comparator({ scope: 'table', compare });
      // Cells that are not a value of the kind compared (prose, a range of versions) are skipped; a
      // column where at most one cell is read compared nothing, which is said rather than passed.
      let cells = 0;
      let read = 0;
      let example = '';
      for (const run of scopeRuns(rows, rule.scope)) {
        // The cells read, in table order; those outside a longest run already in order are the ones
        // reported (as sort-order does), so one wrong date is blamed, not the right one below it.
        const items: { row: Row; value: string; time: number }[] = [];
        for (const row of run) {
          const value = row.cells[index]?.text ?? '';
          if (value === '') continue;
          cells++;
          let time = NaN;
          if (!byText) {
            const date = readDate(value);
            if (date.impossible) {
              read++;
              report({ span: row.cells[index]!.span, field: table.columns[index]!, rowKey: rowKeyOf(row, keyIndex), messageId: 'impossible', data: { column: table.columns[index]!, value, key: rowKeyOf(row, keyIndex) }, unlessSchemaSays: true });
            }
            if (Number.isNaN(date.value)) {
              if (!date.impossible) example ||= value;
              continue;
            }
            time = date.value;
          } else if (!(compare === 'semver' ? isVersion(value) : /\d/.test(value))) {
            example ||= value;
            continue;
          }
          read++;
          items.push({ row, value, time });
        }
        // step(a, b) > 0: a comes later than b. In table order, desc wants each step ≤ 0.
        const step = (a: (typeof items)[number], b: (typeof items)[number]): number => (byText ? byText(a.value, b.value) : a.time - b.time);
        const kept = longestOrdered(items, direction === 'desc' ? (a, b) => step(b, a) : step);
        if (kept.size === items.length) continue;
        let above = -1;
        for (let i = 0; i < items.length; i++) {
          if (kept.has(i)) {
            above = i;
            continue;
          }
          const item = items[i]!;
          let below = i + 1;
          while (below < items.length && !kept.has(below)) below++;
          // Out of order with the kept row above it, or else with the kept row below it (one of them, or it would be kept).
          const before = above >= 0 && (direction === 'desc' ? step(item, items[above]!) > 0 : step(item, items[above]!) < 0);
          const other = before ? items[above]! : items[below];
          if (!other) continue;
          const key = rowKeyOf(item.row, keyIndex);
          report({
            span: item.row.cells[index]!.span,
            field: table.columns[index]!,
            rowKey: key,
            messageId: `${direction === 'desc' ? 'falls' : 'rises'}${before ? '' : 'Below'}`,
            data: { column: table.columns[index]!, value: item.value, key, previous: other.value, previousKey: rowKeyOf(other.row, keyIndex), line: other.row.span.line },
          });
        }
      }
      if (cells >= 2 && read <= 1) {
        report({
          span: headerSpan(table),
          field: table.columns[index]!,
          messageId: 'unread',
          severity: 'warning',
          data: { column: table.columns[index]!, how: direction === 'desc' ? 'fall' : 'rise', count: read === 0 ? 'none' : 'only one', cells, kind: KINDS[compare].kind, example, forms: KINDS[compare].forms },
        });
      }
    }
  },
};

type Compare = NonNullable<Monotonic['compare']>;

const KINDS: Record<Compare, { kind: string; forms: string }> = {
  date: { kind: 'a date', forms: 'dates such as 2024-05-01, 2024-05, May 1, 2024, 1 May 2024 or 2024 May 1' },
  semver: { kind: 'one version', forms: 'one version per cell, such as 1.33, v1.2.3 or 1.9.x' },
  natural: { kind: 'a number', forms: 'values with numbers in them' },
};

