/**
 * A rule is one module: its metadata and, for table-level rules, one check
 * function (the ESLint shape). Rules whose findings come from JSON Schema
 * validation (allowed values, cell formats, ...) have metadata only; the
 * schema layer reports under their ids.
 */
import type { TableOptions } from '../config/types.js';
import type { Severity } from '../engine/types.js';
import type { MarkdownDocument, Row, Span, Table } from '../markdown/types.js';

export const DOCS_URL = 'https://github.com/support-table-lint/support-table-lint#rules';

export interface RuleMeta {
  /** Stable id, kebab-case. */
  id: string;
  /** One line, shown in the README's rule list and in SARIF. */
  description: string;
  severity: Severity;
  /** Link to the rule's documentation. */
  docs: string;
}

/** What a rule reports; the engine adds file, rule id and severity. */
export interface Finding {
  span: Span;
  message: string;
  suggestion?: string;
  field?: string;
  rowKey?: string;
}

export interface TableContext {
  document: MarkdownDocument;
  table: Table;
  /** The table's data rows (group and spacer rows left out). */
  rows: Row[];
  /** Options for this table, with the preset's or schema's defaults applied. */
  options: TableOptions;
  /** Index into `table.columns` of the key column. */
  keyIndex: number;
  /**
   * Columns the header must have, and the columns it may have (`null`: any),
   * from the options or, by default, the schema.
   */
  expectedColumns: { required: string[]; known: string[] | null };
  report(finding: Finding): void;
}

export interface TableRule {
  meta: RuleMeta;
  check(context: TableContext): void;
}

export const ruleMeta = (id: string, description: string, severity: Severity): RuleMeta => ({
  id,
  description,
  severity,
  docs: `${DOCS_URL}-${id}`,
});
