import type { ListNote, MarkdownDocument } from '../markdown/types.js';
import { fold } from './util.js';

/** The `- **Key**: text` notes under the named heading, its subsections included. */
export const notesUnder = (document: MarkdownDocument, heading: string): ListNote[] =>
  document.notes.filter((note) => note.headingPath.some((text) => fold(text) === fold(heading)));
