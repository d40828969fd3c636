import { itemSays, matches, referencesOf, renames, withText } from './references.js';
import { ruleDocs, type TableContext, type TableRule } from './types.js';
import type { Fix } from '../core/types.js';
import { notesUnder } from './notes.js';
import { fold, headerSpan, quoteList, replaceInCell, rowKeyOf } from './util.js';
import { itemName, looseKey, same, type Item } from '../sources/data.js';

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
      unknownInCell: '{{column}} "{{value}}" of "{{key}}" is not in {{source}}: no item has {{fields}} "{{value}}". Fix the name, or take it out of the cell if it is gone.',
      unknownSuggest: '{{column}} "{{value}}" is not in {{source}}: no item has {{fields}} "{{value}}". Did you mean "{{suggestion}}"?',
      unknownSuggestInCell: '{{column}} "{{value}}" of "{{key}}" is not in {{source}}: no item has {{fields}} "{{value}}". Did you mean "{{suggestion}}"?',
      spelling: '{{column}} "{{value}}" is spelt "{{suggestion}}" in {{source}}: write it as the source does (a name is matched exactly).',
      spellingOneOf: '{{column}} "{{value}}" is not in {{source}} as written, which has {{spellings}}, names that differ only in case: write the one the row means.',
      spellingAlike: '{{column}} "{{value}}" is spelt "{{suggestion}}" in {{source}}: the row writes {{chars}}, which only look{{verb}} like the source\'s letters; type the name as the source does (a name is matched exactly).',
      unknownWith: '{{column}} "{{value}}" with {{with}} is not in {{source}}: its items "{{value}}" have {{have}}. Fix the row, or remove it if it is gone.',
      patternNothing:
        'The reference to {{source}} reads {{column}} with the pattern {{pattern}}, which finds a value in none of its {{count}} filled cells, so nothing there is checked against {{source}}: fix the pattern (its group "value" is one value of a cell).',
      noneNamed:
        'No {{column}} row names an item of {{source}}: none of its {{count}} values, such as "{{value}}", is the {{fields}} of an item, such as "{{example}}", so nothing in the table is checked against {{source}}. Do the rows write another name of the items? Key the source (its key:) by the field that holds it.',
      noneNamedField:
        'No {{column}} row names an item of {{source}}: none of its {{count}} values, such as "{{value}}", is the {{fields}} of an item, such as "{{example}}", so nothing in the table is checked against {{source}}. The rows write the items\' {{field}} ("{{value}}" is the {{field}} of "{{example}}"): add {{field}} to the source\'s key:.',
      patternMissed:
        '{{column}} of "{{key}}" holds nothing the pattern {{pattern}} reads as a value, so it is not checked against {{source}}: write the value as the other rows do, or widen the pattern.',
    },
  },
  check(context) {
    const { source, table, report } = context;
    // A column the reference reads that the table lacks is option-column's to say.
    for (const resolved of referencesOf(context)) {
      const { data, column, reference, within } = resolved;
      const name = table.columns[column]!;
      const suggestions = renames(context, resolved);
      const found = matches(context, resolved);
      if (reference.pattern !== undefined) {
        // A filled cell in which the pattern finds no value is not checked at all: another org's team
        // link under a pattern that names the org, or a pattern with a slip that matches nowhere.
        const valued = new Set(found.map((match) => match.row));
        const filled = context.rows.filter((row) => (row.cells[column]?.text ?? '') !== '');
        const missed = filled.filter((row) => !valued.has(row));
        const about = { column: name, source: data.name, pattern: reference.pattern };
        if (filled.length > 0 && missed.length === filled.length) {
          report({ span: headerSpan(table), messageId: 'patternNothing', data: { ...about, count: filled.length }, severity: reference.unknown === 'off' ? 'warning' : reference.unknown });
        } else {
          for (const row of missed) {
            report({ span: row.cells[column]!.span, field: name, rowKey: rowKeyOf(row, context.keyIndex), messageId: 'patternMissed', data: { ...about, key: rowKeyOf(row, context.keyIndex) }, severity: 'warning' });
          }
        }
      }
      noneNamed(context, resolved, found);
      for (const { row, value, keyed, named: items, spellings } of found) {
        if (value === '') continue;
        const cell = row.cells[column]!;
        if (spellings) {
          // Two items whose names differ only in case: which one the row means is for a person to say.
          report({ span: cell.span, field: name, rowKey: rowKeyOf(row, context.keyIndex), messageId: 'spellingOneOf', data: { column: name, value, source: data.name, spellings: quoteList(spellings, 10) }, severity: reference.unknown });
          continue;
        }
        // Within a cell of several values, the value's own place (the first time it is written there).
        const written = placeOf(source.slice(cell.span.offset, cell.span.endOffset), value);
        const span =
          reference.pattern === undefined || written < 0
            ? cell.span
            : { ...cell.span, column: cell.span.column + written, endColumn: cell.span.column + written + value.length, offset: cell.span.offset + written, endOffset: cell.span.offset + written + value.length };
        if (keyed.length > 0 && items.length === 0) {
          // The name is known, but not with what the row's `with:` cells say (a stage the gate never had).
          const cell = row.cells[within[0]!.index]!;
          // One column: `Stage "Alpha" and "Beta"`; several: each item's combination.
          const have =
            within.length === 1
              ? `${within[0]!.column} ${quoteList([...new Set(keyed.map((item) => itemSays(context, item, within[0]!)))], 10)}`
              : quoteList([...new Set(keyed.map((item) => within.map((tie) => `${tie.column} ${itemSays(context, item, tie)}`).join(', ')))], 10);
          report({
            span: cell.span,
            field: within[0]!.column,
            rowKey: rowKeyOf(row, context.keyIndex),
            messageId: 'unknownWith',
            data: { column: name, value, with: withText(row, within), source: data.name, have },
            severity: reference.unknown,
          });
          continue;
        }
        if (items.length > 0) {
          // Matched without regard to case: the source's own spelling is the name to write.
          if (items.some((item) => data.key.some((field) => item[field] !== undefined && same(item[field]) === same(value)))) continue;
          const spelt = data.key.map((field) => items[0]![field]).find((text) => text !== undefined && looseKey(text) === looseKey(value));
          if (spelt === undefined) continue;
          const fix = withNote(context, column, value, spelt, replaceInCell(source, cell, value, spelt));
          // `ＫelvinGate` with a full-width Ｋ reads as the source's name: say which characters differ.
          const alike = lookalikesIn(value);
          const chars = alike.join(', ');
          report({
            span,
            field: name,
            rowKey: rowKeyOf(row, context.keyIndex),
            messageId: alike.length === 0 ? 'spelling' : 'spellingAlike',
            data: { column: name, value, source: data.name, suggestion: spelt, chars, verb: alike.length === 1 ? 's' : '' },
            suggestion: spelt,
            ...(fix ? { fix } : {}),
            severity: 'warning',
          });
          continue;
        }
        const suggestion = suggestions.get(value);
        const fix = suggestion === undefined ? undefined : withNote(context, column, value, suggestion, replaceInCell(source, cell, value, suggestion));
        report({
          span,
          field: name,
          rowKey: rowKeyOf(row, context.keyIndex),
          // A value read out of a cell by `pattern` is one of several there: the row is named too.
          messageId: reference.pattern !== undefined ? (suggestion !== undefined ? 'unknownSuggestInCell' : 'unknownInCell') : suggestion !== undefined ? 'unknownSuggest' : 'unknown',
          data: { column: name, value, key: rowKeyOf(row, context.keyIndex), source: data.name, fields: data.key.join(' or '), ...(suggestion !== undefined ? { suggestion } : {}) },
          ...(suggestion !== undefined ? { suggestion } : {}),
          ...(fix ? { fix } : {}),
          severity: reference.unknown,
        });
      }
    }
  },
};

