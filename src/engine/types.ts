/**
 * What the engine reports. `Violation` is the unit every reporter (stylish,
 * json, github, sarif, the Action's annotations and summary) is built from.
 */

export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface Violation {
  /** Path of the linted file, relative to the working directory, with `/` separators. */
  file: string;
  /** 1-based start line and column; end column is exclusive, as in mdast. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  /** Stable rule id, e.g. `allowed-values`. */
  rule: string;
  message: string;
  /** The replacement cell text, when the bad value is close to an allowed one. */
  suggestion?: string;
  /** The table column the violation concerns. */
  field?: string;
  /** The row's key (the key column's text). */
  rowKey?: string;
  /**
   * Which table of the file, as a stable name that survives edits elsewhere in
   * the file: the table's columns joined by ` | `, plus `#n` for the n-th
   * table with those columns (n > 1). Used to match findings between two
   * versions of a file.
   */
  table?: string;
}

export interface FileResult {
  file: string;
  /** Tables that a preset or a config entry applied to. */
  tablesChecked: number;
  violations: Violation[];
}

export interface LintResult {
  files: FileResult[];
}

/** Severity order, most severe first: for sorting and for `fail-on` thresholds. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
