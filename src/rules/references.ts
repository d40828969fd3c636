/** What the three reference rules share: each `references:` item of a table, with its source and column. */
import type { Reference } from '../config/types.js';
import type { SeverityOrOff } from '../core/types.js';
import { compilePattern } from '../schema/regex.js';
import { suggest } from '../schema/suggest.js';
import { keyValues, lookup, type Item, type SourceData } from '../sources/data.js';
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

/**
 * For each row, each value it names and the items the value names (none when
 * the value is empty or unknown): the cell's text, or with `pattern:` the
 * group `value` of every match in it (a cell of three team links is three
 * values; a cell with no match, none). `items` is what the row must agree
 * with: with `pick:`, only the first or the last of items that share the key.
 */
export function matches({ rows }: TableContext, { data, column, reference }: ResolvedReference): { row: TableContext['rows'][number]; value: string; items: readonly Item[] }[] {
  const picked = (items: readonly Item[]): readonly Item[] =>
    items.length < 2 || reference.pick === undefined ? items : [reference.pick === 'first' ? items[0]! : items.at(-1)!];
  const named = (row: TableContext['rows'][number], value: string) => ({ row, value, items: value === '' ? [] : picked(lookup(data, value)) });
  if (reference.pattern === undefined) return rows.map((row) => named(row, row.cells[column]?.text ?? ''));
  const pattern = compilePattern(reference.pattern);
  return rows.flatMap((row) => {
    const text = row.cells[column]?.text ?? '';
    return pattern.execAll(text).flatMap((match) => (match.groups['value'] ? [named(row, match.groups['value'])] : []));
  });
}

/** `unlisted:` as set, else a warning for the key column (a row per item) and off for any other. */
export const unlistedSeverity = ({ reference, column }: ResolvedReference, keyIndex: number): SeverityOrOff =>
  reference.unlisted ?? (column === keyIndex ? 'warning' : 'off');

/** Unknown values for which a close key is looked for, at most: each look compares with every key of the source. */
const MAX_SUGGESTIONS = 50;

/**
 * The item key each unknown value most likely means (a rename or a typo:
 * `NetworkBindingPlugingsGate` → `NetworkBindingPluginsGate`), for the first
 * MAX_SUGGESTIONS unknown values. reference-unknown offers it as the fix,
 * and reference-unlisted does not list that item again: one finding names
 * both sides of the rename.
 */
export function renames(context: TableContext, resolved: ResolvedReference): Map<string, string> {
  const out = new Map<string, string>();
  let looked = 0;
  for (const { value, items } of matches(context, resolved)) {
    if (value === '' || items.length > 0 || out.has(value)) continue;
    if (looked++ >= MAX_SUGGESTIONS) break;
    const suggestion = suggest(value, keyValues(resolved.data).filter((key) => Math.abs(key.length - value.length) <= 3));
    if (suggestion !== undefined) out.set(value, suggestion);
  }
  return out;
}
