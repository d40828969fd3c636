import type { Fix } from '../core/types.js';
import type { Row } from '../markdown/types.js';
import { comparator, longestOrdered } from './order.js';
import { ruleDocs, type Report, type TableRule } from './types.js';
import { columnIndex, perDocument, rowKeyOf, scopeRuns } from './util.js';
import { parseDirective, type Directive } from '../markdown/directive.js';
import type { MarkdownDocument } from '../markdown/types.js';

/**
 * Rows in the order the table's `order:` option asks for (by default, the
 * key column in case-insensitive ascending order, in the table or each
 * group). The fix moves whole rows, each line unchanged, into the order;
 * group and spacer rows, and rows with an empty sort value, stay where they
 * are. Rows are not moved across group rows (that would change their group),
 * so a table-scoped order over several groups is left to a person. A row
 * kept out of order on purpose (a `disable-line` comment for this rule in
 * it: `Other` pinned at the bottom) stays where it is: the fix sorts the
 * other rows around it, and they are judged among themselves.
 */
export const sortOrder: TableRule = {
  kind: 'table',
  meta: {
    id: 'sort-order',
    type: 'suggestion',
    description: 'Rows are in the order the table asks for (by default: case-insensitive ascending order of their key), in the table or each group.',
    severity: 'warning',
    docs: ruleDocs('sort-order'),
    fixable: 'code',
    messages: {
      ascending: '{{subject}} is out of order: it sorts {{relation}} "{{other}}" {{side}} it. Move it {{placement}} "{{target}}" (line {{line}}).',
      descending: '{{subject}} is out of order: in descending order it comes {{relation}} "{{other}}" {{side}} it. Move it {{placement}} "{{target}}" (line {{line}}).',
    },
  },
  check({ source, document, table, rows, options, keyIndex, report }) {
    const order = options.order;
    if (!order) return;
    const byIndex = order.by === undefined ? keyIndex : columnIndex(table, order.by);
    if (byIndex < 0) return;
    const column = table.columns[byIndex]!;
    // A column with an empty header (a matrix's top-left cell) names rows: `Row "GPU" is out of order`.
    const named = column || 'Row';
    const compare = comparator(order);
    const valueOf = (row: Row): string => row.cells[byIndex]?.text ?? '';
    const pinned = pinnedLines(document);
    const isPinned = (row: Row): boolean => pinned.size > 0 && pinned.has(row.span.line);
    for (const run of scopeRuns(rows, order.scope)) {
      const keyed = run.filter((row) => valueOf(row) !== '');
      const movable = pinned.size === 0 ? keyed : keyed.filter((row) => !isPinned(row));
      let fix = sortFix(source, movable, valueOf, compare);
      // A `disable` or `enable` comment in a row marks where a region starts or ends: moving its row
      // would move the region over other rows (or turn it inside out), so such rows are sorted by hand.
      if (fix && holdsRegionComment(document, fix.range)) fix = undefined;
      // The rows that stay are the longest run already in order; the others are the fewest rows
      // to move, and each is told where it goes among the rows that stay. The rows a comment pins
      // (disable-line sort-order) stay where they are, so the others are judged among themselves;
      // a pinned row has a finding (its comment suppresses it) when a sort would put it elsewhere.
      // (Indices and sets of indices, not of rows: a table may have 200,000 rows.)
      let stay = longestOrdered(movable.map(valueOf), compare);
      if (movable !== keyed) {
        const positions = new Map(movable.map((row, i) => [row, i]));
        const staying = stay;
        stay = new Set(keyed.flatMap((row, i) => (staying.has(positions.get(row) ?? -1) ? [i] : [])));
      }
      const kept = keyed.filter((_, i) => stay.has(i));
      // Each misplaced row's own move, for a change whose other misplaced rows were already there
      // (core/hand-over.ts): built only while they stay small, within one budget for the page, as a
      // table may have 200,000 rows and a page hundreds of tables.
      const aloneBudget = perDocument(document, 'sort-order\u0000alone', () => ({ left: ALONE_CHARS }));
      const canMove = fix !== undefined;
      // Where a stable sort of all the run's rows puts each (computed once there is a pinned row): a pinned
      // row's comment is in use exactly when the row is not there, as the sort fix then leaves it out of place.
      let sortedAt: number[] | undefined;
      let sorted: number[] | undefined;
      keyed.forEach((row, i) => {
        const rowPinned = isPinned(row);
        if (rowPinned) {
          if (!sorted) {
            sorted = keyed.map((_, k) => k).sort((a, b) => compare(valueOf(keyed[a]!), valueOf(keyed[b]!)) || a - b);
            sortedAt = new Array<number>(keyed.length);
            sorted.forEach((k, at) => (sortedAt![k] = at));
          }
          const at = sortedAt![i]!;
          if (at === i) return;
          report(pinnedFinding(keyed, sorted, i, at, valueOf, { named, column, key: rowKeyOf(row, keyIndex), byKey: byIndex === keyIndex, span: row.cells[byIndex]!.span, descending: order.direction === 'desc' }));
          return;
        }
        if (stay.has(i)) return;
        const value = valueOf(row);
        // The rows that stay are in order both by value and by line: binary searches, not scans (a
        // scan per misplaced row made 40,000 alternating rows take 85 s).
        const after = firstIndex(kept, (other) => compare(valueOf(other), value) > 0);
        const notBefore = firstIndex(kept, (other) => compare(valueOf(other), value) >= 0);
        const belowFrom = firstIndex(kept, (other) => other.span.line > row.span.line);
        // Its place among the rows that stay: before the first that sorts after it, else after the last.
        const next = kept[after];
        const target = next ?? kept[kept.length - 1]!;
        // What shows it is misplaced: a row that stays above it and sorts after it, else one below that sorts before it.
        const above = after < belowFrom ? kept[after] : undefined;
        const below = notBefore - 1 >= belowFrom ? kept[notBefore - 1] : undefined;
        const other = above ?? below!;
        const key = rowKeyOf(row, keyIndex);
        const fixAlone = canMove ? ownMove(source, movable, row, next, target, aloneBudget) : undefined;
        report({
          span: row.cells[byIndex]!.span,
          field: column,
          rowKey: key,
          messageId: order.direction === 'desc' ? 'descending' : 'ascending',
          data: {
            subject: byIndex === keyIndex || key === '' ? `${named} "${value}"` : `${named} "${value}" of "${key}"`,
            relation: above ? 'before' : 'after',
            other: valueOf(other),
            side: above ? 'above' : 'below',
            placement: next ? 'before' : 'after',
            target: valueOf(target),
            line: target.span.line,
          },
          // One fix sorts the whole run; it rides on the run's first finding.
          ...(fix ? { fix } : {}),
          ...(fixAlone ? { fixAlone } : {}),
        });
        fix = undefined;
      });
    }
  },
};

