import { keyValues } from '../sources/data.js';
import { suggest } from '../schema/suggest.js';
import { matches, referencesOf } from './references.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, replaceInCell, rowKeyOf } from './util.js';

/** Suggestions compare with every key of the source; past this many unknown rows per reference, only the first get one. */
const MAX_SUGGESTIONS = 50;

/**
 * A row whose value names no item of the source it references: a gate that
 * does not exist (any more), or a name misspelt or renamed. A close key is
 * suggested, with a fix.
 */
export const referenceUnknown: TableRule = {
  kind: 'table',
  meta: {
    id: 'reference-unknown',
    type: 'problem',
    description: "A row's value names an item of the source of truth the table references.",
    severity: 'error',
    docs: ruleDocs('reference-unknown'),
    fixable: 'code',
    messages: {
      unknown: '{{column}} "{{value}}" is not in {{source}}: no item has {{fields}} "{{value}}". Fix the name, or remove the row if it is gone.',
      unknownSuggest: '{{column}} "{{value}}" is not in {{source}}: no item has {{fields}} "{{value}}". Did you mean "{{suggestion}}"?',
      noColumn: 'The table has no "{{column}}" column, which its reference to {{source}} reads: add the column, or fix `column:` in the config.',
    },
  },
  check(context) {
    const { source, table, report } = context;
    for (const reference of context.options.references ?? []) {
      if (reference.column !== undefined && columnIndex(table, reference.column) < 0 && context.sources.has(reference.source)) {
        report({ span: table.header[0]!.span, messageId: 'noColumn', data: { column: reference.column, source: reference.source }, severity: reference.unknown });
      }
    }
    for (const resolved of referencesOf(context)) {
      const { data, column, reference } = resolved;
      const name = table.columns[column]!;
      let suggested = 0;
      for (const { row, value, items } of matches(context, resolved)) {
        if (value === '' || items.length > 0) continue;
        const candidates = suggested++ < MAX_SUGGESTIONS ? keyValues(data).filter((key) => Math.abs(key.length - value.length) <= 3) : [];
        const suggestion = suggest(value, candidates);
        const cell = row.cells[column];
        const fix = suggestion === undefined ? undefined : replaceInCell(source, cell, value, suggestion);
        report({
          span: cell!.span,
          field: name,
          rowKey: rowKeyOf(row, context.keyIndex),
          messageId: suggestion === undefined ? 'unknown' : 'unknownSuggest',
          data: { column: name, value, source: data.name, fields: data.key.join(' or '), ...(suggestion !== undefined ? { suggestion } : {}) },
          ...(suggestion !== undefined ? { suggestion } : {}),
          ...(fix ? { fix } : {}),
          severity: reference.unknown,
        });
      }
    }
  },
};
