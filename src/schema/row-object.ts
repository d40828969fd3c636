/**
 * The object a table row is validated as (see the README's schema reference):
 * one plain-text value per column, plus `$group`, `$raw` and `$links` so that
 * schemas can also check a cell's markdown and links.
 */
import type { Link, Row, Table } from '../markdown/types.js';

export interface RowObject {
  [column: string]: string | null | Record<string, string> | Record<string, Link[]>;
  $group: string | null;
  $raw: Record<string, string>;
  $links: Record<string, Link[]>;
}

/** Property names that are part of the row model, not columns. */
export const RESERVED_PROPERTIES: readonly string[] = ['$group', '$raw', '$links'];

/**
 * Column names a row object cannot carry: the row model's own properties,
 * and `__proto__`, which Ajv never validates under `properties` (it guards
 * against prototype pollution). `constructor` and `hasOwnProperty` are
 * ordinary columns: row objects have no prototype.
 */
export const RESERVED_COLUMNS: readonly string[] = [...RESERVED_PROPERTIES, '__proto__'];

/** Header names that are one schema property: the same but for case and spaces. */
export const foldColumn = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The key each header column gets in the row object: the schema's own
 * spelling when the header matches a property case-insensitively (so a schema
 * written for `Feature` also sees a `FEATURE` column), else the header text.
 *
 * A schema may spell one column several ways (`Status` at the top, `status`
 * in a shared file it `$ref`s, `traces` in `properties` beside a
 * `patternProperties` written for `Traces`): every spelling reads the same
 * cell. `spellings` are the names the schema uses anywhere; each other
 * spelling of a column becomes an alias of its key (read by name, not
 * enumerated, as `$raw` is), in the row and in its `$raw` and `$links`; and
 * the header's own text, when a pattern matches it and not the key, is a
 * second enumerated name, so that `patternProperties` still sees the column.
 * The aliases are remembered with the returned list (toRowObject and
 * columnOf use them).
 */
export function canonicalColumns(
  headerColumns: string[],
  schemaProperties: string[],
  spellings: readonly string[] = [],
  patterns: readonly { test(text: string): boolean }[] = [],
): string[] {
  const byFolded = new Map<string, string>();
  for (const property of schemaProperties) {
    if (!byFolded.has(foldColumn(property))) byFolded.set(foldColumn(property), property);
  }
  // Of several spellings, the header's own when the schema has it (messages then name the column as the page does).
  const own = new Set(schemaProperties);
  const columns = headerColumns.map((column) => (own.has(column) ? column : (byFolded.get(foldColumn(column)) ?? column)));
  const others = new Map<string, string[]>();
  for (const name of spellings) {
    const folded = foldColumn(name);
    const list = others.get(folded) ?? [];
    if (!list.includes(name)) list.push(name);
    others.set(folded, list);
  }
  const hidden: [string, string][] = [];
  const listed: [string, string][] = [];
  const taken = new Set<string>([...columns, ...RESERVED_COLUMNS]);
  for (const index of columnsKept(columns)) {
    const key = columns[index]!;
    const header = headerColumns[index]!;
    const patterned = header !== key && patterns.some((pattern) => pattern.test(header)) && !patterns.some((pattern) => pattern.test(key));
    if (patterned && !taken.has(header)) {
      listed.push([header, key]);
      taken.add(header);
    }
    for (const name of others.get(foldColumn(key)) ?? []) {
      if (taken.has(name)) continue;
      hidden.push([name, key]);
      taken.add(name);
    }
  }
  if (hidden.length > 0 || listed.length > 0) layouts.set(columns, layoutOf(hidden, listed));
  return columns;
}

/** The column (its key in `columns`) an error's field names: the key itself, or one of its other spellings. */
export function columnOf(columns: readonly string[], field: string): string {
  return layouts.get(columns)?.keyOf.get(field) ?? field;
}
/**
 * Objects that inherit nothing: a column named `constructor` or
 * `hasOwnProperty` is a plain property like any other, absent until the row
 * has it (on `{}`, a schema requiring `constructor` would find
 * Object.prototype's; `__proto__` is a reserved name). Their prototype is an
 * empty object with no prototype, rather than none at all: V8 keeps an
 * `Object.create(null)` object as a dictionary, and a table makes three of
 * them per row for Ajv to read, where these keep fast properties.
 */
function Bare(): void {}
Bare.prototype = Object.create(null) as object;
const bare = <T extends object>(): T => new (Bare as unknown as new () => T)();

/**
 * `$group`, `$raw` and `$links` are read by name (a schema's `properties`
 * reaches them) but not enumerable: keywords that range over a row's
 * properties (`additionalProperties` or `unevaluatedProperties` with a
 * schema, `propertyNames`, `maxProperties`) see the columns alone, so
 * `additionalProperties: {type: string}` judges the cells and not `$raw`.
 * They are getters on the shared prototype over symbol-keyed fields, which
 * costs a row what plain properties do (defining three non-enumerable own
 * properties per row made a 100k-row table a fifth slower).
 */