/**
 * A table none of whose values names an item checks nothing against the
 * source, whatever `unknown:` says (with `unknown: off`, the `agree:` columns
 * would pass unread): the rows write one field of the items (a gate's name)
 * and the source is keyed by another (its Go constant). Said once, on the
 * header, with the field the rows do write when the items have one.
 */
function noneNamed(context: TableContext, { data, column, reference }: ReturnType<typeof referencesOf>[number], found: ReturnType<typeof matches>): void {
  const values = found.filter((match) => match.value !== '');
  if (values.length === 0 || values.some((match) => match.keyed.length > 0 || match.spellings)) return;
  // On a table of a row or two, each row's own finding says it already (unless `unknown: off` silenced them).
  if (reference.unknown !== 'off' && values.length < 3) return;
  const first = values[0]!;
  const about = { column: context.table.columns[column]!, source: data.name, fields: data.key.join(' or '), count: values.length, value: first.value };
  // The field of the items, other than the key, that holds most of the rows' values (at least half of them,
  // in any case): what the rows write. One value that happens to equal a state is no such field.
  const written = new Map(values.map((match) => [looseKey(match.value), match.value]));
  const held = new Map<string, { values: Set<string>; item: Item; value: string }>();
  for (const item of data.items) {
    for (const [name, text] of Object.entries(item)) {
      const value = data.key.includes(name) ? undefined : written.get(looseKey(text));
      if (value === undefined) continue;
      const field = held.get(name) ?? { values: new Set<string>(), item, value };
      field.values.add(looseKey(value));
      held.set(name, field);
    }
  }
  const best = [...held].sort(([, a], [, b]) => b.values.size - a.values.size)[0];
  const [field, { item: example, value } = { item: data.items[0]!, value: first.value }] = best && best[1].values.size * 2 >= written.size ? best : [];
  const span = headerSpan(context.table);
  // As a pattern that finds nothing: a warning at least, since `unknown: off` turns off the rows' findings, not this.
  const severity = reference.unknown === 'off' ? 'warning' : reference.unknown;
  const named = itemName(data, example);
  if (field === undefined) context.report({ span, messageId: 'noneNamed', data: { ...about, example: named }, severity });
  else context.report({ span, messageId: 'noneNamedField', data: { ...about, value, field, example: named }, severity });
}

