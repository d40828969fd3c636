import { notedKeys, notesUnder, reportedNotes } from './notes.js';
import { ruleDocs, type TableRule } from './types.js';
import { suggest } from '../schema/suggest.js';
import { fold, rowKeyOf } from './util.js';

/** Note-to-row comparisons for "did you mean" per table: 8,000 stray notes and rows took 33 s without a bound. */
const MAX_SUGGESTION_PAIRS = 200_000;

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
      unknownSuggest:
        'The note "**{{key}}**" under "{{heading}}" names no {{column}} in the table on line {{line}}, nor in another table of the page. Did you mean "{{suggestion}}", a row with no note? (Rename it only if it is that row\'s note.)',
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
    const all = notesUnder(document, notes.heading);
    let unnoted: string[] | undefined;
    let asked = 0;
    for (const note of all) {
      if (own.has(fold(note.key)) || shared.has(fold(note.key)) || reported.has(note)) continue;
      reported.add(note);
      // The rows of this table that no note names, asked once per table and only when a note is unknown.
      unnoted ??= (() => {
        const noted = new Set(all.map((other) => fold(other.key)));
        return [...new Set(rows.map((row) => rowKeyOf(row, keyIndex)))].filter((key) => key !== '' && !noted.has(fold(key)));
      })();
      // No fix: a key one slip from another (CPUGate, GPUGate) is as often another row as a rename.
      // Asked only while the pairs stay few: each is an edit distance.
      asked += unnoted.length;
      const suggestion = asked <= MAX_SUGGESTION_PAIRS ? suggest(note.key, unnoted) : undefined;
      report({
        span: note.span,
        rowKey: note.key,
        messageId: suggestion !== undefined ? 'unknownSuggest' : 'unknown',
        data: { key: note.key, heading: notes.heading, column: table.columns[keyIndex] ?? '', line: table.span.line, ...(suggestion !== undefined ? { suggestion } : {}) },
        ...(suggestion !== undefined ? { suggestion } : {}),
      });
    }
  },
};
