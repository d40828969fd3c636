/**
 * The core vocabulary every layer may import: severity, span, fix, finding
 * and the results built from them. Nothing here imports anything else of the
 * project, so the reader, the schema layer, the rules, the engine, the
 * reporters and both adapters (CLI, Action) speak the same words.
 */

export type Severity = 'error' | 'warning' | 'notice';
/** A severity as a config may set it: `off` turns a rule off. */
export type SeverityOrOff = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** Severity order, most severe first: for sorting and for `fail-on` thresholds. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/**
 * A range of a source text. Lines and columns are 1-based and `endColumn` is
 * exclusive (the column just past the last character), exactly as mdast's
 * `position.end` reports it. `offset` and `endOffset` are 0-based UTF-16
 * indexes into the decoded source (after a byte-order mark is dropped), so a
 * fix can say which characters it replaces.
 */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/**
 * A fix, ESLint's model: replace the source characters `[range[0], range[1])`
 * with `text`. Fixes are data; `engine/fix.ts` is the one place that applies
 * them.
 */
export interface Fix {
  range: [number, number];
  text: string;
  /**
   * The fix mends every finding of its rule in its range at once (a table's
   * sort), not only the one that carries it: core/hand-over.ts hands it on
   * or narrows it to the findings' own fixes.
   */
  run?: true;
  /**
   * The one change of structure the fix makes on purpose: rows a blank line
   * cut off from table `table` (its index in the document) join it. Any
   * other change of a table's rows refuses the fix (engine/fix.ts).
   */
  grows?: { table: number; rows: number };
}

/** What a rule reports; the engine adds the file, the rule id, the severity and the table. */
export interface Finding {
  span: Span;
  message: string;
  /** The replacement cell text, when the bad value is close to an allowed one. */
  suggestion?: string;
  /** The table column the finding concerns. */
  field?: string;
  /** The row's key (the key column's text). */
  rowKey?: string;
  fix?: Fix;
  /**
   * A fix of this finding alone, where `fix` (or the fix another finding of
   * the run carries) mends a run of findings at once (a table's sort): used
   * when some findings of the run are not the change's (core/hand-over.ts),
   * so that their rows stay where they are.
   */
  fixAlone?: Fix;
}

/**
 * A finding resolved for one file: the unit every reporter (stylish, json,
 * github, sarif, the Action's annotations, check run and summary) is built
 * from.
 */
export interface Violation {
  /** Path of the linted file, relative to the working directory, with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  /** Stable rule id, e.g. `allowed-values`. */
  rule: string;
  message: string;
  suggestion?: string;
  field?: string;
  rowKey?: string;
  fix?: Fix;
  /** Where `fix.range` is, in lines and columns (as in `Span`), for reports that show a fix. */
  fixSpan?: Span;
  /** `Finding.fixAlone`, with where its range is; never reported as such. */
  fixAlone?: { fix: Fix; fixSpan: Span };
  /**
   * Which table of the file, as a stable name that survives edits elsewhere in
   * the file: the table's columns joined by ` | `, plus `#n` for the n-th
   * table with those columns (n > 1). Used to match findings between two
   * versions of a file.
   */
  table?: string;
  /** 0-based index of the table among the document's tables (for suppressions). */
  tableIndex?: number;
  /** The source line the violation starts on, for excerpts (so no reporter reads the file again). */
  excerpt?: string;
  /**
   * The text the span covers, when it is on one line (a cell, a key, a
   * header; past 4,096 characters, its digest): part of the finding's
   * identity, so that a cell the change rewrote makes its finding the
   * change's own.
   */
  text?: string;
  /** Start and end offsets of the span, for suppressions and fixes. */
  offset?: number;
  endOffset?: number;
}

/** Why a finding was not reported: a comment in the document or an `ignore:` entry in the config. */
export interface Suppression {
  kind: 'directive' | 'config';
  /** The reason written after `--` in a comment, or the entry's `reason`. Empty when none was given. */
  justification: string;
}

export interface SuppressedViolation extends Violation {
  suppressions: Suppression[];
}