const GROUP = Symbol('$group');
const RAW = Symbol('$raw');
const LINKS = Symbol('$links');
interface Fields {
  [GROUP]: string | null;
  [RAW]: Record<string, string>;
  [LINKS]: Record<string, Link[]>;
}
function Row(): void {}
Row.prototype = Object.create(null, {
  $group: { get(this: Fields) { return this[GROUP]; } },
  $raw: { get(this: Fields) { return this[RAW]; } },
  $links: { get(this: Fields) { return this[LINKS]; } },
}) as object;
function withModel(group: string | null, raw: Record<string, string>, links: Record<string, Link[]>, layout?: Layout): RowObject {
  const object = layout ? new layout.Row() : new (Row as unknown as new () => Fields)();
  object[GROUP] = group;
  object[RAW] = raw;
  object[LINKS] = links;
  return object as unknown as RowObject;
}

/**
 * A table's other spellings of its columns (canonicalColumns): getters on a
 * prototype of the table's own, for the row and for its `$raw` and `$links`
 * (a getter reads whichever object it is called on, by the column's key), so
 * a row costs no more than without them; and the names each row also
 * carries as its own (a pattern's spelling).
 */
interface Layout {
  Row: new () => Fields;
  Cells: new () => Record<string, unknown>;
  listed: [string, string][];
  keyOf: Map<string, string>;
}
const layouts = new WeakMap<readonly string[], Layout>();
function layoutOf(hidden: [string, string][], listed: [string, string][]): Layout {
  const getters: PropertyDescriptorMap = {};
  for (const [alias, key] of hidden) {
    getters[alias] = { get(this: Record<string, unknown>) { return this[key]; } };
  }
  function TableRow(): void {}
  TableRow.prototype = Object.create(Row.prototype as object, getters) as object;
  function TableCells(): void {}
  TableCells.prototype = Object.create(Bare.prototype as object, getters) as object;
  return {
    Row: TableRow as unknown as new () => Fields,
    Cells: TableCells as unknown as new () => Record<string, unknown>,
    listed,
    keyOf: new Map([...hidden, ...listed]),
  };
}

/** An empty row, as a schema sees one: what a schema is first tried on. */
export const emptyRowObject = (): RowObject => withModel(null, bare(), bare());

/** A row with the given columns, each cell empty (with no markdown and no links): what a schema is tried on next. */
export function probeRow(columns: readonly string[]): RowObject {
  const raw = bare<Record<string, string>>();
  const links = bare<Record<string, Link[]>>();
  const object = withModel(null, raw, links);
  for (const column of columns) {
    object[column] = '';
    raw[column] = '';
    links[column] = [];
  }
  return object;
}

/** The row object with its model properties enumerable, for printing (`rows`). */
export function printableRow(object: RowObject): RowObject {
  // Not a spread: that would copy the symbol-keyed fields too.
  const out: Record<string, unknown> = {};
  for (const column of Object.keys(object)) out[column] = object[column];
  return { ...out, $group: object.$group, $raw: object.$raw, $links: object.$links } as RowObject;
}

export function toRowObject(_table: Table, row: Row, columns: readonly string[]): RowObject {
  const layout = layouts.get(columns);
  const raw = (layout ? new layout.Cells() : bare()) as Record<string, string>;
  const links = (layout ? new layout.Cells() : bare()) as Record<string, Link[]>;
  const object = withModel(row.group, raw, links, layout);
  for (const index of columnsKept(columns)) {
    const column = columns[index]!;
    const cell = row.cells[index];
    object[column] = cell?.text ?? '';
    raw[column] = cell?.raw ?? '';
    links[column] = cell?.links ?? [];
  }
  if (layout) {
    for (const [name, key] of layout.listed) {
      object[name] = object[key]!;
      raw[name] = raw[key]!;
      links[name] = links[key]!;
    }
  }
  return object;
}

/**
 * The columns a row object has, by index: not a reserved name, and a
 * repeated header name once, with its first cell (the duplicate-column rule
 * reports the repeat). Worked out once per header, not for each of its rows.
 */
const kept = new WeakMap<readonly string[], number[]>();
function columnsKept(columns: readonly string[]): number[] {
  let indices = kept.get(columns);
  if (indices === undefined) {
    const seen = new Set<string>();
    indices = [];
    for (const [index, column] of columns.entries()) {
      if (RESERVED_COLUMNS.includes(column) || seen.has(column)) continue;
      seen.add(column);
      indices.push(index);
    }
    kept.set(columns, indices);
  }
  return indices;
}
