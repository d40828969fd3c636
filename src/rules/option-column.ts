import { inPageSpelling } from '../engine/spelling.js';
import { columnKey } from '../markdown/select.js';
import { RESERVED_PROPERTIES } from '../schema/row-object.js';
import { suggest } from '../schema/suggest.js';
import type { TableOptions } from '../config/types.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, headerSpan, quoteList } from './util.js';

/** Every column an option of the table names, and where: `order.by`, `references[0].agree`. */
export function optionColumns(options: TableOptions): { column: string; option: string }[] {
  const out: { column: string; option: string }[] = [];
  const add = (column: string | undefined, option: string): void => {
    if (column !== undefined) out.push({ column, option });
  };
  add(options.key, 'key');
  if (options.unique) (options.unique.by ?? []).forEach((column) => add(column, 'unique.by'));
  if (options.order) add(options.order.by, 'order.by');
  const monotonic = options.monotonic === undefined ? [] : Array.isArray(options.monotonic) ? options.monotonic : [options.monotonic];
  monotonic.forEach((item) => add(item.column, 'monotonic'));
  add(options.legend?.column, 'legend.column');
  for (const column of Object.keys(options.notes?.requiredWhen ?? {})) add(column, 'notes.requiredWhen');
  (options.references ?? []).forEach((reference, r) => {
    add(reference.column, `references[${r}].column`);
    for (const column of Object.keys(reference.with ?? {})) add(column, `references[${r}].with`);
    for (const column of Object.keys(reference.agree ?? {})) add(column, `references[${r}].agree`);
  });
  for (const column of Object.keys(options.transitions ?? {})) if (column !== 'removed' && column !== 'added') add(column, 'transitions');
  for (const column of Object.keys(options.transitions?.removed?.when ?? {})) add(column, 'transitions.removed.when');
  for (const column of Object.keys(options.transitions?.added ?? {})) add(column, 'transitions.added');
  return out;
}

/**
 * Every value an option names for a column, and where: the states of
 * `transitions:`, its `removed.when` and `added` lists, `notes.requiredWhen`.
 */
export function optionValues(options: TableOptions): { column: string; option: string; values: string[] }[] {
  const out: { column: string; option: string; values: string[] }[] = [];
  const { transitions } = options;
  for (const [column, machine] of Object.entries(transitions ?? {})) {
    if (column === 'removed' || column === 'added' || machine === undefined) continue;
    out.push({ column, option: `transitions.${column}`, values: [...new Set([...Object.keys(machine), ...Object.values(machine as Record<string, string[]>).flat()])] });
  }
  for (const [column, values] of Object.entries(transitions?.removed?.when ?? {})) out.push({ column, option: 'transitions.removed.when', values });
  for (const [column, values] of Object.entries(transitions?.added ?? {})) out.push({ column, option: 'transitions.added', values });
  for (const [column, values] of Object.entries(options.notes?.requiredWhen ?? {})) out.push({ column, option: 'notes.requiredWhen', values });
  return out;
}

/**
 * An option that names a column the table does not have switches its check
 * off without a word: `monotonic: { column: Strat }` checks nothing, and a
 * misspelt `agree:` column hides every disagreement. Reported on the header,
 * with the closest column. A column the schema requires is left to
 * required-column, which already says the table lacks it.
 */
