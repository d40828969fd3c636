import { inSchemaSpelling } from '../engine/spelling.js';
import { suggest } from '../schema/suggest.js';
import { notesUnder } from './notes.js';
import type { ListNote } from '../markdown/types.js';
import { ruleDocs, type TableRule } from './types.js';
import { columnIndex, fold, perDocument, rowKeyOf } from './util.js';

/**
 * A status such as UNSUPPORTED only helps a reader who is told why; the
 * explanation lives in a list item under the notes heading, keyed by the row.
 */
export const noteRequired: TableRule = {
  kind: 'table',
  meta: {
    id: 'note-required',
    type: 'problem',
    description: 'A row whose status calls for an explanation has a note under the notes heading.',
    severity: 'error',
    docs: ruleDocs('note-required'),
    messages: {
      missing: '"{{key}}" is {{value}} but has no note explaining why: add "- **{{key}}**: <reason>" under the "{{heading}}" heading.',
      noSection: '"{{key}}" is {{value}} but has no note explaining why: add "- **{{key}}**: <reason>" in a "## {{heading}}" section (the document has none yet).',
      emptyNote: '"{{key}}" is {{value}} but its note (line {{line}}) says nothing: write the reason after "- **{{key}}**:".',
      nearSection: '"{{key}}" is {{value}} but has no note read for it: the document has no "{{heading}}" heading (notes.heading); did you mean "{{near}}" (line {{line}})? Its notes are read once notes.heading names it.',
    },
  },
  check({ document, table, rows, options, keyIndex, spelling, report }) {
    const notes = options.notes;
    if (!notes?.requiredWhen) return;
    // Once per page, not per table: a page of 80,000 tables under as many headings made it quadratic.
    // Notes by key; a key with only empty notes (`- **BetaGate**:` and nothing the page shows after it) maps to the first.
    const noted = perDocument(document, `noted\u0000${fold(notes.heading)}`, () => {
      const byKey = new Map<string, ListNote>();
      for (const note of notesUnder(document, notes.heading)) {
        const key = fold(note.key);
        const known = byKey.get(key);
        if (known === undefined || (known.text === '' && note.text !== '')) byKey.set(key, note);
      }
      return byKey;
    });
    const hasSection = perDocument(document, `section\u0000${fold(notes.heading)}`, () => document.headings.some((heading) => fold(heading.text) === fold(notes.heading)));
    // No such heading, and one a letter or so off (`Notse` for the page's `Notes`): the config's slip, not a missing section.
    const near = hasSection ? undefined : perDocument(document, `near\u0000${fold(notes.heading)}`, () => {
      const name = suggest(notes.heading, document.headings.map((heading) => heading.text));
      return name === undefined ? undefined : document.headings.find((heading) => heading.text === name);
    });
    for (const [column, values] of Object.entries(notes.requiredWhen)) {
      const index = columnIndex(table, column);
      if (index < 0) continue;
      for (const row of rows) {
        const value = row.cells[index]!.text;
        const key = rowKeyOf(row, keyIndex);
        // Read as the schema spells it: `Unsupported` on a page whose legend spells UNSUPPORTED so.
        const note = key === '' ? undefined : noted.get(fold(key));
        if (!values.includes(inSchemaSpelling(spelling, table.columns[index]!, value)) || key === '' || (note !== undefined && note.text !== '')) continue;
        report({
          span: row.cells[index]!.span,
          field: table.columns[index]!,
          rowKey: key,
          messageId: note ? 'emptyNote' : hasSection ? 'missing' : near ? 'nearSection' : 'noSection',
          data: { key, value, heading: notes.heading, ...(note ? { line: String(note.span.line) } : near ? { near: near.text, line: String(near.line) } : {}) },
        });
      }
    }
  },
};
