/**
 * The `json` format: a public interface (documented in the README's
 * "JSON report" section). Add fields only; never rename or remove one.
 */
import type { FileResult, LintResult, SuppressedViolation, Suppression, Violation } from '../core/types.js';
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

/**
 * `JsonReport` with its lists of findings as sequences read one finding at a
 * time: the findings themselves (each written as `jsonViolation` shows it),
 * and suppressed ones already in their JSON shape.
 */
interface LazyReport extends Omit<JsonReport, 'violations' | 'suppressed' | 'existing'> {
  violations: Iterable<Violation>;
  suppressed: Iterable<JsonSuppressed>;
  existing?: Iterable<Violation>;
}

/** Each file's `list`, through `view`, as one sequence that can be read more than once. */
const everyFile = <T, U>(result: LintResult, list: (file: FileResult) => readonly T[], view: (item: T) => U): Iterable<U> => ({
  *[Symbol.iterator]() {
    for (const file of result.files) for (const item of list(file)) yield view(item);
  },
});

function lazyReport(result: LintResult): LazyReport {
  const files = result.files.map((f) => ({
    file: f.file,
    tablesChecked: f.tablesChecked,
    tablesLeftAlone: f.tablesLeftAlone,
    ...countSeverities(f.violations),
    suppressed: f.suppressed.length,
    ...(f.output !== undefined && { output: f.output }),
  }));
  // The run's counts are the files' counts added up: 100,000 findings are not counted twice.
  const counts = { errors: 0, warnings: 0, notices: 0 };
  for (const file of files) {
    counts.errors += file.errors;
    counts.warnings += file.warnings;
    counts.notices += file.notices;
  }
  const coverage = coverageOf(result);
  return {
    violations: everyFile(result, (f) => f.violations, (v) => v),
    suppressed: everyFile(result, (f) => f.suppressed, jsonSuppressed),
    ...(result.files.some((f) => f.existing) && { existing: everyFile(result, (f) => f.existing ?? [], (v) => v) }),
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

export function jsonReport(result: LintResult): JsonReport {
  const { violations, suppressed, existing, ...rest } = lazyReport(result);
  // In the documented key order (the lists first, as in lazyReport).
  return { violations: [...violations].map(jsonViolation), suppressed: [...suppressed], ...(existing && { existing: [...existing].map(jsonViolation) }), ...rest };
}

/**
 * Pieces of about this many characters: large enough to keep writes few,
 * and below V8's large-object size (128 KiB), so that a written piece is
 * collected young instead of piling up in the old generation until a full
 * collection (45 MB of it for 100,000 findings).
 */
export const PIECE_CHARS = 48 * 1024;

/**
 * The report's text, `JSON.stringify(jsonReport(result), null, 2)` and a
 * newline, in pieces: each finding is turned into JSON when its turn comes,
 * so 100,000 findings are never one 45 MB string (nor 100,000 views) at once.
 */
export function* jsonPieces(result: LintResult): Generator<string> {
  let piece = '{';
  let firstKey = true;
  for (const [key, value] of Object.entries(lazyReport(result))) {
    piece += `${firstKey ? '' : ','}\n  ${JSON.stringify(key)}: `;
    firstKey = false;
    if (typeof value !== 'object' || value === null || !(Symbol.iterator in value)) {
      piece += JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
      continue;
    }
    let written = 0;
    if (key === 'violations' || key === 'existing') {
      // The common list, and the long one (100,000 findings of a ragged table): each finding written
      // straight from its fields, with no copy made to be stringified.
      for (const violation of value as Iterable<Violation>) {
        piece += (written++ === 0 ? '[\n' : ',\n') + violationText(violation);
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
    } else {
      let batch: unknown[] = [];
      const flush = (): void => {
        piece += (written === 0 ? '[\n' : ',\n') + listItems(batch);
        written += batch.length;
        batch = [];
      };
      for (const item of value as Iterable<unknown>) {
        batch.push(item);
        if (batch.length === ITEMS_PER_BATCH) flush();
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      if (batch.length > 0) flush();
    }
    piece += written === 0 ? '[]' : '\n  ]';
  }
  yield `${piece}\n}\n`;
}

/**
 * One finding as `JSON.stringify(jsonViolation(v), null, 2)` writes it four
 * blanks deep in the report: the same fields in the same order (the tests
 * hold the two to the same text). Every number of a finding is a whole
 * number, which JSON writes as `String` does.
 */
function violationText(v: Violation): string {
  const q = JSON.stringify;
  let text =
    `    {\n      "file": ${q(v.file)},\n      "line": ${v.line},\n      "column": ${v.column},\n      "endLine": ${v.endLine},\n      "endColumn": ${v.endColumn},\n` +
    `      "severity": ${q(v.severity)},\n      "rule": ${q(v.rule)},\n      "message": ${q(v.message)}`;
  if (v.suggestion !== undefined) text += `,\n      "suggestion": ${q(v.suggestion)}`;
  if (v.field !== undefined) text += `,\n      "field": ${q(v.field)}`;
  if (v.rowKey !== undefined) text += `,\n      "rowKey": ${q(v.rowKey)}`;
  if (v.fix !== undefined && v.fixSpan !== undefined) {
    const { range, text: replacement } = v.fix;
    const { line, column, endLine, endColumn } = v.fixSpan;
    text +=
      `,\n      "fix": {\n        "range": [\n          ${range[0]},\n          ${range[1]}\n        ],\n        "text": ${q(replacement)},\n` +
      `        "line": ${line},\n        "column": ${column},\n        "endLine": ${endLine},\n        "endColumn": ${endColumn}\n      }`;
  }
  return `${text}\n    }`;
}

/** Suppressed findings (each with its reasons) turned into JSON together: one `JSON.stringify` per batch rather than per finding. */
export const ITEMS_PER_BATCH = 64;

/**
 * Items of one of the report's lists, as the whole report's JSON writes them
 * (four blanks deep, one per line group, separated by `,\n`): stringified
 * as the list of a one-key object, whose first and last lines are then cut.
 */
function listItems(items: unknown[]): string {
  const text = JSON.stringify({ x: items }, null, 2);
  return text.slice('{\n  "x": [\n'.length, text.length - '\n  ]\n}'.length);
}

export const formatJson: Formatter = (result) => [...jsonPieces(result)].join('');
