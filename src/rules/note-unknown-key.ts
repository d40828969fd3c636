import { notedKeys, notesUnder, reportedNotes } from './notes.js';
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
      unknown: 'The note "**{{key}}**" under "{{heading}}" names no {{column}} in the table on line {{line}}, nor in another table of the page: fix the name or remove the note.',
    },
  },
  check({ document, table, rows, options, keyIndex, report }) {
    const notes = options.notes;
    if (!notes || notes.reportUnknown === false) return;
    const own = new Set(rows.map((row) => fold(rowKeyOf(row, keyIndex))));
    // A note may name a row of another table of the page with this key column (the tables share
    // the notes), and one that names none is reported once, by the first table that checks notes.
    const shared = notedKeys(document, table.columns[keyIndex] ?? '');
    const reported = reportedNotes(document, notes.heading);
    for (const note of notesUnder(document, notes.heading)) {
      if (own.has(fold(note.key)) || shared.has(fold(note.key)) || reported.has(note)) continue;
      reported.add(note);
      report({
        span: note.span,
        rowKey: note.key,
        messageId: 'unknown',
        data: { key: note.key, heading: notes.heading, column: table.columns[keyIndex] ?? '', line: table.span.line },
      });
    }
  },
};
