import { notesUnder } from './notes.js';
import { ruleMeta, type TableRule } from './types.js';
import { fold, rowKeyOf } from './util.js';

export const noteUnknownKey: TableRule = {
  meta: ruleMeta('note-unknown-key', 'Every note under the notes heading names a row of the table.', 'warning'),
  check({ document, table, rows, options, keyIndex, report }) {
    const notes = options.notes;
    if (!notes || notes.reportUnknown === false) return;
    const keys = new Set(rows.map((row) => fold(rowKeyOf(row, keyIndex))));
    const column = table.columns[keyIndex];
    for (const note of notesUnder(document, notes.heading)) {
      if (keys.has(fold(note.key))) continue;
      report({
        span: note.span,
        rowKey: note.key,
        message: `The note "**${note.key}**" under "${notes.heading}" names no ${column} in the table on line ${table.span.line}: fix the name or remove the note.`,
      });
    }
  },
};