/**
 * The finding of a pinned row (its comment suppresses it; the sort fix
 * leaves the row where it is) that is not where a sort of the run's rows
 * puts it: `at`, its place in `order`. What shows it is a row on the other
 * side of it that sorts the other way, looked for among at most
 * PINNED_SCAN rows of the sorted order (a page may pin many rows).
 */
function pinnedFinding(
  keyed: readonly Row[],
  order: readonly number[],
  i: number,
  at: number,
  valueOf: (row: Row) => string,
  about: { named: string; column: string; key: string; byKey: boolean; span: Row['span']; descending: boolean },
): Report {
  const lower = at > i;
  // A row that sorts before it but stands below it (it belongs lower), or sorts after it and stands above.
  let other: Row | undefined;
  for (let q = lower ? at - 1 : at + 1, steps = 0; q >= 0 && q < order.length && steps < PINNED_SCAN; q += lower ? -1 : 1, steps++) {
    if (lower ? order[q]! > i : order[q]! < i) {
      other = keyed[order[q]!]!;
      break;
    }
  }
  const neighbour = keyed[order[lower ? at - 1 : at + 1]!]!;
  const value = valueOf(keyed[i]!);
  return {
    span: about.span,
    field: about.column,
    rowKey: about.key,
    messageId: about.descending ? 'descending' : 'ascending',
    data: {
      subject: about.byKey || about.key === '' ? `${about.named} "${value}"` : `${about.named} "${value}" of "${about.key}"`,
      relation: lower ? 'after' : 'before',
      other: valueOf(other ?? neighbour),
      side: lower ? 'below' : 'above',
      placement: lower ? 'after' : 'before',
      target: valueOf(neighbour),
      line: neighbour.span.line,
    },
  };
}

const PINNED_SCAN = 1000;

