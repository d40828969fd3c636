import { ruleDocs, type RunRule } from './types.js';
import { renameHeaderCell } from './util.js';

/**
 * A table left alone that has every column a preset or entry needs but one,
 * and a header cell close to the missing name (`STATE` for `STATUS`): most
 * likely a typo that silently turned the check off. Reported on the header
 * cell. The fix renames it only when the name it lacks is a built-in
 * preset's: a name the user wrote in a config or schema may be the slip
 * (`required: [Stauts]` next to a page's right `Status`), and `--fix` must
 * not copy it into the page. The engine tells which judge the table
 * almost matched (engine/judge.ts `nearMiss`, with `closeColumn` below).
 */
export const nearMatch: RunRule = {
  kind: 'run',
  meta: {
    id: 'near-match',
    type: 'suggestion',
    description:
      'A table that has all but one of the columns a preset or config entry needs, and a header cell close to the missing one (or a table of the page that judge checks, as wide), is reported (it is not checked).',
    severity: 'warning',
    docs: ruleDocs('near-match'),
    fixable: 'code',
    messages: {
      near: 'This table is not checked: it has the columns of {{judge}} except "{{missing}}". Did you mean "{{missing}}" for "{{column}}"? Rename the column to check the table.',
      sibling:
        'This table is not checked: it has the columns of {{judge}}, which checks the table on line {{line}}, except "{{missing}}" ("{{column}}" here). If it is the same kind of table, rename "{{column}}" to "{{missing}}"; if not, add <!-- support-table-lint-disable-next-table near-match --> above it.',
      nearWritten:
        'This table is not checked: it has the columns of {{judge}} except "{{missing}}", and "{{column}}" is close to it. Rename the column to check the table, or, if the slip is in the config or schema, correct "{{missing}}" there.',
    },
  },
  check({ facts, report }) {
    const near = facts.leftAlone?.near;
    if (!near) return;
    const { table } = facts.leftAlone!;
    const cell = table.header[near.column]!;
    // Renamed in place when the cell is plain text; a cell with markup is left to the user.
    // A sibling's different name is no typo: nothing is renamed for it.
    const fix = near.presetColumns && near.sibling === undefined ? renameHeaderCell(cell, near.missing) : undefined;
    report({
      span: cell.span,
      field: near.missing,
      messageId: near.sibling !== undefined ? 'sibling' : near.presetColumns ? 'near' : 'nearWritten',
      data: { judge: near.label, missing: near.missing, column: table.columns[near.column]!, ...(near.sibling !== undefined ? { line: near.sibling } : {}) },
      ...(near.sibling === undefined ? { suggestion: near.missing } : {}),
      ...(fix ? { fix } : {}),
    });
  },
};

export { closeColumn } from '../markdown/select.js';
