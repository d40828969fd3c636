/**
 * Configuration, as written in `.github/support-table-lint.yml` (validated
 * against `schemas/config.schema.json`), and the per-table options that a
 * preset or schema can also carry in its `x-support-table-lint` annotation.
 */
import type { SeverityOrOff } from '../core/types.js';

export type Scope = 'table' | 'group';

export interface OrderOptions {
  /** Default: `table`, as for `unique` and `monotonic`. */
  scope?: Scope;
  /** Default: `asc`. */
  direction?: 'asc' | 'desc';
  /** `text` (case-insensitive, the default), `ascii` (character codes), `natural` (numbers as numbers) or `semver`. */
  compare?: 'text' | 'ascii' | 'natural' | 'semver';
  /** The column whose values are ordered. Default: the key column. */
  by?: string;
}

export interface TableOptions {
  /** The column that names a row (its key). Default: the first column. */
  key?: string;
  /** Keys (or the `by` columns together) must be unique, case-insensitively, within the scope. `false` turns the rule off. */
  unique?: false | { scope?: Scope; by?: string[] };
  /** Rows must be in order within the scope (by default: keys, case-insensitive, ascending). */
  order?: false | OrderOptions;
  /** Recognise group rows (first cell entirely bold, another cell empty). Default: true. */
  groups?: boolean;
  columns?: {
    /** Columns the header must have. Default: the schema's `required`. */
    required?: string[];
    /**
     * Whether columns the schema does not name are reported. Default: report
     * them when the schema sets `additionalProperties: false`.
     */
    unknown?: 'allow' | 'report';
  };
  /** Notes kept as `- **Key**: text` list items under a heading. */
  notes?: {
    /** Heading text (case-insensitive) whose section, subsections included, holds the notes. */
    heading: string;
    /** A row needs a note when its column holds one of these values. */
    requiredWhen?: Record<string, string[]>;
    /** Report notes whose key is not in the table. Default: true. */
    reportUnknown?: boolean;
  };
  /** Severity overrides by rule id (`off` disables a rule). */
  severities?: Record<string, SeverityOrOff>;
  /** Where the document defines a column's values (rule `legend`). */
  legend?: {
    heading: string;
    /**
     * The column whose values the legend defines. Default: the one column
     * whose enum the legend names, else the one whose cells use its terms
     * most (see engine/spelling.ts).
     */
    column?: string;
    /** A document without that section is fine (a preset that applies to any page with these columns). Default: false. */
    optional?: boolean;
  };
  /** Columns whose values must rise or fall down the table. */
  monotonic?: Monotonic | Monotonic[];
  /** Check the table against data sets named in the config's `sources:`. */
  references?: Reference[];
  /** How rows may change between the base version and the head (`--base`, the Action). */
  transitions?: Transitions;
}

export interface Monotonic {
  column: string;
  /** Default: `desc` (the newest first, as release tables are written). */
  direction?: 'asc' | 'desc';
  /** Default: `date`. */
  compare?: 'date' | 'natural' | 'semver';
  scope?: Scope;
}

/** A table checked against a source of truth. */
export interface Reference {
  /** A name under the config's `sources:`. */
  source: string;
  /** The column whose value names an item. Default: the table's key column. */
  column?: string;
  /**
   * A regular expression (RE2) with a group named `value`: each match in the
   * cell is a value that must name an item, so a cell of several team links
   * (`[@org/a](…), [@org/b](…)*`) is checked link by link. Default: the
   * whole cell is one value.
   */
  pattern?: string;
  /** A row whose value is in no item (rule `reference-unknown`). Default: error. */
  unknown?: SeverityOrOff;
  /**
   * An item with no row (rule `reference-unlisted`). Default: warning when
   * the column is the table's key column (a row per item); off for another
   * column (a team with nothing to maintain is no mistake of the table).
   */
  unlisted?: SeverityOrOff;
  /**
   * When several items share a key (a registry with one item per stage of a
   * gate), the one a row must agree with: the first or the last in the
   * source's order. Default: none, and items that disagree among themselves
   * are a `reference-disagree` warning that asks for it.
   */
  pick?: 'first' | 'last';
  /**
   * Where rows must name every item (reference-unlisted): in each table
   * (default), or in any table of the page with the reference's columns, for
   * a page that splits its rows over tables (Alpha and Beta gates in one,
   * graduated ones in another). Unlisted items are then reported once, on
   * the first such table.
   */
  scope?: 'table' | 'page';
  /**
   * Columns that are part of what a row names, beside `column`: a row names
   * only the items whose field (through the map) equals its cell. A table
   * with a row per gate and stage (Kubernetes' feature-gate page) names
   * `{ Stage: { field: preRelease } }`; each of its rows is then one item.
   */
  with?: Record<string, FieldRule>;
  /** Columns that must equal a field of the matched item, through an optional value map (rule `reference-disagree`). */
  agree?: Record<string, FieldRule>;
}

