/**
 * The `json` format: a public interface (documented in the README's
 * "JSON report" section). Add fields only; never rename or remove one.
 */
import type { LintResult, Violation } from '../engine/types.js';
import { countSeverities, type Formatter } from './types.js';

/** A violation as the report shows it: every field but the internal `table` name. */
export type JsonViolation = Omit<Violation, 'table'>;

export interface JsonFile {
  file: string;
  tablesChecked: number;
  errors: number;
  warnings: number;
  notices: number;
}

export interface JsonReport {
  violations: JsonViolation[];
  files: JsonFile[];
  summary: { files: number; tables: number; errors: number; warnings: number; notices: number };
}

// Copies the documented fields only, in a fixed order, so internal fields
// added to Violation later do not leak into the public format.
const jsonViolation = (v: Violation): JsonViolation => ({
  file: v.file,
  line: v.line,
  column: v.column,
  endLine: v.endLine,
  endColumn: v.endColumn,
  severity: v.severity,
  rule: v.rule,
  message: v.message,
  ...(v.suggestion !== undefined && { suggestion: v.suggestion }),
  ...(v.field !== undefined && { field: v.field }),
  ...(v.rowKey !== undefined && { rowKey: v.rowKey }),
});

export function jsonReport(result: LintResult): JsonReport {
  const files = result.files.map((f) => ({ file: f.file, tablesChecked: f.tablesChecked, ...countSeverities(f.violations) }));
  const sum = (pick: (f: JsonFile) => number) => files.reduce((total, f) => total + pick(f), 0);
  return {
    violations: result.files.flatMap((f) => f.violations.map(jsonViolation)),
    files,
    summary: {
      files: files.length,
      tables: sum((f) => f.tablesChecked),
      errors: sum((f) => f.errors),
      warnings: sum((f) => f.warnings),
      notices: sum((f) => f.notices),
    },
  };
}

export const formatJson: Formatter = (result) => `${JSON.stringify(jsonReport(result), null, 2)}\n`;
