import { notesUnder } from './notes.js';
import { ruleDocs, type TableRule } from './types.js';
import { fold, rowKeyOf } from './util.js';

export const noteUnknownKey: TableRule = {
  kind: 'table',
  meta: {
    id: 'note-unknown-key',
    type: 'suggestion',
    description: 'Every note under the notes heading names a row of the table.',
    severity: 'warning',
    docs: ruleDocs('note-unknown-key'),
    messages: {
      unknown: 'The note "**{{key}}**" under "{{heading}}" names no {{column}} in the table on line {{line}}: fix the name or remove the note.',
    },
  },
  check({ document, table, rows, options, keyIndex, report }) {
    const notes = options.notes;
    if (!notes || notes.reportUnknown === false) return;
    const keys = new Set(rows.map((row) => fold(rowKeyOf(row, keyIndex))));
    for (const note of notesUnder(document, notes.heading)) {
      if (keys.has(fold(note.key))) continue;
      report({
        span: note.span,
        rowKey: note.key,
        messageId: 'unknown',
        data: { key: note.key, heading: notes.heading, column: table.columns[keyIndex] ?? '', line: table.span.line },
      });
    }
  },
};