/** A column tied to a field of a source's items; `map` turns the item's value into the cell's. */
export interface FieldRule {
  field: string;
  map?: Record<string, string>;
}

/**
 * Allowed changes of a row between two versions: per column, from-value →
 * allowed to-values; `removed.when`: a row may disappear only while one of
 * its columns holds one of these values; `added`: a new row must start with
 * one of these values. Columns named `removed` or `added` cannot be given
 * transitions.
 */
export interface Transitions {
  removed?: { when: Record<string, string[]> };
  added?: Record<string, string[]>;
  [column: string]: Record<string, string[]> | { when: Record<string, string[]> } | undefined;
}

/** A data set to check tables against: one of `file`, `extract`, `table` or `url`. */
export interface SourceDefinition {
  /** JSON or YAML: an array of objects, or an object of objects (each property name becomes the field `$key`). */
  file?: string;
  /**
   * A regex with named groups over files: each match is an item. Several
   * patterns read the ways one registry writes an item (the name before the
   * state, or after it); their items are read in the order of the files.
   */
  extract?: { files: string[]; pattern: string | string[] };
  /** Another markdown table: each data row is an item, its columns the fields. */
  table?: { file: string; match?: { columns?: string[]; heading?: string } };
  /** A JSON or YAML document over HTTPS (http only for loopback addresses). */
  url?: string;
  /** JSON Pointer to the items inside a `file` or `url` document. Default: the root. */
  items?: string;
  /**
   * A field of each item that holds a list of objects (a gate's versioned
   * specs): each entry becomes an item, with the item's other fields. An
   * item without the list stays one item.
   */
  each?: string;
  /** The fields that identify an item; a row's value may equal any of them. */
  key: string | string[];
  /** Limits for `url`: bytes (default 5 MiB) and milliseconds (default 10,000). */
  maxBytes?: number;
  timeoutMs?: number;
}

/** A deliberate exception on a table entry: findings of these rules on these rows are suppressed. */
export interface RowIgnore {
  /** One rule id, or use `rules`. Neither: every rule. */
  rule?: string;
  rules?: string[];
  /** Row keys (case-insensitive). Default: every row of the tables the entry judges. */
  rows?: string[];
  reason?: string;
}

/** A top-level exception: findings of these rules (default: all) in these files are suppressed. */
export interface FileIgnore {
  files: string[];
  rules?: string[];
  reason?: string;
}

export interface TableEntry extends TableOptions {
  /** Globs of files this entry applies to. Default: every file. */
  files?: string[];
  match?: {
    /** The table must have these columns (case-insensitive). */
    columns?: string[];
    /** An enclosing heading must contain this text (case-insensitive). */
    heading?: string;
  };
  /** A built-in preset's name, or a path to a JSON Schema (JSON or YAML). Exactly one. */
  preset?: string;
  schema?: string;
  ignore?: RowIgnore[];
}

export interface Budgets {
  /** Files larger than this many bytes are not parsed. */
  maxFileBytes: number;
  /** A file whose parse takes longer than this is abandoned. */
  maxParseMs: number;
}

export interface Config {
  tables: TableEntry[];
  sources?: Record<string, SourceDefinition>;
  severities?: Record<string, SeverityOrOff>;
  budgets?: Partial<Budgets>;
  ignore?: FileIgnore[];
}