export const optionColumn: TableRule = {
  kind: 'table',
  meta: {
    id: 'option-column',
    type: 'problem',
    description:
      'Every column an option of the table names (key, order, unique, monotonic, legend, notes, references, transitions) is a column of the table, every value it names for a column is one the column allows, no schema property is one slip from a column no property names, and no patternProperties pattern misses a column only by case.',
    severity: 'error',
    docs: ruleDocs('option-column'),
    about: 'config',
    messages: {
      missing: 'The option {{option}} names the column "{{column}}", which this table does not have, so that check does nothing here: fix the name in the config or schema, or add the column.',
      missingSuggest: 'The option {{option}} names the column "{{column}}", which this table does not have, so that check does nothing here. Did you mean "{{suggestion}}"?',
      value: 'The option {{option}} names the value "{{value}}", which the column "{{column}}" does not allow ({{allowed}}), so no cell can match it and that part of the check does nothing: fix the value in the config or schema.',
      valueSuggest: 'The option {{option}} names the value "{{value}}", which the column "{{column}}" does not allow, so no cell can match it and that part of the check does nothing. Did you mean "{{suggestion}}"?',
      property: 'The schema\'s properties name "{{column}}", which is no column of this table, so what they say of it checks nothing here. Did you mean "{{suggestion}}"?',
      patternCase:
        'The schema\'s patternProperties pattern {{pattern}} matches the column "{{column}}" only when case is ignored, and patterns are case-sensitive, so that column goes unchecked. Write it in the header\'s case, or allow both cases ({{example}}).',
    },
  },
  check({ table, options, expectedColumns, enums, spelling, report }) {
    const seen = new Set<string>();
    for (const { column, option } of optionColumns(options)) {
      if (columnIndex(table, column) >= 0 || expectedColumns.required.some((name) => columnKey(name) === columnKey(column))) continue;
      if (seen.has(`${option}\u0000${column}`)) continue;
      seen.add(`${option}\u0000${column}`);
      const suggestion = suggest(column, table.columns);
      report({
        span: headerSpan(table),
        messageId: suggestion === undefined ? 'missing' : 'missingSuggest',
        data: { option, column, ...(suggestion !== undefined ? { suggestion } : {}) },
      });
    }
    // A schema property one slip from a column no property names (`Stauts` over `Status`, `$link` for
    // `$links`): the column goes unchecked. A property far from every column is an optional column.
    const namedKeys = new Set(expectedColumns.named.map(columnKey));
    const unnamed = [...table.columns.filter((column) => !namedKeys.has(columnKey(column))), ...RESERVED_PROPERTIES];
    for (const column of expectedColumns.named) {
      if (columnIndex(table, column) >= 0 || expectedColumns.required.some((name) => columnKey(name) === columnKey(column))) continue;
      const suggestion = RESERVED_PROPERTIES.find((name) => name.slice(1) === column.toLowerCase()) ?? suggest(column, unnamed);
      if (suggestion === undefined || seen.has(`properties\u0000${column}`)) continue;
      seen.add(`properties\u0000${column}`);
      report({ span: headerSpan(table), messageId: 'property', data: { column, suggestion } });
    }
    // A column a patternProperties pattern would match but for case (`^(go|js)$` over `Go`): properties
    // match the header whatever its case, patterns as written, and the column goes unchecked.
    for (const column of table.columns) {
      if (namedKeys.has(columnKey(column)) || expectedColumns.patterns.some((pattern) => pattern.test(column))) continue;
      const variants = [column.toLowerCase(), column.toUpperCase(), column.charAt(0).toUpperCase() + column.slice(1).toLowerCase()];
      const pattern = expectedColumns.patterns.find((candidate) => variants.some((variant) => candidate.test(variant)));
      if (pattern === undefined || seen.has(`patternProperties\u0000${pattern.source}`)) continue;
      seen.add(`patternProperties\u0000${pattern.source}`);
      const first = column.charAt(0);
      const example = first.toUpperCase() === first.toLowerCase() ? column : `[${first.toUpperCase()}${first.toLowerCase()}]${column.slice(1)}`;
      report({ span: headerSpan(table), messageId: 'patternCase', data: { pattern: pattern.source, column, example } });
    }
    // A value the column's schema does not allow: `yes: []` over cells that say `Yes` never applies.
    for (const { column, option, values } of optionValues(options)) {
      const index = columnIndex(table, column);
      const name = table.columns[index];
      const allowed = name === undefined ? undefined : enums[name];
      if (allowed === undefined) continue;
      for (const value of values) {
        const page = inPageSpelling(spelling, name!, value);
        if (allowed.includes(page) || seen.has(`${option}\u0000${column}\u0000${value}`)) continue;
        seen.add(`${option}\u0000${column}\u0000${value}`);
        const suggestion = suggest(page, allowed);
        report({
          span: headerSpan(table),
          messageId: suggestion === undefined ? 'value' : 'valueSuggest',
          data: { option, column: name!, value, allowed: quoteList(allowed, 10), ...(suggestion !== undefined ? { suggestion } : {}) },
        });
      }
    }
  },
};
