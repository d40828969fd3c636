import type { Transitions } from '../config/types.js';
import { inPageSpelling, inSchemaSpelling } from '../engine/spelling.js';
import { ruleDocs, type ChangeContext, type ChangeRule } from './types.js';
import type { Span } from '../core/types.js';
import type { Row } from '../markdown/types.js';
import { columnIndex, headerSpan, lineOf, quoteList, rowNameOf } from './util.js';

const alternatives = (values: readonly string[]): string =>
  values.length === 0 ? 'nothing' : values.length === 1 ? values[0]! : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** Column → from-value → allowed to-values: every key of `transitions:` but `removed` and `added`. */
const columnMachines = (transitions: Transitions): [string, Record<string, string[]>][] =>
  Object.entries(transitions).filter(([name]) => name !== 'removed' && name !== 'added') as [string, Record<string, string[]>][];

/**
 * How rows may change between the base version and the head (`transitions:`
 * in the table's options): a value may only move to the values its state
 * machine allows (GA may only become Deprecated), a row may disappear only
 * from the values `removed.when` lists, and a new row must start with one of
 * the values `added` lists.
 */
export const transition: ChangeRule = {
  kind: 'change',
  meta: {
    id: 'transition',
    type: 'problem',
    description: "A row's values change only as the table's transitions allow, rows are removed and added only in the states they allow.",
    severity: 'error',
    docs: ruleDocs('transition'),
    messages: {
      changed: '{{column}} of "{{key}}" went from {{from}} to {{to}}; from {{from}} it may only go to {{allowed}}.',
      frozen: '{{column}} of "{{key}}" went from {{from}} to {{to}}; {{from}} is final and may not change.',
      removed:
        '"{{key}}" was removed while its {{column}} was {{value}}; a row may be removed only when {{column}} is {{allowed}}. Put the row back; to retire it, change its {{column}} to {{allowed}} first, and remove it in a later change.',
      removedWithTable:
        '{{count}} row{{s}} went with this table while {{column}} was not {{allowed}} ({{rows}}); a row may be removed only when {{column}} is {{allowed}}. Put the table back; to retire a row, change its {{column}} to {{allowed}} first, and remove it in a later change.',
      removedWithRename:
        '{{count}} row{{s}} went with this file, renamed to {{to}}, which this run does not check, while {{column}} was not {{allowed}} ({{rows}}; the table stood at line {{line}}); a row may be removed only when {{column}} is {{allowed}}. Give the file a name the run checks (markdown, in the checked folders); to retire a row, change its {{column}} to {{allowed}} first, and remove it in a later change.',
      removedWithFile:
        '{{count}} row{{s}} went with this file, deleted while {{column}} was not {{allowed}} ({{rows}}; the table stood at line {{line}}); a row may be removed only when {{column}} is {{allowed}}. Restore the file; to retire a row, change its {{column}} to {{allowed}} first, and remove it in a later change.',
      added: '"{{key}}" is new with {{column}} {{value}}; a new row must start with {{column}} {{allowed}}.',
    },
  },
  check({ source, base, head, pairs, deleted, renamedTo, options, report }) {
    const transitions = options.transitions;
    if (!transitions || !pairs) return;
    // A table that is gone took its rows with it: removals, said where the table stood.
    if (!head) {
      goneRemovals(transitions, base, pairs.removed, lineOf(source, base.table.span.line), report, deleted === true, renamedTo);
      return;
    }
    for (const [column, machine] of columnMachines(transitions)) {
      const from = columnIndex(base.table, column);
      const to = columnIndex(head.table, column);
      if (from < 0 || to < 0) continue;
      // A value the schema does not allow is allowed-values' to report, not this rule's. Any other
      // change from a state the machine names is judged, to a value the machine names or not:
      // `GA: []` makes GA final, whatever the new value.
      const listed = head.enums?.[head.table.columns[to]!];
      for (const [old, now] of [...pairs.same, ...pairs.renamed]) {
        // Compared as the schema spells the values, said as the page does (a legend may spell GA `ga`).
        const before = inSchemaSpelling(base.spelling, base.table.columns[from]!, old.cells[from]!.text);
        const after = inSchemaSpelling(head.spelling, head.table.columns[to]!, now.cells[to]!.text);
        const allowed = machine[before];
        if (before === after || allowed === undefined || (listed !== undefined && !listed.includes(after)) || allowed.includes(after)) continue;
        const page = (value: string): string => inPageSpelling(head.spelling, head.table.columns[to]!, value);
        report({
          span: now.cells[to]!.span,
          field: head.table.columns[to]!,
          rowKey: rowNameOf(now, head),
          messageId: allowed.length === 0 ? 'frozen' : 'changed',
          data: { column: head.table.columns[to]!, key: rowNameOf(now, head), from: old.cells[from]!.text, to: now.cells[to]!.text || '(empty)', allowed: alternatives(allowed.map(page)) },
        });
      }
    }
    removals(transitions, base, pairs.removed, headerSpan(head.table), report);
    for (const [column, values] of Object.entries(transitions.added ?? {})) {
      const index = columnIndex(head.table, column);
      if (index < 0) continue;
      for (const row of pairs.added) {
        const value = row.cells[index]!.text;
        if (values.includes(inSchemaSpelling(head.spelling, head.table.columns[index]!, value))) continue;
        report({
          span: row.cells[index]!.span,
          field: head.table.columns[index]!,
          rowKey: rowNameOf(row, head),
          messageId: 'added',
          data: { key: rowNameOf(row, head), column: head.table.columns[index]!, value: value || '(empty)', allowed: alternatives(values.map((v) => inPageSpelling(head.spelling, head.table.columns[index]!, v))) },
        });
      }
    }
  },
};