/** What became of one table of a document: judged by a preset or config entry, or left alone and why. */
export interface TableCoverage {
  /** 1-based line of the table's header. */
  line: number;
  columns: string[];
  /** `preset kata-support-levels`, `tables[2] (schema schemas/x.yaml)`; absent when the table was left alone. */
  judgedBy?: string;
  /** Why no preset or entry applied (only for tables left alone). */
  reason?: string;
  rows: number;
}

/** The keyed diff's column for a row's move between groups of its table, named as the row object names a row's group. */
export const GROUP_COLUMN = '$group';

/**
 * The keyed diff of one table between the base version and the head: rows
 * added, removed and renamed (by key), and cells changed per column. Rows that
 * only moved are no change.
 */
export interface TableChange {
  /** The head table's columns, joined by ` | `. */
  table: string;
  /** 1-based line of the head table's header (of the base table's, for a table that is gone). */
  line: number;
  /** The key column's name. */
  key: string;
  /**
   * `group` on a row: the label of the group row it sits under, given when
   * its key names more than one row of the table (a matrix with a "Safe for
   * concurrent calls" row under each of several groups), so that the rows
   * can be told apart.
   */
  added: { key: string; line: number; cells: Record<string, string>; group?: string }[];
  removed: { key: string; cells: Record<string, string>; group?: string }[];
  renamed: { from: string; to: string; line: number }[];
  /**
   * `column` `$group` (GROUP_COLUMN, the row object's name for it): the row moved from one
   * group of the table to another, as from **Hypervisors** to **Tools**
   * (`from`/`to` empty: no group). A group row whose label was edited is no
   * move of its rows.
   */
  changed: { key: string; line: number; columns: { column: string; from: string; to: string }[]; group?: string }[];
  /**
   * Rows that came here, unchanged, from another table of the file with the
   * same columns (`from`: that table's header line); absent when none did.
   * A row moved from "Linux hosts" to "Windows hosts" changes what the page
   * claims, though no cell changed. `gone`: that table is gone, and `from`
   * is its line before the change.
   */
  moved?: { key: string; line: number; from: number; gone?: true; group?: string }[];
  /** Columns the header gained or lost (absent when it kept them all); `changed` compares only the columns both have. */
  columns?: { added: string[]; removed: string[] };
}

export interface FileResult {
  file: string;
  /** Findings about the config file itself (an `ignore:` that suppressed nothing), not a linted document. */
  isConfig?: true;
  /**
   * The change deleted the file: its base version's tables are compared with
   * nothing, so every row they had is removed (the transition rule judges
   * the removals; the keyed diff lists them), and findings are on line 1.
   */
  deleted?: true;
  /** With `deleted`: the change renamed the file to this path, which the run does not lint (`git mv a.md a.txt`). */
  renamedTo?: string;
  /** The file's path at the base, when the change renamed it (its base version was judged there). */
  renamedFrom?: string;
  /** Tables that a preset or a config entry applied to. */
  tablesChecked: number;
  /** Tables nothing applied to. */
  tablesLeftAlone: number;
  violations: Violation[];
  /** Findings a suppression removed: counted and listed, never lost. */
  suppressed: SuppressedViolation[];
  /** Per table, what judged it (for `--verbose`). */
  coverage: TableCoverage[];
  /**
   * The findings of the file's base version (before the change), when there
   * was a base to compare with; `[]` when the change added the file.
   */
  baseViolations?: Violation[];
  /** The keyed diff of the file's judged tables against the base version, when there was one. */
  changes?: TableChange[];
  /**
   * With a base: why the file could not be compared with it (this version or
   * the one before could not be read or parsed), so its empty `changes` say
   * nothing. The finding that says so is among the file's own.
   */
  notCompared?: string;
  /** With a base to compare with (`--base`): findings already there, left out of `violations`. */
  existing?: Violation[];
  /** The fixed text, when `--fix-dry-run` changed it (as ESLint's `output`). */
  output?: string;
}

export interface LintResult {
  files: FileResult[];
}

export const emptyFileResult = (file: string): FileResult => ({
  file,
  tablesChecked: 0,
  tablesLeftAlone: 0,
  violations: [],
  suppressed: [],
  coverage: [],
});

/** Findings in reading order: by line, then column. */
export const byLocation = (a: Violation, b: Violation): number => a.line - b.line || a.column - b.column;
