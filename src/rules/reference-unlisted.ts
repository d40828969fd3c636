import { itemName, lookup, type Item } from '../sources/data.js';
import { firstOnPage, itemSays, matches, namedOnPage, referencesOf, renames, unlistedSeverity } from './references.js';
import { ruleDocs, type TableRule } from './types.js';
import { headerSpan } from './util.js';

/**
 * An item of the source of truth that no row names: a registered feature
 * gate the page does not list. Each is reported once, on the table's header
 * (the row is not there to point at), in the source's order.
 */
export const referenceUnlisted: TableRule = {
  kind: 'table',
  meta: {
    id: 'reference-unlisted',
    type: 'problem',
    description: 'Every item of the source of truth the table references has a row.',
    severity: 'warning',
    docs: ruleDocs('reference-unlisted'),
    messages: {
      unlisted: '{{source}} has "{{item}}"{{also}}, but no {{column}} row names it: add a row for it.',
      unlistedHere: '{{source}} has "{{item}}"{{also}}, but no {{column}} row of this table names it (another table of the page does): add a row for it, or set scope: page on the reference if the page\'s tables list the items together.',
      unlistedInCells: '{{source}} has "{{item}}"{{also}}, but no {{column}} cell names it: name it where it belongs, or set unlisted: off for this reference.',
    },
  },
  check(context) {
    const { table, report } = context;
    const span = headerSpan(table);
    for (const resolved of referencesOf(context)) {
      const { data, column, reference, within } = resolved;
      const severity = unlistedSeverity(resolved, context.keyIndex);
      if (severity === 'off') continue;
      const page = reference.scope === 'page';
      // A page that splits its items over tables reports them once, from its first table.
      if (page && !firstOnPage(context, resolved)) continue;
      const onPage = namedOnPage(context, resolved);
      const listed = new Set<Item>(page ? onPage : []);
      // Every item a value names, not only the one `pick:` chose: the others share its key, and its row.
      // With `with:`, only the items whose stage (say) a row names: a gate's Beta has a row of its own.
      for (const { keyed, named } of matches(context, resolved)) for (const item of within.length === 0 ? keyed : named) listed.add(item);
      // An item a row names with a typo or an old name is reported once, by reference-unknown with its fix.
      for (const key of renames(context, resolved).values()) for (const item of lookup(data, key)) listed.add(item);
      const reported = new Set<string>();
      for (const item of data.items) {
        if (listed.has(item)) continue;
        const name = itemName(data, item);
        // Items that share a key (a gate's stages) want one row, so they are one finding; with `with:`, one row per stage.
        const cells = within.map((tie) => `${tie.column} "${itemSays(context, item, tie)}"`).join(' and ');
        if (reported.has(`${name}\u0000${cells}`)) continue;
        reported.add(`${name}\u0000${cells}`);
        const others = data.key
          .filter((field) => item[field] !== undefined && item[field] !== '' && item[field] !== name)
          .map((field) => `${field} ${item[field]}`);
        report({
          span,
          rowKey: name,
          field: table.columns[column]!,
          messageId: reference.pattern !== undefined ? 'unlistedInCells' : onPage.has(item) ? 'unlistedHere' : 'unlisted',
          data: { source: data.name, item: name, also: (others.length > 0 ? ` (${others.join(', ')})` : '') + (cells === '' ? '' : ` with ${cells}`), column: table.columns[column]! },
          severity,
        });
      }
    }
  },
};
