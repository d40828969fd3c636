/** What the three reference rules share: each `references:` item of a table, with its source and column. */
import type { Reference } from '../config/types.js';
import { lookup, type Item, type SourceData } from '../sources/data.js';
import type { TableContext } from './types.js';
import { columnIndex } from './util.js';

export interface ResolvedReference {
  reference: Reference;
  data: SourceData;
  /** Index of the column whose value names an item. */
  column: number;
}

/** The table's references whose source is loaded and whose column the table has (a missing column is reported by reference-unknown). */
export function referencesOf(context: TableContext): ResolvedReference[] {
  const out: ResolvedReference[] = [];
  for (const reference of context.options.references ?? []) {
    const data = context.sources.get(reference.source);
    const column = reference.column === undefined ? context.keyIndex : columnIndex(context.table, reference.column);
    if (data && column >= 0) out.push({ reference, data, column });
  }
  return out;
}

/** For each row, the items its value names (none when the value is empty or unknown). */
export function matches({ rows }: TableContext, { data, column }: ResolvedReference): { row: TableContext['rows'][number]; value: string; items: readonly Item[] }[] {
  return rows.map((row) => {
    const value = row.cells[column]?.text ?? '';
    return { row, value, items: value === '' ? [] : lookup(data, value) };
  });
}
