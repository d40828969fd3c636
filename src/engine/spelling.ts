/**
 * A page whose legend spells allowed values otherwise than the schema (the
 * schema's `Best-effort`, the page's `Best effort`) is judged in the page's
 * spelling. Every rule that compares a cell with a value the config or the
 * schema names (allowed values, notes' `requiredWhen`, transitions, a
 * source's value) reads the cell in the schema's spelling and writes in the
 * page's: one map each way, made here for the lint and the change rules alike.
 */
import type { TableOptions } from '../config/types.js';
import { findLegend, type Legend } from '../markdown/legend.js';
import type { MarkdownDocument, Row, Table } from '../markdown/types.js';
import { definesLoosely, namesAnAllowedValue, spellingsOf } from '../rules/legend.js';
import { columnIndex } from '../rules/util.js';

export interface Spelling {
  /** The column the legend defines (as the schema names it). */
  column: string;
  /** The schema's value → the page's spelling of it. */
  toPage: ReadonlyMap<string, string>;
  /** The page's spelling → the schema's value. */
  toSchema: ReadonlyMap<string, string>;
}

/**
 * The legend the options name, as found for `table`, the column it defines
 * (as the schema names it), and the page's spelling when it differs from the
 * schema's.
 */
export function pageSpelling(
  source: string,
  document: MarkdownDocument,
  table: Table,
  named: Table,
  options: TableOptions,
  enums: Readonly<Record<string, string[]>>,
): { legend?: Legend; legendColumn?: string; spelling?: Spelling } {
  if (!options.legend) return {};
  const found = findLegend(source, document.headings, options.legend.heading, table);
  const column = options.legend.column === undefined ? (found && usesMost(found, named, enums)) : named.columns[columnIndex(named, options.legend.column)];
  const allowed = column === undefined ? undefined : enums[column];
  // An optional legend (a preset's) is the page's list of values only when it names one of them: a
  // section of that name that explains something else (`- Maintainers: the team…`) is none.
  const legend = found && (options.legend.optional !== true || !allowed || namesAnAllowedValue(found, allowed)) ? found : undefined;
  const said = { ...(legend ? { legend } : {}), ...(legend && column !== undefined ? { legendColumn: column } : {}) };
  // The legend rule says when the section holds no terms.
  if (!legend || column === undefined || !allowed || !namesAnAllowedValue(legend, allowed)) return said;
  const toPage = spellingsOf(legend, allowed);
  if (toPage.size === 0) return said;
  // A page spelling of two schema values reads as the first of them.
  const toSchema = new Map<string, string>();
  for (const [schema, page] of toPage) if (!toSchema.has(page)) toSchema.set(page, schema);
  return { ...said, spelling: { column, toPage, toSchema } };
}

/** Rows a legend's column is told by: the first ones only. */
const LEGEND_SAMPLE_ROWS = 1000;

/**
 * A legend whose config names no column defines, first, the one column
 * whose allowed values (the schema's enum) it names: that depends on the
 * schema and the legend only, so a base and a head agree on it. With none
 * or several such, the one among them (or, with none, among all columns)
 * whose cells use its terms most (in any spelling: `Best-effort` for `Best
 * effort`), counted over the first rows only, which costs little on a
 * 100,000-row table and rarely moves with a change. Undefined when nothing
 * tells (the legend rule says so).
 */
function usesMost(legend: Legend, named: Table, enums: Readonly<Record<string, string[]>>): string | undefined {
  const naming = named.columns.filter((column) => enums[column] !== undefined && namesAnAllowedValue(legend, enums[column]));
  if (naming.length === 1) return naming[0];
  const candidates = naming.length > 1 ? naming : named.columns;
  const sample: Row[] = [];
  for (const row of named.rows) {
    if (row.kind !== 'data') continue;
    sample.push(row);
    if (sample.length === LEGEND_SAMPLE_ROWS) break;
  }
  let best: string | undefined;
  let most = 0;
  for (const column of candidates) {
    const index = named.columns.indexOf(column);
    let uses = 0;
    for (const row of sample) if (definesLoosely(legend, row.cells[index]?.text ?? '')) uses++;
    if (uses > most) [best, most] = [column, uses];
  }
  return best;
}

/** A cell's value as the schema spells it. */
export const inSchemaSpelling = (spelling: Spelling | undefined, column: string, value: string): string =>
  spelling?.column === column ? (spelling.toSchema.get(value) ?? value) : value;

/** A value the schema or a source names, as the page spells it. */
export const inPageSpelling = (spelling: Spelling | undefined, column: string, value: string): string =>
  spelling?.column === column ? (spelling.toPage.get(value) ?? value) : value;