/** The most rows one row's own move passes, and the most text the moves of a page write. */
const ALONE_ROWS = 500;
const ALONE_CHARS = 1 << 20;

/**
 * The fix that moves `row` alone to its place among `movable` (in line
 * order): before `next`, or else after `last`. None for a row already there,
 * one too far from it, or past the page's budget (charged before the text is
 * built, so it is never passed).
 */
function ownMove(source: string, movable: readonly Row[], row: Row, next: Row | undefined, last: Row, budget: { left: number }): Fix | undefined {
  const slot = (of: Row): number => firstIndex(movable, (other) => other.span.line >= of.span.line);
  const from = slot(row);
  const to = next ? slot(next) : slot(last) + 1;
  if (to === from || to === from + 1 || Math.abs(to - from) > ALONE_ROWS) return undefined;
  const cost = movable[to > from ? to - 1 : from]!.span.endOffset - movable[Math.min(from, to)]!.span.offset;
  if (cost > budget.left) return undefined;
  budget.left -= cost;
  return moveFix(source, movable, from, to);
}

/** Moves the row in `slot` `from` of `rows` (in line order) to before the row in slot `to` (or to the end). */
function moveFix(source: string, rows: readonly Row[], from: number, to: number): Fix {
  if (to > from) return rewrite(source, rows.slice(from, to), [...rows.slice(from + 1, to), rows[from]!]);
  return rewrite(source, rows.slice(to, from + 1), [rows[from]!, ...rows.slice(to, from)]);
}

/** Writes `contents[i]`'s line into the place of `slots[i]`'s, from the first slot to the last. */
function rewrite(source: string, slots: readonly Row[], contents: readonly Row[]): Fix {
  const start = slots[0]!.span.offset;
  let text = '';
  let at = start;
  slots.forEach((slot, i) => {
    text += source.slice(at, slot.span.offset) + source.slice(contents[i]!.span.offset, contents[i]!.span.endOffset);
    at = slot.span.endOffset;
  });
  return { range: [start, at], text };
}

/** The first index of a sorted list where `at` holds (it holds from there on), or the list's length. */
function firstIndex<T>(list: readonly T[], at: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (at(list[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The page's suppression comments that are directives, parsed once for both uses below. */
const directivesOf = (document: MarkdownDocument): Directive[] =>
  perDocument(document, 'sort-order\u0000directives', () =>
    document.directives.flatMap((comment) => {
      const directive = parseDirective(comment);
      return directive && 'kind' in directive ? [directive] : [];
    }),
  );

/** The lines of rows a `disable-line` comment for this rule (or every rule) keeps where they are. */
function pinnedLines(document: MarkdownDocument): Set<number> {
  return perDocument(document, 'sort-order\u0000pinned', () => {
    const lines = new Set<number>();
    for (const directive of directivesOf(document)) {
      if (directive.kind === 'disable-line' && (directive.rules.length === 0 || directive.rules.includes('sort-order'))) lines.add(directive.span.line);
    }
    return lines;
  });
}

/** Whether a `disable` or `enable` comment lies in `[start, end)`. */
const holdsRegionComment = (document: MarkdownDocument, [start, end]: readonly [number, number]): boolean =>
  directivesOf(document).some((directive) => (directive.kind === 'disable' || directive.kind === 'enable') && directive.span.offset >= start && directive.span.offset < end);

/** Rewrites the run's rows in sorted order, each into the place of the row that was there (a stable sort). */
function sortFix(source: string, rows: Row[], valueOf: (row: Row) => string, compare: (a: string, b: string) => number): Fix | undefined {
  if (rows.length < 2 || new Set(rows.map((row) => row.group)).size > 1) return undefined;
  const sorted = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(valueOf(a.row), valueOf(b.row)) || a.index - b.index)
    .map(({ row }) => row);
  // Only the rows from the first to the last that move: rows already in place at either end stay out
  // of the range, so that the fix of one row added out of order fits in the pull request's diff hunk
  // and can be offered as a suggestion.
  let first = 0;
  while (first < rows.length && sorted[first] === rows[first]) first++;
  if (first === rows.length) return undefined;
  let last = rows.length - 1;
  while (sorted[last] === rows[last]) last--;
  return { ...rewrite(source, rows.slice(first, last + 1), sorted.slice(first, last + 1)), run: true };
}