/**
 * Where a value stands in a cell's markdown: the first place it stands as a
 * whole name (`agent` in `[@k/agent](…)`, not inside `[@k/agent-ctl](…)`,
 * which may come first), else the first place at all, else -1.
 */
function placeOf(raw: string, value: string): number {
  const part = /[\p{L}\p{N}_-]/u;
  let first = -1;
  for (let at = raw.indexOf(value); at >= 0; at = raw.indexOf(value, at + 1)) {
    if (first < 0) first = at;
    if (!part.test(raw.charAt(at - 1)) && !part.test(raw.charAt(at + value.length))) return at;
  }
  return first;
}

/**
 * A rename of a row's key that also renames the row's notes (`- **Old**: …`
 * under the notes heading, in any case, as the note rules match them): one
 * fix over all the places, so --fix never trades an unknown name for a row
 * without its note. A row without notes keeps its fix alone; one whose
 * notes cannot all be renamed (a note of the new name is there already, or
 * the key is not written plainly in one) gets none: a person merges them.
 */
function withNote(context: TableContext, column: number, from: string, to: string, fix: Fix | undefined): Fix | undefined {
  const { options, document, source, keyIndex } = context;
  if (!fix || column !== keyIndex || !options.notes) return fix;
  const notes = notesUnder(document, options.notes.heading);
  const named = notes.filter((note) => fold(note.key) === fold(from));
  if (named.length === 0) return fix;
  if (notes.some((note) => fold(note.key) === fold(to))) return undefined;
  const fixes: Fix[] = [fix];
  for (const note of named) {
    const written = source.slice(note.span.offset, note.span.endOffset);
    const at = written.indexOf(note.key);
    if (at < 0) return undefined;
    fixes.push({ range: [note.span.offset + at, note.span.offset + at + note.key.length], text: to });
  }
  fixes.sort((a, b) => a.range[0] - b.range[0]);
  let text = fixes[0]!.text;
  for (let i = 1; i < fixes.length; i++) {
    if (fixes[i - 1]!.range[1] > fixes[i]!.range[0]) return undefined;
    text += source.slice(fixes[i - 1]!.range[1], fixes[i]!.range[0]) + fixes[i]!.text;
  }
  return { range: [fixes[0]!.range[0], fixes[fixes.length - 1]!.range[1]], text };
}

/** The characters of `value` that NFKC writes otherwise (a full-width letter, a ligature), as `U+FF2B (read as "K")`. */
function lookalikesIn(value: string): string[] {
  const found = new Set<string>();
  for (const char of value) {
    if (char.charCodeAt(0) < 0x80) continue;
    const plain = char.normalize('NFKC');
    if (plain !== char) found.add(`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (read as "${plain}")`);
  }
  return [...found];
}
