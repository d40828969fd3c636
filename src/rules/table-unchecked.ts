import { headerSpan } from '../engine/changes.js';
import { missingColumns } from '../markdown/select.js';
import { ruleDocs, type ChangeRule } from './types.js';
import { quoteList } from './util.js';

/**
 * A table a preset or config entry checked at the base version that nothing
 * checks in the head (found by position or by its key column): a pull
 * request must not be able to take a table out of the check by editing its
 * header. Reported on the head table's header, naming the lost columns.
 */
export const tableUnchecked: ChangeRule = {
  kind: 'change',
  meta: {
    id: 'table-unchecked',
    type: 'problem',
    description: 'A table that was checked before a change is still checked after it (its header keeps the columns that made it match).',
    severity: 'error',
    docs: ruleDocs('table-unchecked'),
    messages: {
      lost: 'This table was checked by {{judge}} before this change, and nothing checks it now: its header lost {{lost}}. Restore the column{{s}}, or move the table out of the checked files on purpose.',
      changed: 'This table was checked by {{judge}} before this change, and nothing checks it now: its header changed from {{before}} to {{after}}. Restore the header, or move the table out of the checked files on purpose.',
    },
  },
  check({ base, head, report }) {
    if (!head || head.judged) return;
    const lost = missingColumns(head.table.columns, base.table.columns);
    report({
      span: headerSpan(head.table),
      messageId: lost.length > 0 ? 'lost' : 'changed',
      data: {
        judge: base.label,
        lost: quoteList(lost),
        s: lost.length === 1 ? '' : 's',
        before: quoteList(base.table.columns),
        after: quoteList(head.table.columns),
      },
    });
  },
};
