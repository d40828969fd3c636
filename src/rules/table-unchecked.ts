import { missingColumns } from '../markdown/select.js';
import { ruleDocs, type ChangeRule } from './types.js';
import { headerSpan, lineOf, quoteList } from './util.js';

/**
 * A table a preset or config entry checked at the base version that nothing
 * checks in the head (found by position or by its key column): a pull
 * request must not be able to take a table out of the check by editing its
 * header. Reported on the head table's header, naming the lost columns.
 *
 * A table with no counterpart at all in the head is reported too, on the
 * line where it stood: a broken delimiter row, a fence, an HTML comment or a
 * four-space indent turns a table into text as surely as deleting it, and
 * the rows would go unchecked with a green check. Removing a checked table
 * on purpose is a visible act: a disable comment with a reason.
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
      gone: 'The table {{table}} (line {{line}} before this change), checked by {{judge}}, is gone: no table here has its columns or its place, so its {{rows}} row{{s}} {{are}} no longer checked. If an edit broke it (its delimiter row, a fence, an HTML comment, an indent), mend the table; if it was removed on purpose, add <!-- support-table-lint-disable-file table-unchecked -- why --> to the file.',
      changed: 'This table was checked by {{judge}} before this change, and nothing checks it now: its header changed from {{before}} to {{after}}. Restore the header, or move the table out of the checked files on purpose.',
      baseUnread: 'This file was not compared with its version before this change, which could not be linted, so no rule on how its rows may change ran: review the change to its tables by hand. Before this change: {{reason}}',
      heading:
        'This table was checked by {{judge}} before this change, and nothing checks it now, though its header is the same: the headings above it changed ({{before}} before, {{after}} now), and the config picks tables by heading. Restore the heading, or move the table out of the checked files on purpose with <!-- support-table-lint-disable-file table-unchecked -- why -->.',
      uncovered: 'This table was checked by {{judge}} before this change, and nothing checks it now, though its header is the same: the file is no longer one the config checks (renamed or moved out of the entry\'s files:?). Give it back its name, or move the table out of the checked files on purpose with <!-- support-table-lint-disable-file table-unchecked -- why -->.',
    },
  },
  check({ source, base, head, deleted, report }) {
    // A page deleted whole was deleted on purpose (and has no line to hold a disable comment): its rows
    // are removals, which the transition rule judges, and the keyed diff lists.
    if (deleted) return;
    if (!head) {
      report({
        span: lineOf(source, base.table.span.line),
        messageId: 'gone',
        data: { table: base.table.columns.join(' | '), line: base.table.span.line, judge: judgeText(base.label), rows: base.rows.length, s: base.rows.length === 1 ? '' : 's', are: base.rows.length === 1 ? 'is' : 'are' },
      });
      return;
    }
    if (head.judged) return;
    const lost = missingColumns(head.table.columns, base.table.columns);
    const same = lost.length === 0 && missingColumns(base.table.columns, head.table.columns).length === 0;
    // The same header under other headings: an entry that matches by heading let go of it.
    const headings = (table: typeof head.table): string => (table.headingPath.length === 0 ? '(none)' : table.headingPath.map((heading) => `"${heading}"`).join(' > '));
    const moved = same && headings(base.table) !== headings(head.table);
    report({
      span: headerSpan(head.table),
      messageId: lost.length > 0 ? 'lost' : moved ? 'heading' : same ? 'uncovered' : 'changed',
      data: {
        judge: judgeText(base.label),
        lost: quoteList(lost),
        s: lost.length === 1 ? '' : 's',
        before: moved ? headings(base.table) : quoteList(base.table.columns),
        after: moved ? headings(head.table) : quoteList(head.table.columns),
      },
    });
  },
};

/**
 * A judge as a contributor who has never seen the config can read it: a
 * config entry's label (`tables[0] (preset …)`) is a path in the config, so
 * it says so.
 */
const judgeText = (label: string): string => label.replace(/^tables\[(\d+)\]/, 'the entry tables[$1] of the support-table-lint config');
