import type { Row, Table } from '../markdown/types.js';

export const rowKeyOf = (row: Row, keyIndex: number): string => row.cells[keyIndex]?.text ?? '';

/** Case-insensitive comparison key; rules that talk about "the same key" use it. */
export const fold = (text: string): string => text.toLowerCase();

/** `"Feature"` for one, `"Feature" and "Notes"` for two, a comma list for more. */
export const quoteList = (items: readonly string[]): string => {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 2 ? quoted.join(' and ') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
};

/**
 * Rows split into the runs a scoped rule looks at: the whole table, or each
 * group (rows under the same group label).
 */
export const scopeRuns = (rows: Row[], scope: 'table' | 'group'): Row[][] => {
  if (scope === 'table') return [rows];
  const runs = new Map<string | null, Row[]>();
  for (const row of rows) {
    const run = runs.get(row.group) ?? [];
    run.push(row);
    runs.set(row.group, run);
  }
  return [...runs.values()];
};

export const columnIndex = (table: Table, name: string): number =>
  table.columns.findIndex((column) => fold(column) === fold(name));
