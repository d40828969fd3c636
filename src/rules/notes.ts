import type { ListNote, MarkdownDocument } from '../markdown/types.js';
import { fold, perDocument } from './util.js';


/** The `- **Key**: text` notes under the named heading, its subsections included. */
export const notesUnder = (document: MarkdownDocument, heading: string): ListNote[] =>
  perDocument(document, `notes\u0000${fold(heading)}`, () => document.notes.filter((note) => note.headingPath.some((text) => fold(text) === fold(heading))));

/**
 * The rows notes may name: the key of every row of every table of the
 * document with a column of that name (a page that splits its gates over
 * several tables keeps one list of notes for all).
 */
export const notedKeys = (document: MarkdownDocument, column: string): ReadonlySet<string> =>
  perDocument(document, `keys\u0000${fold(column)}`, () => {
    const keys = new Set<string>();
    for (const table of document.tables) {
      const index = table.columns.findIndex((name) => fold(name) === fold(column));
      if (index < 0) continue;
      for (const row of table.rows) if (row.kind !== 'spacer') keys.add(fold(row.cells[index]?.text ?? ''));
    }
    return keys;
  });

/** Notes already reported as naming no row, so that the next table of the page does not report them again. */
export const reportedNotes = (document: MarkdownDocument, heading: string): Set<ListNote> => perDocument(document, `reported\u0000${fold(heading)}`, () => new Set<ListNote>());