/**
 * Per column of `removed.when`, the rows removed while their value was one
 * it does not list, and what it lists (as the page spells it).
 */
function forbiddenRemovals(transitions: Transitions, base: ChangeContext['base'], removed: readonly Row[]): { column: string; index: number; allowed: string; rows: Row[] }[] {
  return Object.entries(transitions.removed?.when ?? {}).flatMap(([name, values]) => {
    const index = columnIndex(base.table, name);
    if (index < 0) return [];
    const column = base.table.columns[index]!;
    const rows = removed.filter((row) => !values.includes(inSchemaSpelling(base.spelling, column, row.cells[index]!.text)));
    return rows.length === 0 ? [] : [{ column, index, allowed: alternatives(values.map((v) => inPageSpelling(base.spelling, column, v))), rows }];
  });
}

/** Each row removed from a table that is still there, on its header (the row is not there to point at). */
function removals(transitions: Transitions, base: ChangeContext['base'], removed: readonly Row[], span: Span, report: ChangeContext['report']): void {
  for (const { column, index, allowed, rows } of forbiddenRemovals(transitions, base, removed)) {
    for (const old of rows) {
      const key = rowNameOf(old, base);
      report({ span, rowKey: key, field: column, messageId: 'removed', data: { key, column, value: old.cells[index]!.text || '(empty)', allowed } });
    }
  }
}

/**
 * The rows a table that is gone took with it, judged as removals but said in
 * one finding per column where the table stood: a table broken by accident
 * (table-unchecked says so) gives one more line, not one per row, and a table
 * waived on purpose with a table-unchecked comment does not waive them.
 * A file the change deleted took all its tables: each says so on line 1.
 */
function goneRemovals(transitions: Transitions, base: ChangeContext['base'], removed: readonly Row[], span: Span, report: ChangeContext['report'], deleted: boolean, renamedTo?: string): void {
  for (const { column, index, allowed, rows } of forbiddenRemovals(transitions, base, removed)) {
    const named = rows.map((row) => `${rowNameOf(row, base)}: ${row.cells[index]!.text || '(empty)'}`);
    report({
      span,
      field: column,
      // A deleted file has no line to point at: its findings are on line 1, and say where the table stood.
      messageId: deleted ? (renamedTo !== undefined ? 'removedWithRename' : 'removedWithFile') : 'removedWithTable',
      data: { ...(renamedTo !== undefined ? { to: renamedTo } : {}), line: base.table.span.line, count: rows.length, s: rows.length === 1 ? '' : 's', column, allowed, rows: named.slice(0, 20).join(', ') + (named.length > 20 ? ` and ${named.length - 20} more` : '') },
    });
  }
}
