import type { LintResult, Severity, Violation } from '../core/types.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colours (stylish only). */
  color: boolean;
  /** The tool's version, for SARIF's `tool.driver.version`. */
  version: string;
  /** Per table, what judged it and what was left alone (stylish only). */
  verbose?: boolean;
  /** The fixes were already applied (`--fix`) or shown (`--fix-dry-run`): the findings left carry no promise of `--fix` (stylish only). */
  fixed?: 'written' | 'dry-run';
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
}

export function countSeverities(violations: readonly Violation[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, notices: 0 };
  const key: Record<Severity, keyof Counts> = { error: 'errors', warning: 'warnings', notice: 'notices' };
  for (const violation of violations) counts[key[violation.severity]] += 1;
  return counts;
}

/** The counts of every file's findings, without a list of them all. */
export function countResult(result: LintResult): Counts {
  const total: Counts = { errors: 0, warnings: 0, notices: 0 };
  for (const file of result.files) {
    const counts = countSeverities(file.violations);
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    total.notices += counts.notices;
  }
  return total;
}

export const allViolations = (result: LintResult): Violation[] => result.files.flatMap((file) => file.violations);

/** Totals over a result: files linted, tables checked and left alone, suppressed findings. */
export function coverageOf(result: LintResult): { files: number; tables: number; leftAlone: number; suppressed: number } {
  let tables = 0;
  let leftAlone = 0;
  let suppressed = 0;
  let files = 0;
  for (const file of result.files) {
    // A deleted file is compared with its base, not checked: its findings count, it does not.
    if (file.isConfig || file.deleted) continue;
    files++;
    tables += file.tablesChecked;
    leftAlone += file.tablesLeftAlone;
    suppressed += file.suppressed.length;
  }
  return { files, tables, leftAlone, suppressed };
}
