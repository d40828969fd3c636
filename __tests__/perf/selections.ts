/**
 * What a selection may change in the fast reader's output, checked against
 * the reference parse (shared by the differential and the shapes tests).
 *
 * - No table selected: the same tables and headers, directives equal; tables
 *   read row by row lose their rows, and headings, notes and heading paths
 *   are not read (only judging of a selected table needs them).
 * - The first (or the last) table's columns selected: headings, notes and directives equal,
 *   every selected table equal in full, the others equal but for their rows.
 * - `notes: false`: the same, without notes.
 * - `headings: false` (nothing reads headings): as with no table selected,
 *   but selected tables keep their rows.
 */
import { readMarkdownFast } from '../../src/markdown/fast.js';
import { loadParser } from '../../src/markdown/read.js';
import { selects, type TableSelection } from '../../src/markdown/select.js';
import type { MarkdownDocument, Table } from '../../src/markdown/types.js';

// The reader loads the markdown parser on demand; these tests call it directly.
await loadParser();

const unrowed = (tables: Table[]) => tables.map(({ rows: _rows, skipped: _skipped, span: _span, ...rest }) => rest);

export function expectSelections(source: string, reference: MarkdownDocument): void {
  const none = readMarkdownFast(source, { select: { candidates: [] } });
  const pathless = reference.tables.map((table) => ({ ...table, headingPath: [] }));
  expect(unrowed(none.tables)).toEqual(unrowed(pathless));
  none.tables.forEach((table, i) => {
    if (!table.skipped) expect(table).toEqual(pathless[i]);
  });
  expect([none.headings, none.notes, none.directives]).toEqual([[], [], reference.directives]);
  expect(readMarkdownFast(source, { select: { candidates: [], notes: false } })).toEqual(none);

  // The first table selected, then the last (a table read after text the reader deferred).
  const ends = [reference.tables[0], reference.tables.at(-1)].filter((table) => table !== undefined);
  for (const { columns } of new Map(ends.map((table) => [table.columns.join('\0'), table])).values()) {
    const select: TableSelection = { candidates: [{ columns, tolerance: 0 }] };
    const some = readMarkdownFast(source, { select });
    expect(unrowed(some.tables)).toEqual(unrowed(reference.tables));
    some.tables.forEach((table, i) => {
      if (!table.skipped || selects(select, table.columns)) expect(table).toEqual(reference.tables[i]);
    });
    expect([some.headings, some.notes, some.directives]).toEqual([reference.headings, reference.notes, reference.directives]);
    expect(readMarkdownFast(source, { select: { ...select, notes: false } })).toEqual({ ...some, notes: [] });
    const bare = readMarkdownFast(source, { select: { ...select, notes: false, headings: false } });
    expect(bare).toEqual({ ...some, tables: some.tables.map((table) => ({ ...table, headingPath: [] })), headings: [], notes: [] });
  }
}
