/** What the three reference rules share: each `references:` item of a table, with its source and column. */
import type { FieldRule, Reference } from '../config/types.js';
import { inPageSpelling } from '../engine/spelling.js';
import type { SeverityOrOff } from '../core/types.js';
import { columnKey } from '../markdown/select.js';
import { compilePattern } from '../schema/regex.js';
import { onePieceApart, suggest } from '../schema/suggest.js';
import { keyValues, lookup, looseKey, same, type Item, type SourceData } from '../sources/data.js';
import type { TableContext } from './types.js';
import { columnIndex, perDocument } from './util.js';

export interface ResolvedReference {
  reference: Reference;
  data: SourceData;
  /** Index of the column whose value names an item. */
  column: number;
  /** The `with:` columns: each narrows what a row names to the items whose field says what its cell says. */
  within: { column: string; index: number; rule: FieldRule }[];
}

/**
 * The table's references whose source is loaded and whose columns the
 * table has (a missing column is reported by reference-unknown).
 */
export function referencesOf(context: TableContext): ResolvedReference[] {
  const out: ResolvedReference[] = [];
  for (const reference of context.options.references ?? []) {
    const data = context.sources.get(reference.source);
    const column = reference.column === undefined ? context.keyIndex : columnIndex(context.table, reference.column);
    const within = Object.entries(reference.with ?? {}).map(([name, rule]) => ({ column: name, index: columnIndex(context.table, name), rule }));
    if (data && column >= 0 && within.every(({ index }) => index >= 0)) out.push({ reference, data, column, within });
  }
  return out;
}

/** What a cell of a column tied to an item's field should say, as the page spells it (a legend may spell GA `ga`). */
export const expectedCell = (context: TableContext, column: string, rule: FieldRule, raw: string): string => inPageSpelling(context.spelling, column, rule.map?.[raw] ?? raw);

/** What a `with:` column's cell should say for `item` (empty when the item has no such field). */
export const itemSays = (context: TableContext, item: Item, { column, rule }: ResolvedReference['within'][number]): string =>
  item[rule.field] === undefined ? '' : expectedCell(context, column, rule, item[rule.field]!);

export interface Match {
  row: TableContext['rows'][number];
  value: string;
  /** Every item whose key is the value. */
  keyed: readonly Item[];
  /** Of those, the ones the row's `with:` cells name too: the items the row names. */
  named: readonly Item[];
  /** What the row must agree with: `named`, or with `pick:` the first or the last of them. */
  items: readonly Item[];
  /**
   * The source's spellings of the value when it matches none exactly and
   * several in another case (`agate` for the two gates `AGate` and `Agate`):
   * the row names no one item, and nothing is checked against them.
   */
  spellings?: string[];
}

/**
 * For each row, each value it names and the items the value names (none when
 * the value is empty or unknown): the cell's text, or with `pattern:` the
 * group `value` of every match in it (a cell of three team links is three
 * values; a cell with no match, none).
 */
export function matches(context: TableContext, { data, column, reference, within }: ResolvedReference): Match[] {
  const { rows } = context;
  const picked = (items: readonly Item[]): readonly Item[] =>
    items.length < 2 || reference.pick === undefined ? items : [reference.pick === 'first' ? items[0]! : items.at(-1)!];
  // An item that does not have a `with:` field (a gate with no versioned specs yet) cannot contradict
  // the row's cell: the row names it by its key alone, rather than reading as unknown while the item
  // reads as unlisted.
  const says = (row: Match['row'], item: Item): boolean =>
    within.every((tie) => item[tie.rule.field] === undefined || sameText(itemSays(context, item, tie), row.cells[tie.index]?.text ?? ''));
  const named = (row: Match['row'], value: string): Match => {
    const keyed = value === '' ? [] : lookup(data, value);
    const spellings = keyed.length > 1 ? caseSpellings(data, keyed, value) : undefined;
    if (spellings) return { row, value, keyed: [], named: [], items: [], spellings };
    const narrowed = within.length === 0 ? keyed : keyed.filter((item) => says(row, item));
    return { row, value, keyed, named: narrowed, items: picked(narrowed) };
  };
  if (reference.pattern === undefined) return rows.map((row) => named(row, row.cells[column]?.text ?? ''));
  const pattern = compilePattern(reference.pattern);
  return rows.flatMap((row) => {
    const text = row.cells[column]?.text ?? '';
    return Array.from(pattern.execAll(text)).flatMap((match) => (match.groups['value'] ? [named(row, match.groups['value'])] : []));
  });
}

/** A `with:` cell names an item's value in any case: which case is right is allowed-values' to say. */
const sameText = (a: string, b: string): boolean => a === b || a.toLowerCase() === b.toLowerCase();

/** How a message names what a row's `with:` cells say: `Stage "Beta"`, `Stage "Beta" and Default "true"`. */
export const withText = (row: Match['row'], within: ResolvedReference['within']): string =>
  within.map(({ column, index }) => `${column} "${row.cells[index]?.text ?? ''}"`).join(' and ');

