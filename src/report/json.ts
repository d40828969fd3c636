/**
 * The `json` format: a public interface (documented in the README's
 * "JSON report" section). Add fields only; never rename or remove one.
 */
import type { LintResult, SuppressedViolation, Suppression, Violation } from '../core/types.js';
import { countSeverities, coverageOf, type Formatter } from './types.js';

export interface JsonFix {
  /** 0-based offsets into the file's text (after a byte-order mark): replace `[range[0], range[1])` with `text`. */
  range: [number, number];
  text: string;
  /** 1-based line and column of the range; `endColumn` is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonViolation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Violation['severity'];
  rule: string;
  message: string;
  suggestion?: string;
  field?: string;
  rowKey?: string;
  fix?: JsonFix;
}

export interface JsonSuppressed extends JsonViolation {
  suppressions: Suppression[];
}

export interface JsonFile {
  file: string;
  tablesChecked: number;
  tablesLeftAlone: number;
  errors: number;
  warnings: number;
  notices: number;
  suppressed: number;
  /** The fixed text (`--fix-dry-run`), when fixes changed the file. */
  output?: string;
}

export interface JsonReport {
  violations: JsonViolation[];
  /** Findings a suppression comment or `ignore:` entry removed, with the reason. */
  suppressed: JsonSuppressed[];
  /** With `--base`: findings the base version already had (not counted in the summary's severities). */
  existing?: JsonViolation[];
  files: JsonFile[];
  summary: { files: number; tables: number; tablesLeftAlone: number; errors: number; warnings: number; notices: number; suppressed: number };
}

// Copies the documented fields only, in a fixed order, so internal fields
// (table identity, offsets, excerpts) do not leak into the public format.
export function jsonViolation(v: Violation): JsonViolation {
  const out: JsonViolation = {
    file: v.file,
    line: v.line,
    column: v.column,
    endLine: v.endLine,
    endColumn: v.endColumn,
    severity: v.severity,
    rule: v.rule,
    message: v.message,
  };
  if (v.suggestion !== undefined) out.suggestion = v.suggestion;
  if (v.field !== undefined) out.field = v.field;
  if (v.rowKey !== undefined) out.rowKey = v.rowKey;
  if (v.fix !== undefined && v.fixSpan !== undefined) {
    const { range, text } = v.fix;
    const { line, column, endLine, endColumn } = v.fixSpan;
    out.fix = { range, text, line, column, endLine, endColumn };
  }
  return out;
}

const jsonSuppressed = (v: SuppressedViolation): JsonSuppressed => ({ ...jsonViolation(v), suppressions: v.suppressions });

export function jsonReport(result: LintResult): JsonReport {
  const files = result.files.map((f) => ({
    file: f.file,
    tablesChecked: f.tablesChecked,
    tablesLeftAlone: f.tablesLeftAlone,
    ...countSeverities(f.violations),
    suppressed: f.suppressed.length,
    ...(f.output !== undefined && { output: f.output }),
  }));
  const counts = countSeverities(result.files.flatMap((f) => f.violations));
  const coverage = coverageOf(result);
  return {
    violations: result.files.flatMap((f) => f.violations.map(jsonViolation)),
    suppressed: result.files.flatMap((f) => f.suppressed.map(jsonSuppressed)),
    ...(result.files.some((f) => f.existing) && { existing: result.files.flatMap((f) => (f.existing ?? []).map(jsonViolation)) }),
    files,
    summary: {
      files: coverage.files,
      tables: coverage.tables,
      tablesLeftAlone: coverage.leftAlone,
      ...counts,
      suppressed: coverage.suppressed,
    },
  };
}

export const formatJson: Formatter = (result) => `${JSON.stringify(jsonReport(result), null, 2)}\n`;
