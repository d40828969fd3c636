import { inPageSpelling } from '../engine/spelling.js';
import { itemName } from '../sources/data.js';
import { matches, referencesOf } from './references.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, quoteList, replaceInCell, rowKeyOf } from './util.js';

/**
 * A column that must say what the source of truth says about the row's item
 * (a gate's graduation), through an optional value map ("General
 * Availability" → GA). The fix writes the source's value.
 */
export const referenceDisagree: TableRule = {
  kind: 'table',
  meta: {
    id: 'reference-disagree',
    type: 'problem',
    description: 'Columns the config ties to a field of the source of truth agree with the matched item.',
    severity: 'error',
    docs: ruleDocs('reference-disagree'),
    fixable: 'code',
    messages: {
      mapped: '{{column}} "{{value}}" of "{{key}}" disagrees with {{source}} ({{item}}: {{field}} "{{raw}}" → {{expected}}).',
      plain: '{{column}} "{{value}}" of "{{key}}" disagrees with {{source}} ({{item}}: {{field}} "{{expected}}").',
      unmapped: '{{column}} "{{value}}" of "{{key}}" cannot be checked: {{source}} says {{field}} "{{raw}}" ({{item}}), which {{column}} does not allow, and the config\'s map does not translate: add it to agree → {{column}} → map (or, if the source misread it, mend the source\'s pattern or field).',
      noField: '{{column}} "{{value}}" of "{{key}}" cannot be checked: {{item}} in {{source}} has no {{field}} (or an empty one, or not as text, a number or true/false): give the item its {{field}}.',
      ambiguous: '{{column}} "{{value}}" of "{{key}}" cannot be checked: {{source}} has {{count}} items named "{{item}}" that disagree on {{field}} ({{values}}): set pick: last (or first) on this reference to say which one the row follows.',
    },
  },
  check(context) {
    const { source, table, report } = context;
    for (const resolved of referencesOf(context)) {
      const { data, reference } = resolved;
      const agree = Object.entries(reference.agree ?? {})
        .map(([column, rule]) => ({ index: columnIndex(table, column), ...rule }))
        .filter(({ index }) => index >= 0);
      if (agree.length === 0) continue;
      for (const { row, value: rowValue, items } of matches(context, resolved)) {
        if (items.length === 0) continue;
        for (const { index, field, map } of agree) {
          const cell = row.cells[index]!;
          const key = rowKeyOf(row, context.keyIndex);
          const about = { column: table.columns[index]!, value: cell.text, key, source: data.name, item: itemName(data, items[0]!, rowValue), field };
          // An empty field says nothing either (unless the map translates it): a fix to "" would blank the cell.
          const known = items.filter((item) => item[field] !== undefined && (item[field] !== '' || map?.[''] !== undefined));
          // An item that cannot say is a finding, not a pass: a YAML null, a list, a field left out or empty.
          if (known.length === 0) {
            report({ span: cell.span, field: table.columns[index]!, rowKey: key, messageId: 'noField', data: about, severity: 'warning' });
            continue;
          }
          // A value the map does not list, and the column does not allow, would be written into the
          // table as the source spells it (`maintenance`): the map is what lacks it.
          // What a cell should say, as the page spells it (a legend may spell GA `ga`).
          const expect = (raw: string): string => inPageSpelling(context.spelling, table.columns[index]!, map?.[raw] ?? raw);
          const allowed = context.enums[table.columns[index]!];
          const unmapped = allowed ? known.filter((item) => !allowed.includes(expect(item[field]!))) : [];
          if (unmapped.length === known.length && !known.some((item) => item[field] === cell.text)) {
            report({ span: cell.span, field: table.columns[index]!, rowKey: key, messageId: 'unmapped', data: { ...about, item: itemName(data, unmapped[0]!, rowValue), raw: unmapped[0]![field]! } });
            continue;
          }
          const expectations = known.map((item) => ({ item, raw: item[field]!, expected: expect(item[field]!) }));
          // Items that share the key and say different things (a gate's Alpha and its Beta): which one is the row's is the config's to say.
          const distinct = [...new Set(expectations.map(({ expected }) => expected))];
          if (distinct.length > 1 && reference.pick === undefined) {
            report({ span: cell.span, field: table.columns[index]!, rowKey: key, messageId: 'ambiguous', data: { ...about, item: rowValue, count: known.length, values: quoteList(distinct) }, severity: 'warning' });
            continue;
          }
          if (expectations.some(({ expected }) => expected === cell.text)) continue;
          const { item, raw, expected } = expectations[0]!;
          const fix = cell.text === '' || expected === '' ? undefined : replaceInCell(source, cell, cell.text, expected);
          report({
            span: cell.span,
            field: table.columns[index]!,
            rowKey: rowKeyOf(row, context.keyIndex),
            messageId: raw === expected ? 'plain' : 'mapped',
            data: { column: table.columns[index]!, value: cell.text, key: rowKeyOf(row, context.keyIndex), source: data.name, item: itemName(data, item, rowValue), field, raw, expected },
            suggestion: expected,
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
};