/** A name for a reference that is the same from every table of the page that has its columns. */
const pageKey = ({ reference, data, column, within }: ResolvedReference, table: TableContext['table']): string =>
  [data.name, columnKey(table.columns[column]!), reference.pattern ?? '', ...within.map(({ column: name, rule }) => `${columnKey(name)}=${rule.field}=${JSON.stringify(rule.map ?? {})}`)].join('\u0000');

/**
 * Every item some table of the page names through the reference's columns
 * (its rows, and the renames reference-unknown reports), worked out once per
 * page: what `scope: page` counts as listed, and what tells a table-scoped
 * reference that another table lists an item it lacks.
 */
export function namedOnPage(context: TableContext, resolved: ResolvedReference): ReadonlySet<Item> {
  const name = context.table.columns[resolved.column]!;
  return perDocument(context.document, `named\u0000${pageKey(resolved, context.table)}`, () => {
    const named = new Set<Item>();
    for (const table of context.document.tables) {
      const column = columnIndex(table, name);
      const within = resolved.within.map((tie) => ({ ...tie, index: columnIndex(table, tie.column) }));
      if (table.skipped || column < 0 || within.some(({ index }) => index < 0)) continue;
      const other = { ...context, table, rows: table.rows.filter((row) => row.kind === 'data') };
      const seen = { ...resolved, column, within };
      for (const { keyed, named: items } of matches(other, seen)) for (const item of within.length === 0 ? keyed : items) named.add(item);
      for (const key of renames(other, seen).values()) for (const item of lookup(resolved.data, key)) named.add(item);
    }
    return named;
  });
}

/** With `scope: page`, whether this table is the first of the page to report the reference's unlisted items (the others say nothing). */
export const firstOnPage = (context: TableContext, resolved: ResolvedReference): boolean => {
  const said = perDocument(context.document, `unlisted\u0000${pageKey(resolved, context.table)}`, () => ({ done: false }));
  if (said.done) return false;
  said.done = true;
  return true;
};

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
  // Worked out once per table (reference-unknown, reference-unlisted and the page's listing all ask),
  // and within one budget per page: the source and the rows may both come from a pull request, and
  // 50 values against 30,000 keys of 300 characters took a minute. Past it, no more suggestions.
  const budget = perDocument(context.document, 'renames\u0000budget', () => ({ left: MAX_COMPARED }));
  return perDocument(context.document, `renames\u0000${context.table.index}\u0000${pageKey(resolved, context.table)}`, () => {
    const out = new Map<string, string>();
    let looked = 0;
    // A key another row already names is no rename of this one: the fix would make the two rows one key.
    const taken = new Set<string>();
    for (const { keyed } of matches(context, resolved)) {
      for (const item of keyed) for (const field of resolved.data.key) if (item[field] !== undefined) taken.add(item[field]!.toLowerCase());
    }
    for (const { value, keyed } of matches(context, resolved)) {
      if (value === '' || keyed.length > 0 || out.has(value)) continue;
      // A name longer than any name in code is no typo of one.
      if (value.length > MAX_NAME) continue;
      if (looked++ >= MAX_SUGGESTIONS) break;
      // Charged before the work: the look through every key, then the characters compared.
      const keys = keyValues(resolved.data);
      budget.left -= keys.length;
      if (budget.left < 0) break;
      const candidates = keys.filter((key) => Math.abs(key.length - value.length) <= 3);
      budget.left -= candidates.length * value.length;
      if (budget.left < 0) break;
      // Asked of every key, so that a value as close to a taken key as to a free one stays unsure. Else
      // one key a short piece apart (`ExpandDisks` for `ExpandDisksGate`: KubeVirt names gates both ways).
      const pieced = (): string | undefined => {
        const near = keys.filter((key) => key.length !== value.length && Math.abs(key.length - value.length) <= Math.max(4, Math.ceil(Math.max(key.length, value.length) / 3)));
        budget.left -= near.length * value.length;
        if (budget.left < 0) return undefined;
        const apart = near.filter((key) => onePieceApart(value, key));
        return apart.length === 1 ? apart[0] : undefined;
      };
      const suggestion = suggest(value, candidates) ?? pieced();
      if (suggestion !== undefined && !taken.has(suggestion.toLowerCase())) out.set(value, suggestion);
    }
    return out;
  });
}

/** Longest value a close key is looked for, and the characters compared for a page at most. */
const MAX_NAME = 200;
const MAX_COMPARED = 20_000_000;

/** The different spellings of `value` among the keys of `items`, when there are several and none is `value` itself; else undefined. */
function caseSpellings(data: SourceData, items: readonly Item[], value: string): string[] | undefined {
  const written = same(value);
  const loose = looseKey(value);
  const spellings = new Set<string>();
  for (const item of items) {
    for (const field of data.key) {
      const key = item[field];
      if (key === undefined) continue;
      if (same(key) === written) return undefined;
      if (looseKey(key) === loose) spellings.add(key);
    }
  }
  return spellings.size > 1 ? [...spellings] : undefined;
}
